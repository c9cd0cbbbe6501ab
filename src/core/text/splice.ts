import type { Result } from '../result';

/** One edit as typed: at `index`, remove `remove` characters and put `insert` there. */
export interface TextSplice {
  index: number;
  remove: number;
  insert: string;
}

/**
 * A piece of text several people may type into at once (notes, a document's section), as the
 * shared text field sees it. src/state makes one over a record's Y.Text (`useSharedText`).
 */
export interface SharedText {
  /** The text as it stands. */
  read(): string;
  /** Calls back after each change made elsewhere; returns a function that stops it. */
  observe(listener: (delta: TextDelta) => void): () => void;
  /** Applies one edit typed here; the whole text as stored after it, or why it was refused. */
  splice(splice: TextSplice): Result<string>;
}

/** The single edit that turns `before` into `after` (what a keystroke, paste or cut did). */
export function spliceBetween(before: string, after: string): TextSplice | null {
  if (before === after) return null;
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  // Never split an emoji or other character made of two UTF-16 units.
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  if (endBefore < before.length && isLow(before.charCodeAt(endBefore))) {
    endBefore++;
    endAfter++;
  }
  return { index: start, remove: endBefore - start, insert: after.slice(start, endAfter) };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A Yjs text delta: what another device changed. */
export type TextDelta = readonly { insert?: unknown; delete?: number; retain?: number }[];

/**
 * Where a cursor at `position` belongs after someone else's change, so remote typing does
 * not throw the facilitator's cursor about. Text inserted exactly at the cursor goes after it.
 */
export function shiftPosition(position: number, delta: TextDelta): number {
  let index = 0;
  let shift = 0;
  for (const op of delta) {
    if (op.retain !== undefined) index += op.retain;
    else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (index < position) shift += length;
    } else if (op.delete !== undefined) {
      if (index < position) shift -= Math.min(op.delete, position - index);
      index += op.delete;
    }
    if (index >= position) break;
  }
  return Math.max(0, position + shift);
}
