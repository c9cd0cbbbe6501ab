import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { insertRecord, updateRecord } from '../../../src/core/commands/records';
import { IndexeddbDocStore } from '../../../src/core/doc/indexeddb-doc-store';
import { canonicalJson, createProjectDoc } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { YEAR_OF_USE } from '../../../src/core/reference/sizes';
import { newId } from '../../../src/core/ids';

async function reload(projectId: string) {
  const doc = createProjectDoc(projectId);
  const store = new IndexeddbDocStore(doc);
  await store.load();
  return { doc, store };
}

describe('saving a project on the device', () => {
  // A year of a group's records, written and read back: several seconds on a busy machine.
  it('reloads a doc from y-indexeddb equal to the original', async () => {
    const id = newId('p');
    const doc = createProjectDoc(id);
    const store = new IndexeddbDocStore(doc);
    await store.load();
    generateReferenceProject(doc, { size: YEAR_OF_USE });
    updateRecord(doc, personType, 'person-1', { name: 'Bethan Lewis' });
    await store.whenSaved();
    expect(store.saveState.kind).toBe('saved');
    const again = await reload(id);
    expect(canonicalJson(again.doc)).toBe(canonicalJson(doc));
    expect(Y.encodeStateVector(again.doc)).toEqual(Y.encodeStateVector(doc));
    await again.store.close();
    await store.close();
  }, 60_000);

  it('keeps changes made while storage is full and saves them once it is reopened', async () => {
    const id = newId('p');
    const doc = createProjectDoc(id);
    const store = new IndexeddbDocStore(doc);
    await store.load();
    insertRecord(doc, personType, { id: 'a', name: 'Before the failure', role: 'carer', status: 'active' });
    await store.whenSaved();

    const realAdd = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      insertRecord(doc, personType, { id: 'b', name: 'During the failure', role: 'carer', status: 'active' });
      await expect(store.whenSaved()).rejects.toThrow(/out of storage space/);
      expect(store.saveState.kind).toBe('failed');
      insertRecord(doc, personType, { id: 'c', name: 'Still failing', role: 'carer', status: 'active' });
    } finally {
      IDBObjectStore.prototype.add = realAdd;
    }
    await store.reopen();
    expect(store.saveState.kind).toBe('saved');
    await store.close();

    const again = await reload(id);
    expect(canonicalJson(again.doc)).toBe(canonicalJson(doc));
    await again.store.close();
  });

  it('recovers when the browser closes the database under the app', async () => {
    const id = newId('p');
    const doc = createProjectDoc(id);
    const store = new IndexeddbDocStore(doc);
    await store.load();
    // What an iPad does after backgrounding: the connection goes away.
    const persistence = (store as unknown as { persistence: { db: IDBDatabase } }).persistence;
    persistence.db.close();
    insertRecord(doc, personType, { id: 'x', name: 'Written after close', role: 'carer', status: 'active' });
    await expect(store.whenSaved()).rejects.toThrow(/closed/);
    await store.reopen();
    await store.whenSaved();
    await store.close();
    const again = await reload(id);
    expect(canonicalJson(again.doc)).toBe(canonicalJson(doc));
    await again.store.close();
  });

  it('compacts the stored log to one snapshot without losing anything', async () => {
    const id = newId('p');
    const doc = createProjectDoc(id);
    const store = new IndexeddbDocStore(doc);
    await store.load();
    for (let i = 0; i < 20; i++) insertRecord(doc, personType, { name: `P${i}`, role: 'carer', status: 'active' });
    await store.compact();
    await store.close();
    const again = await reload(id);
    expect(canonicalJson(again.doc)).toBe(canonicalJson(doc));
    await again.store.close();
  });
});
