import { openDatabase } from '../../../src/core/db/database';
import { docDatabaseName } from '../../../src/core/doc/indexeddb-doc-store';

/*
 * What encrypting the device's copy under the facilitator PIN would cost, measured before
 * choosing whether to build it (README, "Data on this device"). Nothing in the app uses this.
 */

const PIN_ITERATIONS = 150_000; // as core/security/pin.ts

function readStoredUpdates(projectId: string): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(docDatabaseName(projectId));
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const idb = open.result;
      const all = idb.transaction('updates').objectStore('updates').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        idb.close();
        resolve(all.result as Uint8Array[]);
      };
    };
  });
}

async function pinKey(pin: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: crypto.getRandomValues(new Uint8Array(16)), iterations: PIN_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function sealAll(key: CryptoKey, items: Uint8Array[]): Promise<{ iv: Uint8Array; data: ArrayBuffer }[]> {
  const sealed = [];
  for (const item of items) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    sealed.push({ iv, data: await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, item as BufferSource) });
  }
  return sealed;
}

async function openAll(key: CryptoKey, sealed: { iv: Uint8Array; data: ArrayBuffer }[]): Promise<number> {
  let bytes = 0;
  for (const s of sealed) bytes += (await crypto.subtle.decrypt({ name: 'AES-GCM', iv: s.iv as BufferSource }, key, s.data)).byteLength;
  return bytes;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

/**
 * For a project already stored by the app: the PIN's key derivation, AES-GCM over the project's
 * stored Yjs updates and over its Dexie projection rows (which hold the same names), and over
 * thirty small updates one at a time (a register being marked).
 */
export async function timeAtRestEncryption(projectId: string) {
  const updates = await readStoredUpdates(projectId);
  const db = openDatabase('common-ground');
  const rows = await db.records.where('[projectId+collection+id]').between([projectId, ''], [projectId, '\uffff']).toArray();
  db.close();
  const encoder = new TextEncoder();
  const rowBytes = rows.map((row) => encoder.encode(JSON.stringify(row.data)));
  const marks = Array.from({ length: 30 }, () => crypto.getRandomValues(new Uint8Array(120)));

  const derive = await timed(() => pinKey('2468'));
  const key = derive.value;
  await sealAll(key, [new Uint8Array(1024)]); // warm up
  const sealUpdates = await timed(() => sealAll(key, updates));
  const openUpdates = await timed(() => openAll(key, sealUpdates.value));
  const sealRows = await timed(() => sealAll(key, rowBytes));
  const openRows = await timed(() => openAll(key, sealRows.value));
  const sealMarks = await timed(() => sealAll(key, marks));
  return {
    updates: updates.length,
    updateBytes: updates.reduce((n, u) => n + u.byteLength, 0),
    rows: rows.length,
    rowBytes: rowBytes.reduce((n, r) => n + r.byteLength, 0),
    deriveKeyMs: derive.ms,
    encryptUpdatesMs: sealUpdates.ms,
    decryptUpdatesMs: openUpdates.ms,
    encryptRowsMs: sealRows.ms,
    decryptRowsMs: openRows.ms,
    encryptThirtyMarksMs: sealMarks.ms,
  };
}
