import * as Y from 'yjs';
import { readUpdateContents, type UpdateContents } from './update-contents';

/**
 * The most runs of changes and deletions a project doc may hold that do not follow on from
 * what it has. Yjs keeps such runs aside and goes over them again as later changes come, so
 * a crafted entry of a great many would make every later change slow on every device. A real
 * change leaves at most one run per writer waiting (its writer's earlier changes are on the
 * way), and only until they come: the bound is far above that.
 */
export const MAX_WAITING_RUNS = 10_000;

/**
 * The most separate runs of changes one received update may carry. A real update carries one
 * per writer it touches (Yjs writes each writer's changes from a clock on, in one piece), and
 * a project never has more than MAX_WRITERS; a crafted one of hundreds of thousands is turned
 * away before anything else is done with it.
 */
export const MAX_CHANGE_RUNS = 100_000;

export function changeRunsIn(contents: UpdateContents): number {
  let runs = 0;
  for (const ranges of contents.changes.values()) runs += ranges.length;
  return runs;
}

/**
 * How many runs of `contents` the doc would have to keep aside: changes of a writer that
 * start past what the doc (with the rest of the update) holds of it, and deletions of changes
 * it would still not hold. Read off the update before it is applied, linear in its runs.
 */
export function runsLeftWaiting(doc: Y.Doc, contents: UpdateContents): number {
  let waiting = 0;
  const reach = new Map<number, number>();
  for (const [client, ranges] of contents.changes) {
    let clock = Y.getState(doc.store, client);
    for (const [from, to] of ranges) {
      if (from <= clock) clock = Math.max(clock, to);
      else waiting++;
    }
    reach.set(client, clock);
  }
  for (const [client, ranges] of contents.deletes) {
    const clock = reach.get(client) ?? Y.getState(doc.store, client);
    for (const [, to] of ranges) if (to > clock) waiting++;
  }
  return waiting;
}

/** The runs the doc holds aside now (what Yjs could not place yet). */
export function runsWaitingIn(doc: Y.Doc): number {
  let waiting = 0;
  const aside = [doc.store.pendingStructs?.update, doc.store.pendingDs].filter((u): u is Uint8Array => !!u);
  for (const update of aside) {
    const contents = readUpdateContents(Y.convertUpdateFormatV2ToV1(update));
    if (!contents) continue;
    for (const ranges of contents.changes.values()) waiting += ranges.length;
    for (const ranges of contents.deletes.values()) waiting += ranges.length;
  }
  return waiting;
}
