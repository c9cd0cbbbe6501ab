import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { encodeStateVectorMap } from './protocol';

/** Changes one writer made, from clock `from` up to (not including) `to`. */
export type Run = [client: number, from: number, to: number];

/**
 * What an envelope holds of the real doc: for each writer, how far its changes are there
 * without a gap. Every entry says which runs of changes it carries (the writer knows this
 * from its transaction or state vector, so nobody has to decode the update to find out).
 *
 * A device pushes `encodeStateAsUpdate(real, received)` on (re)connect when the real doc
 * has changes the envelope lacks, so this must never claim more than the envelope has
 * (that would lose changes); claiming less only sends some twice.
 */
export class ReceivedState {
  private readonly have = new Map<number, number>();
  /** Runs that start beyond what is held yet, per writer. */
  private readonly waiting = new Map<number, Array<[number, number]>>();

  addRuns(runs: readonly Run[]): void {
    for (const [client, from, to] of runs) this.addRun(client, from, to);
  }

  private addRun(client: number, from: number, to: number) {
    if (to <= from) return;
    const held = this.have.get(client) ?? 0;
    if (from <= held) {
      if (to > held) this.have.set(client, to);
      this.settle(client);
      return;
    }
    let list = this.waiting.get(client);
    if (!list) this.waiting.set(client, (list = []));
    list.push([from, to]);
  }

  private settle(client: number) {
    const list = this.waiting.get(client);
    if (!list) return;
    let progress = true;
    while (progress && list.length > 0) {
      progress = false;
      for (let i = list.length - 1; i >= 0; i--) {
        const [from, to] = list[i]!;
        const held = this.have.get(client) ?? 0;
        if (from <= held) {
          list.splice(i, 1);
          if (to > held) this.have.set(client, to);
          progress = true;
        }
      }
    }
    if (list.length === 0) this.waiting.delete(client);
  }

  get map(): ReadonlyMap<number, number> {
    return this.have;
  }

  /** The runs of `doc` the envelope is not known to hold. */
  missingRuns(doc: Y.Doc): Run[] {
    const runs: Run[] = [];
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
      const held = this.have.get(client) ?? 0;
      if (held < clock) runs.push([client, held, clock]);
    }
    return runs;
  }

  /** The same state in Yjs's state-vector encoding, for `encodeStateAsUpdate`. */
  encode(): Uint8Array {
    return encodeStateVectorMap(this.have);
  }
}

/** The runs a transaction added, from its before and after state. */
export function runsOfTransaction(transaction: Y.Transaction): Run[] {
  const runs: Run[] = [];
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after > before) runs.push([client, before, after]);
  }
  return runs;
}

/** Local changes smaller than this carry no list of runs: the receiver reads it off the update, cheaply. */
const RUNS_LISTED_FROM_BYTES = 2048;

/**
 * The plain text inside an encrypted entry: the runs it carries, then the Yjs update.
 * Catch-ups and snapshots always list their runs (so no one has to decode a large update
 * to find out). Local changes (`fromTransactions`) are contiguous per writer, so when
 * small they leave the list out and save the bytes.
 */
export function packEntry(runs: readonly Run[], update: Uint8Array, fromTransactions = false): Uint8Array {
  const encoder = encoding.createEncoder();
  if (fromTransactions && update.length < RUNS_LISTED_FROM_BYTES) {
    encoding.writeVarUint(encoder, 0);
  } else {
    encoding.writeVarUint(encoder, runs.length + 1);
    for (const [client, from, to] of runs) {
      encoding.writeVarUint(encoder, client);
      encoding.writeVarUint(encoder, from);
      encoding.writeVarUint(encoder, to - from);
    }
  }
  encoding.writeUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Returns null when the bytes are not an entry. */
export function unpackEntry(plain: Uint8Array): { runs: Run[]; update: Uint8Array } | null {
  try {
    const decoder = decoding.createDecoder(plain);
    const listed = decoding.readVarUint(decoder);
    if (listed > 100_001) return null;
    const runs: Run[] = [];
    for (let i = 0; i < listed - 1; i++) {
      const client = decoding.readVarUint(decoder);
      const from = decoding.readVarUint(decoder);
      runs.push([client, from, from + decoding.readVarUint(decoder)]);
    }
    const update = plain.subarray(decoder.pos);
    if (listed === 0) {
      // Local changes from transactions: contiguous per writer.
      const { from, to } = Y.parseUpdateMeta(update);
      for (const [client, start] of from) runs.push([client, start, to.get(client) ?? start]);
    }
    return { runs, update };
  } catch {
    return null;
  }
}
