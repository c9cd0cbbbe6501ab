import { openDatabase } from '../../../src/core/db/database';
import { docDatabaseName } from '../../../src/core/doc/indexeddb-doc-store';
import { createProject } from '../../../src/core/projects/project-list';
import { openProjectSession, type ProjectSession } from '../../../src/core/projects/project-session';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { SCALE_SIZES } from '../../../src/core/reference/sizes';

/**
 * Puts a reference project of the named size into the app's storage, the way a device holds
 * it after the project was made and its stored history compacted.
 */
export async function prepareScaleProject(sizeName: string): Promise<{ projectId: string; name: string }> {
  const size = SCALE_SIZES.find((s) => s.name === sizeName);
  if (!size) throw new Error(`No reference size called ${sizeName}`);
  const db = openDatabase();
  const name = `Scale ${size.name}`;
  const created = await createProject(db, { name, purpose: `Reference project, size ${size.name}` });
  if (!created.ok) throw new Error(created.message);
  const session = created.value;
  generateReferenceProject(session.doc, { size });
  await session.store.whenSaved();
  await session.store.compact();
  await session.projector.settled();
  await session.close();
  db.close();
  return { projectId: session.projectId, name };
}

/** What the device stores for a project's doc: the byte length of every stored update. */
export async function storedDocBytes(projectId: string): Promise<{ bytes: number; updates: number }> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(docDatabaseName(projectId));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const values = await new Promise<Uint8Array[]>((resolve, reject) => {
    const req = idb.transaction('updates').objectStore('updates').getAll();
    req.onsuccess = () => resolve(req.result as Uint8Array[]);
    req.onerror = () => reject(req.error);
  });
  idb.close();
  return { bytes: values.reduce((n, v) => n + v.byteLength, 0), updates: values.length };
}

/** This origin's IndexedDB use as the browser counts it (every database, so one project per context). */
export async function indexedDbBytes(): Promise<number> {
  const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
  return estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0;
}

let held: ProjectSession | null = null;

/**
 * Opens a project as a section does today (its doc from IndexedDB, then the projector's
 * staleness check) and keeps it open, so the runner can read the heap with it loaded.
 */
export async function timeDocLoad(projectId: string): Promise<{ openMs: number }> {
  await releaseDoc();
  performance.mark('doc-load-start');
  const t0 = performance.now();
  held = await openProjectSession(openDatabase(), projectId);
  const openMs = performance.now() - t0;
  performance.mark('doc-load-end');
  return { openMs };
}

export async function releaseDoc(): Promise<void> {
  await held?.close();
  held = null;
}
