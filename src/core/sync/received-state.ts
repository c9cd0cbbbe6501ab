import * as Y from 'yjs';
import { encodeStateVectorMap } from './protocol';
import { normalise, type Range, type RangeMap, type UpdateContents } from './update-contents';

/** A doc's deletions, as Yjs lists them. */
export type DeleteSet = ReturnType<typeof Y.createDeleteSetFromStructStore>;

/**
 * What the envelope holds of the real doc, worked out only from the updates this device
 * decrypted out of it (or put there itself), and only while they are still there.
 *
 * Each readable unit (an entry, or a whole group of parts) adds what its update really
 * carries (see update-contents.ts); when a unit disappears from the envelope (compaction,
 * or someone deleting entries), what it carried is no longer counted, so a device notices
 * that the server copy lost something it holds and sends it again.
 *
 * A device sends `encodeStateAsUpdate(real, received)` whenever its doc holds something
 * this does not, so it must never claim more than the envelope has (that would lose
 * changes); claiming less only sends some twice.
 */
export class ReceivedState {
  private readonly units = new Map<object, UpdateContents>();
  /** Per writer: held without a gap from clock 0 up to here. */
  private readonly have = new Map<number, number>();
  /** Per writer: ranges held beyond a gap, as a heap with the earliest start on top. */
  private readonly beyond = new Map<number, Range[]>();
  private stale = false;

  add(unit: object, contents: UpdateContents): void {
    this.units.set(unit, contents);
    if (!this.stale) this.count(contents);
  }

  remove(unit: object): void {
    if (this.units.delete(unit)) this.stale = true;
  }

  has(unit: object): boolean {
    return this.units.has(unit);
  }

  /** Per writer, how far its changes are held without a gap. */
  get map(): ReadonlyMap<number, number> {
    this.refresh();
    return this.have;
  }

  /** The same state in Yjs's state-vector encoding, for `encodeStateAsUpdate`. */
  encode(): Uint8Array {
    return encodeStateVectorMap(this.map);
  }

  /** True when every change in `doc` is held (deletions aside: see `holdsDeletionsOf`). */
  holdsChangesOf(doc: Y.Doc): boolean {
    const have = this.map;
    for (const [client, clock] of stateOf(doc)) if ((have.get(client) ?? 0) < clock) return false;
    return true;
  }

  /**
   * True when everything `doc` has deleted is deleted by some held unit too. Costs a walk
   * over the doc, so it is asked only when deletions may be missing (after going offline,
   * or when units disappeared).
   */
  holdsDeletionsOf(doc: Y.Doc): boolean {
    const held = this.deletions();
    for (const [client, items] of Y.createDeleteSetFromStructStore(doc.store).clients) {
      const ranges = held.get(client) ?? [];
      let at = 0;
      for (const { clock, len } of items) {
        while (at < ranges.length && ranges[at]![1] <= clock) at++;
        const range = ranges[at];
        if (!range || range[0] > clock || range[1] < clock + len) return false;
      }
    }
    return true;
  }

  private deletions(): RangeMap {
    const all: RangeMap = new Map();
    for (const contents of this.units.values()) {
      for (const [client, ranges] of contents.deletes) {
        let list = all.get(client);
        if (!list) all.set(client, (list = []));
        for (const range of ranges) list.push(range);
      }
    }
    for (const list of all.values()) normalise(list);
    return all;
  }

  private refresh() {
    if (!this.stale) return;
    this.stale = false;
    this.have.clear();
    this.beyond.clear();
    // Counted writer by writer, in order of clock, so the work is a sort, whatever the order units came in.
    const all: RangeMap = new Map();
    for (const contents of this.units.values()) {
      for (const [client, ranges] of contents.changes) {
        let list = all.get(client);
        if (!list) all.set(client, (list = []));
        for (const range of ranges) list.push(range);
      }
    }
    for (const [client, ranges] of all) for (const [from, to] of normalise(ranges)) this.countRange(client, from, to);
  }

  private count(contents: UpdateContents) {
    for (const [client, ranges] of contents.changes) for (const [from, to] of ranges) this.countRange(client, from, to);
  }

  private countRange(client: number, from: number, to: number) {
    const held = this.have.get(client) ?? 0;
    if (to <= held) return;
    if (from <= held) {
      let reach = to;
      const waiting = this.beyond.get(client);
      while (waiting && waiting.length > 0 && waiting[0]![0] <= reach) reach = Math.max(reach, popEarliest(waiting)[1]);
      this.have.set(client, reach);
      return;
    }
    let waiting = this.beyond.get(client);
    if (!waiting) this.beyond.set(client, (waiting = []));
    pushRange(waiting, [from, to]);
  }
}

function stateOf(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}

/*
 * A binary min-heap of ranges by start: adding one and taking the earliest each cost
 * O(log n), so ranges arriving in any order (a crafted entry lists them in the worst one)
 * are counted in O(n log n).
 */
function pushRange(heap: Range[], range: Range) {
  let at = heap.push(range) - 1;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (heap[parent]![0] <= range[0]) break;
    heap[at] = heap[parent]!;
    at = parent;
  }
  heap[at] = range;
}

function popEarliest(heap: Range[]): Range {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length === 0) return top;
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= heap.length) break;
    const right = left + 1;
    const child = right < heap.length && heap[right]![0] < heap[left]![0] ? right : left;
    if (heap[child]![0] >= last[0]) break;
    heap[at] = heap[child]!;
    at = child;
  }
  heap[at] = last;
  return top;
}

/**
 * True when applying an update with `contents` to a doc at `state` would change nothing:
 * its changes are all there, and so are its deletions (`docDeletions`, asked only if needed).
 */
export function alreadyIn(state: ReadonlyMap<number, number>, contents: UpdateContents, docDeletions: () => DeleteSet): boolean {
  for (const [client, ranges] of contents.changes) if ((state.get(client) ?? 0) < ranges[ranges.length - 1]![1]) return false;
  if (contents.deletes.size === 0) return true;
  const deleted = docDeletions().clients;
  for (const [client, ranges] of contents.deletes) {
    const items = deleted.get(client) ?? [];
    let at = 0;
    for (const [from, to] of ranges) {
      while (at < items.length && items[at]!.clock + items[at]!.len <= from) at++;
      const item = items[at];
      if (!item || item.clock > from || item.clock + item.len < to) return false;
    }
  }
  return true;
}
