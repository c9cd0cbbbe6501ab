import * as Y from 'yjs';
import { ENVELOPE_ENTRIES } from '../../src/core/sync/protocol';
import type { NewRow } from './store';

/** A batch of changes appended together, as the one row that stores them. */
export function mergeRows(rows: NewRow[]): NewRow {
  if (rows.length === 1) return rows[0]!;
  return { update: Y.mergeUpdates(rows.map((r) => r.update)), entries: rows.reduce((n, r) => n + r.entries, 0) };
}

/** Rows as one update, contents untouched (for loading a room). */
export function joinRows(rows: Uint8Array[]): Uint8Array | null {
  if (rows.length === 0) return null;
  return rows.length === 1 ? rows[0]! : Y.mergeUpdates(rows);
}

/**
 * Rows merged into the one row that replaces them: deleted entries keep only their ids, so
 * their ciphertext is gone. Updates that cannot be placed yet (they build on an entry no row
 * holds) are kept as they are, so a compaction never drops what a device sent.
 */
export function compactRows(rows: Uint8Array[]): { state: Uint8Array; entries: number } {
  const doc = new Y.Doc({ gc: true });
  doc.transact(() => {
    for (const row of rows) Y.applyUpdate(doc, row);
  });
  const parts = [Y.encodeStateAsUpdate(doc)];
  if (doc.store.pendingStructs) parts.push(Y.convertUpdateFormatV2ToV1(doc.store.pendingStructs.update));
  if (doc.store.pendingDs) parts.push(Y.convertUpdateFormatV2ToV1(doc.store.pendingDs));
  const entries = doc.getArray(ENVELOPE_ENTRIES).length;
  doc.destroy();
  return { state: parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts), entries };
}
