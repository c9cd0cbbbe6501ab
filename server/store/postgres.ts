import { createHmac, randomBytes } from 'node:crypto';
import pg from 'pg';
import { compactRows, joinRows, mergeRows } from './merge';
import { RETIRED, utcDay, yesterday, type AppendLimits, type AppendResult, type ClaimOutcome, type ClaimRequest, type CompactResult, type ImportOutcome, type LoadedRoom, type NewRow, type RoomDump, type RoomUsage, type SyncStore } from './store';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS rooms (
    name TEXT PRIMARY KEY, token_hash TEXT NOT NULL,
    bytes BIGINT NOT NULL DEFAULT 0, entries BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(), updated_at TIMESTAMPTZ NOT NULL DEFAULT now());
  CREATE TABLE IF NOT EXISTS entries (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, room TEXT NOT NULL, data BYTEA NOT NULL,
    size INTEGER NOT NULL, entries INTEGER NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
  ALTER TABLE entries ALTER COLUMN data SET STORAGE EXTERNAL;
  CREATE INDEX IF NOT EXISTS entries_by_room ON entries (room, seq);
  CREATE TABLE IF NOT EXISTS claims (claimant TEXT NOT NULL, day DATE NOT NULL, rooms INTEGER NOT NULL, PRIMARY KEY (claimant, day));
  CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/** Any fixed number: every server process takes this lock while it creates the tables. */
const SCHEMA_LOCK = 72_417_001;
/** Taken by each append, just before its commit, where the server has a total to keep to. */
const TOTAL_LOCK = 72_417_002;

type Client = pg.PoolClient;

/**
 * The store in PostgreSQL (`DATABASE_URL=postgres://…`), for several server processes on
 * several machines: claims and quotas are decided in transactions, so they hold across them.
 * Entry bytes go in as binary parameters and come back as hex text, read in bounded slices.
 */
export class PostgresStore implements SyncStore {
  readonly kind = 'postgres';
  private claimKey = '';

  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 8, idleTimeoutMillis: 30_000 });
    pool.on('error', (error) => console.error(new Date().toISOString(), 'PostgreSQL connection lost:', error.message));
    const store = new PostgresStore(pool);
    await store.inTransaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
      await client.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', ['claim-key', randomBytes(32).toString('hex')]);
    });
    store.claimKey = (await pool.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', ['claim-key'])).rows[0]!.value;
    return store;
  }

  async claim(request: ClaimRequest): Promise<ClaimOutcome> {
    const known = await this.tokenHash(this.pool, request.room);
    if (known !== null) return outcomeFor(known, request.tokenHash);
    const claimant = createHmac('sha256', this.claimKey).update(request.address).digest('base64url').slice(0, 22);
    return this.inTransaction(async (client) => {
      // One claim at a time per address, whichever server process it reaches.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`claim:${claimant}`]);
      if (request.maxTotalBytes > 0 && (await this.total(client)) >= request.maxTotalBytes) return 'server-full';
      const day = utcDay();
      if (request.roomsPerDay > 0) {
        const count = await client.query<{ rooms: number }>('SELECT rooms FROM claims WHERE claimant = $1 AND day = $2', [claimant, day]);
        if ((count.rows[0]?.rooms ?? 0) >= request.roomsPerDay) return 'too-many-new-projects';
      }
      const inserted = await client.query('INSERT INTO rooms (name, token_hash) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [request.room, request.tokenHash]);
      if (inserted.rowCount === 0) return outcomeFor((await this.tokenHash(client, request.room))!, request.tokenHash);
      await client.query('INSERT INTO claims (claimant, day, rooms) VALUES ($1, $2, 1) ON CONFLICT (claimant, day) DO UPDATE SET rooms = claims.rooms + 1', [claimant, day]);
      await client.query('DELETE FROM claims WHERE day < $1', [yesterday()]);
      return 'ok';
    });
  }

  async load(room: string): Promise<LoadedRoom> {
    const { rows, usage } = await this.snapshot(async (client) => ({ rows: await this.rowsOf(client, room, 0), usage: await this.usageOf(client, room) }));
    return { ...usage, state: joinRows(rows.map((r) => r.data)), rows: rows.length };
  }

  async append(room: string, rows: NewRow[], ceiling: AppendLimits): Promise<AppendResult> {
    const row = mergeRows(rows);
    const data = Buffer.from(row.update.buffer, row.update.byteOffset, row.update.byteLength);
    // The room's usage (checked against the ceiling, which the row lock makes hold across
    // processes) and the new row, in one statement.
    const appendRow = (client: pg.Pool | Client) =>
      client.query<{ bytes: string | null; entries: string | null; seq: string | null; open: boolean | null }>(
        `WITH room AS (
           UPDATE rooms SET bytes = bytes + octet_length($2::bytea), entries = entries + $3, updated_at = now()
           WHERE name = $1 AND token_hash <> '${RETIRED}' AND bytes + octet_length($2::bytea) <= $4 AND entries + $3 <= $5 RETURNING bytes, entries),
         added AS (
           INSERT INTO entries (room, data, size, entries) SELECT $1, $2::bytea, octet_length($2::bytea), $3 WHERE EXISTS (SELECT 1 FROM room) RETURNING seq)
         SELECT (SELECT bytes FROM room) AS bytes, (SELECT entries FROM room) AS entries, (SELECT seq FROM added) AS seq,
           (SELECT token_hash <> '${RETIRED}' FROM rooms WHERE name = $1) AS open`,
        [room, data, row.entries, ceiling.bytes, ceiling.entries],
      );
    const outcome = (usage: { bytes: string | null; entries: string | null; seq: string | null; open: boolean | null }): AppendResult => {
      if (usage.seq === null) return { status: usage.open ? 'full' : 'retired' };
      const seq = Number(usage.seq);
      return { status: 'stored', firstSeq: seq, lastSeq: seq, bytes: Number(usage.bytes), entries: Number(usage.entries) };
    };
    if (!ceiling.totalBytes) return outcome((await appendRow(this.pool)).rows[0]!);
    const totalBytes = ceiling.totalBytes;
    return this.inTransaction(async (client) => {
      const result = outcome((await appendRow(client)).rows[0]!);
      if (result.status !== 'stored') return result;
      // Appends that got this far take turns from here to their commit (the row is already
      // written, so the turn is short): each then reads a total that includes every earlier one.
      await client.query('SELECT pg_advisory_xact_lock($1)', [TOTAL_LOCK]);
      if ((await this.total(client)) > totalBytes) throw new ServerFull();
      return result;
    }).catch((error: unknown) => {
      if (error instanceof ServerFull) return { status: 'server-full' } as const;
      throw error;
    });
  }

  async rowsFrom(room: string, seq: number): Promise<Uint8Array | null> {
    const rows = await this.snapshot((client) => this.rowsOf(client, room, seq));
    return joinRows(rows.map((r) => r.data));
  }

  async compact(room: string): Promise<CompactResult> {
    const rows = await this.snapshot((client) => this.rowsOf(client, room, 0));
    if (rows.length === 0) return { merged: 0, ...(await this.usageOf(this.pool, room)) };
    const seqs = rows.map((r) => r.seq);
    const { state, entries } = compactRows(rows.map((r) => r.data));
    try {
      return await this.inTransaction(async (client) => {
        // Only rows that were read are removed; a row another process appends meanwhile stays.
        const removed = await client.query('DELETE FROM entries WHERE seq = ANY($1::bigint[])', [seqs]);
        // Another process compacted first, or the room was retired: what it wrote stands.
        if (removed.rowCount !== rows.length) throw new Superseded();
        await client.query('INSERT INTO entries (room, data, size, entries) VALUES ($1, $2, $3, $4)', [room, Buffer.from(state.buffer, state.byteOffset, state.byteLength), state.byteLength, entries]);
        await client.query('UPDATE rooms SET bytes = s.bytes, entries = s.entries FROM (SELECT COALESCE(SUM(size), 0) AS bytes, COALESCE(SUM(entries), 0) AS entries FROM entries WHERE room = $1) s WHERE name = $1', [room]);
        return { merged: rows.length, ...(await this.usageOf(client, room)) };
      });
    } catch (error) {
      if (error instanceof Superseded) return { merged: 0, ...(await this.usageOf(this.pool, room)) };
      throw error;
    }
  }

  async retire(room: string): Promise<void> {
    await this.inTransaction(async (client) => {
      await client.query(`INSERT INTO rooms (name, token_hash) VALUES ($1, '${RETIRED}') ON CONFLICT (name) DO UPDATE SET token_hash = '${RETIRED}', bytes = 0, entries = 0, updated_at = now()`, [room]);
      await client.query('DELETE FROM entries WHERE room = $1', [room]);
    });
  }

  async usage(room: string): Promise<RoomUsage> {
    return this.usageOf(this.pool, room);
  }

  async totalBytes(): Promise<number> {
    return this.total(this.pool);
  }

  async healthy(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async roomNames(): Promise<string[]> {
    return (await this.pool.query<{ name: string }>('SELECT name FROM rooms ORDER BY name')).rows.map((r) => r.name);
  }

  async dump(room: string): Promise<RoomDump | null> {
    const head = await this.pool.query<{ token_hash: string; created_at: Date }>('SELECT token_hash, created_at FROM rooms WHERE name = $1', [room]);
    if (!head.rows[0]) return null;
    const rows = await this.snapshot((client) => this.rowsOf(client, room, 0));
    return { name: room, tokenHash: head.rows[0].token_hash, createdAt: head.rows[0].created_at.toISOString(), rows: rows.map((r) => ({ data: r.data, entries: r.entries, createdAt: r.createdAt })) };
  }

  async import(dump: RoomDump): Promise<ImportOutcome> {
    return this.inTransaction(async (client) => {
      const known = await this.tokenHash(client, dump.name);
      if (known !== null && known !== dump.tokenHash) return 'different-token';
      if (known === null) await client.query('INSERT INTO rooms (name, token_hash, created_at) VALUES ($1, $2, $3)', [dump.name, dump.tokenHash, dump.createdAt]);
      for (const row of dump.rows) {
        await client.query('INSERT INTO entries (room, data, size, entries, created_at) VALUES ($1, $2, $3, $4, $5)', [dump.name, Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength), row.data.byteLength, row.entries, row.createdAt]);
      }
      await client.query('UPDATE rooms SET bytes = s.bytes, entries = s.entries FROM (SELECT COALESCE(SUM(size), 0) AS bytes, COALESCE(SUM(entries), 0) AS entries FROM entries WHERE room = $1) s WHERE name = $1', [dump.name]);
      return known === null ? 'copied' : 'merged';
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async tokenHash(client: pg.Pool | Client, room: string): Promise<string | null> {
    return (await client.query<{ token_hash: string }>('SELECT token_hash FROM rooms WHERE name = $1', [room])).rows[0]?.token_hash ?? null;
  }

  private async usageOf(client: pg.Pool | Client, room: string): Promise<RoomUsage> {
    const row = (await client.query<{ bytes: string; entries: string }>('SELECT bytes, entries FROM rooms WHERE name = $1', [room])).rows[0];
    return { bytes: Number(row?.bytes ?? 0), entries: Number(row?.entries ?? 0) };
  }

  private async total(client: pg.Pool | Client): Promise<number> {
    return Number((await client.query<{ total: string }>('SELECT COALESCE(SUM(bytes), 0) AS total FROM rooms')).rows[0]!.total);
  }

  /**
   * The room's rows from `seq` on. pg reads bytea as hex text, so a large row is read in
   * slices: no string ever holds more than a few megabytes, however large the row.
   */
  private async rowsOf(client: Client, room: string, seq: number): Promise<StoredRow[]> {
    const heads = await client.query<{ seq: string; size: number; entries: number; created_at: Date }>('SELECT seq, size, entries, created_at FROM entries WHERE room = $1 AND seq >= $2 ORDER BY seq', [room, seq]);
    const parts = new Map<string, Uint8Array>();
    // Small rows in batches of up to READ_SLICE bytes; a large row in slices of it.
    let batch: string[] = [];
    let batchBytes = 0;
    const readBatch = async () => {
      if (batch.length === 0) return;
      const read = await client.query<{ seq: string; data: Buffer }>('SELECT seq, data FROM entries WHERE seq = ANY($1::bigint[])', [batch]);
      for (const row of read.rows) parts.set(row.seq, new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength));
      batch = [];
      batchBytes = 0;
    };
    for (const head of heads.rows) {
      if (head.size <= READ_SLICE) {
        if (batchBytes + head.size > READ_SLICE) await readBatch();
        batch.push(head.seq);
        batchBytes += head.size;
        continue;
      }
      const data = Buffer.allocUnsafe(head.size);
      for (let offset = 0; offset < head.size; offset += READ_SLICE) {
        const slice = await client.query<{ part: Buffer }>('SELECT substring(data FROM $2 FOR $3) AS part FROM entries WHERE seq = $1', [head.seq, offset + 1, READ_SLICE]);
        slice.rows[0]!.part.copy(data, offset);
      }
      parts.set(head.seq, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    }
    await readBatch();
    return heads.rows.map((head) => ({ seq: head.seq, data: parts.get(head.seq)!, entries: head.entries, createdAt: head.created_at.toISOString() }));
  }

  /** Reads that all see the database as it was at one moment (a compaction elsewhere cannot tear them). */
  private async snapshot<T>(read: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      return await read(client);
    } finally {
      await client.query('COMMIT').catch(() => undefined);
      client.release();
    }
  }

  private async inTransaction<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

class Superseded extends Error {}
class ServerFull extends Error {}

function outcomeFor(known: string, offered: string): ClaimOutcome {
  return known === RETIRED ? 'retired' : known === offered ? 'ok' : 'wrong-token';
}

/** Bytes read from a row at a time: 8 MiB, 16 MiB of hex text. */
const READ_SLICE = 8 * 1024 * 1024;

interface StoredRow {
  seq: string;
  data: Uint8Array;
  entries: number;
  createdAt: string;
}
