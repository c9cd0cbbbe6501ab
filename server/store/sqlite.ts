import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { compactRows, joinRows, mergeRows } from './merge';
import { RETIRED, utcDay, yesterday, type AppendLimits, type AppendResult, type ClaimOutcome, type ClaimRequest, type CompactResult, type ImportOutcome, type LoadedRoom, type NewRow, type RoomDump, type RoomUsage, type SyncStore } from './store';

export const SQLITE_FILE = 'common-ground.sqlite';

/**
 * A row larger than this is written in slices of it, each in its own short transaction, before
 * the row itself is committed: SQLite has one writer at a time, so one large row written whole
 * would hold every other project's saves until it was done.
 */
const SLICE_BYTES = 256 * 1024;

/** A stored row: its bytes, or (for a large row) the upload its slices were written under. */
interface DataRow {
  data: Uint8Array;
  upload: number | null;
}

interface UsageRow {
  bytes: number;
  entries: number;
}

/**
 * The store in one SQLite file (Node's built-in node:sqlite: nothing to install). Several
 * server processes on one machine may share the file (WAL mode); each write is one short
 * transaction.
 */
export class SqliteStore implements SyncStore {
  readonly kind = 'sqlite';
  private readonly db: DatabaseSync;
  private readonly claimKey: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new DatabaseSync(join(dataDir, SQLITE_FILE));
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = NORMAL;
      PRAGMA busy_timeout = 10000;
      PRAGMA secure_delete = ON;
    `);
    this.transaction(() => {
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS rooms (
          name TEXT PRIMARY KEY, token_hash TEXT NOT NULL,
          bytes INTEGER NOT NULL DEFAULT 0, entries INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS entries (
          seq INTEGER PRIMARY KEY AUTOINCREMENT, room TEXT NOT NULL, data BLOB NOT NULL,
          size INTEGER NOT NULL, entries INTEGER NOT NULL, created_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS entries_by_room ON entries (room, seq);
        CREATE TABLE IF NOT EXISTS claims (claimant TEXT NOT NULL, day TEXT NOT NULL, rooms INTEGER NOT NULL, PRIMARY KEY (claimant, day));
        CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS slices (upload INTEGER NOT NULL, n INTEGER NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (upload, n));
      `);
      const columns = this.db.prepare('PRAGMA table_info(entries)').all() as Array<{ name: string }>;
      if (!columns.some((c) => c.name === 'upload')) this.db.exec('ALTER TABLE entries ADD COLUMN upload INTEGER');
      // Slices of an upload that never became a row (the process stopped half way), once surely stale.
      this.db.prepare('DELETE FROM slices WHERE created_at < ? AND upload NOT IN (SELECT upload FROM entries WHERE upload IS NOT NULL)').run(yesterday() + 'T00:00:00.000Z');
      this.db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)').run('claim-key', randomBytes(32).toString('hex'));
      this.moveFromWholeDocuments();
    });
    this.claimKey = (this.db.prepare('SELECT value FROM settings WHERE key = ?').get('claim-key') as { value: string }).value;
  }

  async claim(request: ClaimRequest): Promise<ClaimOutcome> {
    return this.transaction(() => {
      const existing = this.db.prepare('SELECT token_hash FROM rooms WHERE name = ?').get(request.room) as { token_hash: string } | undefined;
      if (existing) return existing.token_hash === RETIRED ? 'retired' : existing.token_hash === request.tokenHash ? 'ok' : 'wrong-token';
      if (request.maxTotalBytes > 0 && this.total() >= request.maxTotalBytes) return 'server-full';
      const claimant = this.claimant(request.address);
      const day = utcDay();
      if (request.roomsPerDay > 0) {
        const row = this.db.prepare('SELECT rooms FROM claims WHERE claimant = ? AND day = ?').get(claimant, day) as { rooms: number } | undefined;
        if ((row?.rooms ?? 0) >= request.roomsPerDay) return 'too-many-new-projects';
      }
      const now = new Date().toISOString();
      this.db.prepare('INSERT INTO rooms (name, token_hash, created_at, updated_at) VALUES (?, ?, ?, ?)').run(request.room, request.tokenHash, now, now);
      this.db.prepare('INSERT INTO claims (claimant, day, rooms) VALUES (?, ?, 1) ON CONFLICT (claimant, day) DO UPDATE SET rooms = rooms + 1').run(claimant, day);
      this.db.prepare('DELETE FROM claims WHERE day < ?').run(yesterday());
      return 'ok';
    });
  }

  async load(room: string): Promise<LoadedRoom> {
    const rows = (this.db.prepare('SELECT data, upload FROM entries WHERE room = ? ORDER BY seq').all(room) as unknown as DataRow[]).map((r) => this.bytesOf(r));
    return { ...this.usageOf(room), state: joinRows(rows), rows: rows.length };
  }

  async append(room: string, rows: NewRow[], ceiling: AppendLimits): Promise<AppendResult> {
    const row = mergeRows(rows);
    const size = row.update.byteLength;
    const upload = size > SLICE_BYTES ? await this.writeSlices(row.update) : null;
    const result = await this.transaction((): AppendResult => {
      const now = new Date().toISOString();
      // One writer at a time holds the file (BEGIN IMMEDIATE), so the total read here stands until commit.
      if (ceiling.totalBytes && this.total() + size > ceiling.totalBytes) return { status: 'server-full' };
      const changed = this.db
        .prepare(`UPDATE rooms SET bytes = bytes + ?1, entries = entries + ?2, updated_at = ?3 WHERE name = ?4 AND token_hash <> '${RETIRED}' AND bytes + ?1 <= ?5 AND entries + ?2 <= ?6`)
        .run(size, row.entries, now, room, ceiling.bytes, ceiling.entries);
      if (changed.changes === 0) {
        const known = this.db.prepare('SELECT token_hash FROM rooms WHERE name = ?').get(room) as { token_hash: string } | undefined;
        return { status: !known || known.token_hash === RETIRED ? 'retired' : 'full' };
      }
      const seq = Number(this.insertRow(room, upload === null ? row.update : null, upload, size, row.entries, now));
      return { status: 'stored', firstSeq: seq, lastSeq: seq, ...this.usageOf(room) };
    }).catch((error: unknown) => {
      if (upload !== null) this.dropSlices([upload]);
      throw error;
    });
    if (result.status !== 'stored' && upload !== null) this.dropSlices([upload]);
    return result;
  }

  async rowsFrom(room: string, seq: number): Promise<Uint8Array | null> {
    const rows = this.db.prepare('SELECT data, upload FROM entries WHERE room = ? AND seq >= ? ORDER BY seq').all(room, seq) as unknown as DataRow[];
    return joinRows(rows.map((r) => this.bytesOf(r)));
  }

  async compact(room: string): Promise<CompactResult> {
    // Read and merge outside the write lock, so other rooms' writes are not held up.
    const rows = this.db.prepare('SELECT seq, data, upload FROM entries WHERE room = ? ORDER BY seq').all(room) as unknown as Array<DataRow & { seq: number }>;
    if (rows.length === 0) return { merged: 0, ...this.usageOf(room) };
    const { state, entries } = compactRows(rows.map((r) => this.bytesOf(r)));
    const upload = state.byteLength > SLICE_BYTES ? await this.writeSlices(state) : null;
    const result = this.transaction(() => {
      const remove = this.db.prepare('DELETE FROM entries WHERE seq = ?');
      let removed = 0;
      for (const row of rows) removed += Number(remove.run(row.seq).changes);
      // Another process compacted first, or the room was retired: what it wrote stands.
      if (removed < rows.length) throw new Superseded();
      this.removeSlices(rows);
      const now = new Date().toISOString();
      this.insertRow(room, upload === null ? state : null, upload, state.byteLength, entries, now);
      this.db.prepare('UPDATE rooms SET bytes = (SELECT COALESCE(SUM(size), 0) FROM entries WHERE room = ?1), entries = (SELECT COALESCE(SUM(entries), 0) FROM entries WHERE room = ?1) WHERE name = ?1').run(room);
      return { merged: rows.length, ...this.usageOf(room) };
    }).catch((error: unknown) => {
      if (upload !== null) this.dropSlices([upload]);
      if (error instanceof Superseded) return { merged: 0, ...this.usageOf(room) };
      throw error;
    });
    const done = await result;
    if (done.merged > 0) this.checkpoint();
    return done;
  }

  async retire(room: string): Promise<void> {
    await this.transaction(() => {
      const now = new Date().toISOString();
      this.db
        .prepare(`INSERT INTO rooms (name, token_hash, created_at, updated_at) VALUES (?, '${RETIRED}', ?, ?) ON CONFLICT (name) DO UPDATE SET token_hash = '${RETIRED}', bytes = 0, entries = 0, updated_at = excluded.updated_at`)
        .run(room, now, now);
      this.db.prepare('DELETE FROM slices WHERE upload IN (SELECT upload FROM entries WHERE room = ? AND upload IS NOT NULL)').run(room);
      this.db.prepare('DELETE FROM entries WHERE room = ?').run(room);
    });
    this.checkpoint();
  }

  async usage(room: string): Promise<RoomUsage> {
    return this.usageOf(room);
  }

  async totalBytes(): Promise<number> {
    return this.total();
  }

  async healthy(): Promise<boolean> {
    try {
      this.db.prepare('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  async roomNames(): Promise<string[]> {
    return (this.db.prepare('SELECT name FROM rooms ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
  }

  async dump(room: string): Promise<RoomDump | null> {
    const head = this.db.prepare('SELECT token_hash, created_at FROM rooms WHERE name = ?').get(room) as { token_hash: string; created_at: string } | undefined;
    if (!head) return null;
    const rows = this.db.prepare('SELECT data, upload, entries, created_at FROM entries WHERE room = ? ORDER BY seq').all(room) as unknown as Array<DataRow & { entries: number; created_at: string }>;
    return { name: room, tokenHash: head.token_hash, createdAt: head.created_at, rows: rows.map((r) => ({ data: this.bytesOf(r), entries: r.entries, createdAt: r.created_at })) };
  }

  async import(dump: RoomDump): Promise<ImportOutcome> {
    return this.transaction(() => {
      const existing = this.db.prepare('SELECT token_hash FROM rooms WHERE name = ?').get(dump.name) as { token_hash: string } | undefined;
      if (existing && existing.token_hash !== dump.tokenHash) return 'different-token';
      const now = new Date().toISOString();
      if (!existing) this.db.prepare('INSERT INTO rooms (name, token_hash, created_at, updated_at) VALUES (?, ?, ?, ?)').run(dump.name, dump.tokenHash, dump.createdAt, now);
      const insert = this.db.prepare('INSERT INTO entries (room, data, size, entries, created_at) VALUES (?, ?, ?, ?, ?)');
      for (const row of dump.rows) insert.run(dump.name, row.data, row.data.byteLength, row.entries, row.createdAt);
      this.db.prepare('UPDATE rooms SET bytes = (SELECT COALESCE(SUM(size), 0) FROM entries WHERE room = ?1), entries = (SELECT COALESCE(SUM(entries), 0) FROM entries WHERE room = ?1) WHERE name = ?1').run(dump.name);
      return existing ? 'merged' : 'copied';
    });
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private insertRow(room: string, data: Uint8Array | null, upload: number | null, size: number, entries: number, now: string) {
    return this.db.prepare('INSERT INTO entries (room, data, upload, size, entries, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(room, data ?? new Uint8Array(0), upload, size, entries, now).lastInsertRowid;
  }

  /**
   * Writes a large row's bytes in slices, one short transaction each, letting other calls
   * (small saves) run in between; they belong to no row until one names their upload.
   */
  private async writeSlices(bytes: Uint8Array): Promise<number> {
    const upload = randomInt(1, 2 ** 47);
    const insert = this.db.prepare('INSERT INTO slices (upload, n, data, created_at) VALUES (?, ?, ?, ?)');
    const now = new Date().toISOString();
    try {
      for (let n = 0; n * SLICE_BYTES < bytes.byteLength; n++) {
        await this.transaction(() => insert.run(upload, n, bytes.subarray(n * SLICE_BYTES, (n + 1) * SLICE_BYTES), now));
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      this.dropSlices([upload]);
      throw error;
    }
    return upload;
  }

  private bytesOf(row: DataRow): Uint8Array {
    if (row.upload === null) return row.data;
    const slices = this.db.prepare('SELECT data FROM slices WHERE upload = ? ORDER BY n').all(row.upload) as Array<{ data: Uint8Array }>;
    return new Uint8Array(Buffer.concat(slices.map((s) => s.data)));
  }

  /** The slices of rows being removed (called inside their transaction). */
  private removeSlices(rows: DataRow[]) {
    const remove = this.db.prepare('DELETE FROM slices WHERE upload = ?');
    for (const row of rows) if (row.upload !== null) remove.run(row.upload);
  }

  private dropSlices(uploads: number[]) {
    // Left behind if this fails: the next start removes slices no row names.
    this.transaction(() => this.removeSlices(uploads.map((upload) => ({ upload, data: new Uint8Array(0) })))).catch(() => undefined);
  }

  /**
   * Moves the write-ahead log into the main file and empties it. With secure_delete, old
   * pages are overwritten, so entries removed by compaction (an erasure) leave no copy.
   */
  private checkpoint() {
    this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  private usageOf(room: string): RoomUsage {
    const row = this.db.prepare('SELECT bytes, entries FROM rooms WHERE name = ?').get(room) as UsageRow | undefined;
    return { bytes: Number(row?.bytes ?? 0), entries: Number(row?.entries ?? 0) };
  }

  private total(): number {
    return Number((this.db.prepare('SELECT COALESCE(SUM(bytes), 0) AS total FROM rooms').get() as { total: number }).total);
  }

  private claimant(address: string): string {
    return createHmac('sha256', this.claimKey).update(address).digest('base64url').slice(0, 22);
  }

  private transaction<T>(work: () => T): Promise<T> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.db.exec('COMMIT');
      return Promise.resolve(result);
    } catch (error) {
      this.db.exec('ROLLBACK');
      return Promise.reject(error);
    }
  }

  /**
   * Files written before the store kept rows hold each envelope whole (table `documents`)
   * and token hashes apart (`tokens`): each envelope becomes one row.
   */
  private moveFromWholeDocuments() {
    const tables = new Set((this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
    if (!tables.has('tokens')) return;
    const now = new Date().toISOString();
    for (const token of this.db.prepare('SELECT name, hash, created_at FROM tokens').all() as Array<{ name: string; hash: string; created_at: string }>) {
      this.db.prepare('INSERT OR IGNORE INTO rooms (name, token_hash, created_at, updated_at) VALUES (?, ?, ?, ?)').run(token.name, token.hash, token.created_at, now);
    }
    if (tables.has('documents')) {
      for (const doc of this.db.prepare('SELECT name, state FROM documents').all() as Array<{ name: string; state: Uint8Array }>) {
        const { state, entries } = compactRows([doc.state]);
        this.db.prepare('INSERT INTO entries (room, data, size, entries, created_at) VALUES (?, ?, ?, ?, ?)').run(doc.name, state, state.byteLength, entries, now);
        this.db.prepare(`INSERT INTO rooms (name, token_hash, bytes, entries, created_at, updated_at) VALUES (?1, '${RETIRED}', ?2, ?3, ?4, ?4) ON CONFLICT (name) DO UPDATE SET bytes = ?2, entries = ?3`).run(doc.name, state.byteLength, entries, now);
      }
      this.db.exec('DROP TABLE documents');
    }
    this.db.exec('DROP TABLE tokens');
  }
}

class Superseded extends Error {}
