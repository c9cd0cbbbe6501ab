/**
 * Where the sync server keeps envelopes: for each room (a shared project, under the name
 * derived from its secret), the hash of its token and its encrypted entries as rows,
 * appended as they arrive. Two implementations share this interface: SQLite (one file,
 * nothing to install) and PostgreSQL (for several server processes on several machines).
 * Both run in a worker thread (see open-store.ts), so a large row never holds up the
 * server's connections.
 */

/** The token hash of a room that was closed by a sharing reset. */
export const RETIRED = 'retired';

export type ClaimOutcome = 'ok' | 'wrong-token' | 'retired' | 'too-many-new-projects' | 'server-full';

export interface ClaimRequest {
  room: string;
  tokenHash: string;
  /** The client's address; the store keeps only a keyed hash of it, for a day or two. */
  address: string;
  /** New rooms one address may claim per day (UTC); 0 = no limit. */
  roomsPerDay: number;
  /** No new room once the server holds this many bytes; 0 = no limit. */
  maxTotalBytes: number;
}

export interface RoomUsage {
  /** Bytes of the room's rows. */
  bytes: number;
  /** Entries in them, less those removed by the last compaction. */
  entries: number;
}

export interface LoadedRoom extends RoomUsage {
  /** All the room's rows as one Yjs update, or null when it has none. */
  state: Uint8Array | null;
  rows: number;
}

export interface NewRow {
  /** A Yjs update of the envelope: encrypted entries, or deletions of them. */
  update: Uint8Array;
  /** How many entries it adds. */
  entries: number;
}

/** The most a room may hold after an append, and the most the whole server may hold. */
export interface AppendLimits extends RoomUsage {
  /** Bytes of every room together; 0 or absent = no limit. */
  totalBytes?: number;
}

export type AppendResult =
  | ({ status: 'stored'; firstSeq: number; lastSeq: number } & RoomUsage)
  /** The room was closed by a sharing reset: nothing is stored in it. */
  | { status: 'retired' }
  /** The row would take the room past its ceiling (another process filled it meanwhile): nothing was stored. */
  | { status: 'full' }
  /** The row would take the whole server past its total: nothing was stored. */
  | { status: 'server-full' };

export interface CompactResult extends RoomUsage {
  /** Rows replaced by the one merged row (0 when there was nothing to do). */
  merged: number;
}

/** One room, whole, for `npm run server:migrate`. */
export interface RoomDump {
  name: string;
  tokenHash: string;
  createdAt: string;
  rows: Array<{ data: Uint8Array; entries: number; createdAt: string }>;
}

export type ImportOutcome = 'copied' | 'merged' | 'different-token';

export interface SyncStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Checks a token against a room, claiming the room for it when nobody has (within the quotas). */
  claim(request: ClaimRequest): Promise<ClaimOutcome>;
  load(room: string): Promise<LoadedRoom>;
  /**
   * Appends a batch of changes as one row, in one transaction; nothing is stored in a retired
   * room, nor past `limits` (checked in the same transaction, so they hold across processes).
   */
  append(room: string, rows: NewRow[], limits: AppendLimits): Promise<AppendResult>;
  /** The room's rows from `seq` on, as one update (what another server process just appended). */
  rowsFrom(room: string, seq: number): Promise<Uint8Array | null>;
  /**
   * Replaces the room's rows by one, in one transaction, with deleted entries' contents gone
   * for good. Rows appended meanwhile (by any process) are kept.
   */
  compact(room: string): Promise<CompactResult>;
  /** Closes a room for good: no token opens it again, and its rows are removed. */
  retire(room: string): Promise<void>;
  usage(room: string): Promise<RoomUsage>;
  totalBytes(): Promise<number>;
  healthy(): Promise<boolean>;
  roomNames(): Promise<string[]>;
  dump(room: string): Promise<RoomDump | null>;
  import(room: RoomDump): Promise<ImportOutcome>;
  close(): Promise<void>;
}

/** Today's date in UTC, the day the claim quotas count. */
export function utcDay(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function yesterday(now = new Date()): string {
  return utcDay(new Date(now.getTime() - 86_400_000));
}
