import { openDatabase, type CommonGroundDb } from '../../src/core/db/database';
import { newId } from '../../src/core/ids';

/** A fresh Dexie database (on fake-indexeddb) for one test. */
export function freshDb(): CommonGroundDb {
  return openDatabase(`test-${newId()}`);
}
