import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase, STORES_V1 } from '../../../src/core/db/database';
import { newId } from '../../../src/core/ids';
import { countProjected, projectedRecords } from '../../../src/core/projection/queries';

describe('database upgrade', () => {
  it('keeps a projection written by the first version readable, one record per row', async () => {
    const name = `upgrade-${newId()}`;
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    await old.table('records').bulkPut([
      { projectId: 'p1', collection: 'responses', id: 'r-1', k1: 'q1', k2: '2026-03-03', data: { id: 'r-1', questionnaireId: 'q1' } },
      { projectId: 'p1', collection: 'responses', id: 'r-2', k1: 'q1', k2: '2026-03-03', data: { id: 'r-2', questionnaireId: 'q1' } },
      { projectId: 'p1', collection: 'people', id: 'a', k1: 'active', k2: 'carer', data: { id: 'a', name: 'Asha' } },
    ]);
    await old.table('projects').put({ id: 'p1', name: 'Kept', purpose: '', archived: false, createdAt: '2026-01-01', updatedAt: '2026-01-01' });
    old.close();

    const db = openDatabase(name);
    expect(await countProjected(db, 'p1', 'responses', { k1: 'q1' })).toBe(2);
    expect(await countProjected(db, 'p1', 'people', { k1: 'active' })).toBe(1);
    expect((await projectedRecords<{ name: string }>(db, 'p1', 'people')).map((p) => p.name)).toEqual(['Asha']);
    expect((await db.projects.get('p1'))?.name).toBe('Kept');
    db.close();
  });
});
