import type * as Y from 'yjs';
import { erasePerson, followErasures, onPersonErased, type ErasureOptions, type ErasureReport } from '../commands/erasure';
import type { Result } from '../result';

/** The parts of an open project that erasure needs (a ProjectSession fits). */
export interface ErasableSession {
  doc: Y.Doc;
  store: { compact(): Promise<void> };
  projector: { settled(): Promise<void> };
}

/**
 * Erases a person (and replaces the mentions of their name that were chosen) and then
 * rewrites this device's stored copy of the project as one snapshot, so what was removed is
 * gone from storage too, not only from the doc.
 */
export async function eraseMember(session: ErasableSession, personId: string, options: Omit<ErasureOptions, 'day'> = {}): Promise<Result<ErasureReport>> {
  const result = erasePerson(session.doc, personId, options);
  if (!result.ok) return result;
  await session.projector.settled();
  await session.store.compact();
  return result;
}

/**
 * For an open project: anonymises late references to erased people as they arrive, and
 * compacts the device's storage whenever an erasure arrives from another device.
 * Returns a stop function.
 */
export function keepErasuresTrue(session: ErasableSession): () => void {
  const stopFollowing = followErasures(session.doc);
  let queue: Promise<void> = Promise.resolve();
  const stopListening = onPersonErased(session.doc, () => {
    // Wait until the erasure is projected and saved, then store the doc as one snapshot.
    queue = queue
      .then(() => session.projector.settled())
      .then(() => session.store.compact())
      .catch(() => undefined);
  });
  return () => {
    stopFollowing();
    stopListening();
  };
}
