import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { RETIRED, SqliteStore } from '../../../server/sqlite-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function twoProcesses() {
  const dir = mkdtempSync(join(tmpdir(), 'cg-store-'));
  dirs.push(dir);
  return [new SqliteStore(dir), new SqliteStore(dir)] as const;
}

const entriesOf = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc.getArray<Uint8Array>('entries').toArray().map((e) => e[0]);
};

describe('the server’s SQLite file, shared by two server processes', () => {
  it('keeps both processes’ entries when each writes what it has', () => {
    const [one, two] = twoProcesses();
    const a = new Y.Doc();
    a.getArray('entries').push([new Uint8Array([1])]);
    const b = new Y.Doc();
    b.getArray('entries').push([new Uint8Array([2])]);
    one.storeDocument('room', a);
    const stored = two.storeDocument('room', b);
    expect(entriesOf(stored.state).sort()).toEqual([1, 2]);
    expect(Y.decodeStateVector(two.storedStateVector('room'))).toEqual(Y.decodeStateVector(stored.stateVector));
    one.close();
    two.close();
  });

  it('keeps a compaction’s removals when the other process writes an older copy', () => {
    const [one, two] = twoProcesses();
    const doc = new Y.Doc();
    doc.getArray('entries').push([new Uint8Array([7, 7, 7])]);
    const stale = new Y.Doc();
    Y.applyUpdate(stale, Y.encodeStateAsUpdate(doc));
    doc.getArray('entries').delete(0, 1);
    doc.getArray('entries').push([new Uint8Array([8])]);
    one.storeDocument('room', doc);
    const stored = two.storeDocument('room', stale);
    expect(entriesOf(stored.state)).toEqual([8]);
    expect(Buffer.from(stored.state).includes(Buffer.from([7, 7, 7]))).toBe(false);
    one.close();
    two.close();
  });

  it('claims a token once, and a retired envelope stays closed', () => {
    const [one, two] = twoProcesses();
    expect(one.claimToken('room', 'hash-a')).toBe('hash-a');
    expect(two.claimToken('room', 'hash-b')).toBe('hash-a');
    one.storeDocument('room', new Y.Doc());
    two.retire('room');
    expect(one.claimToken('room', 'hash-a')).toBe(RETIRED);
    expect(one.loadDocument('room')).toBeNull();
    one.close();
    two.close();
  });
});
