import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import * as Y from 'yjs';

/** The token hash of an envelope that was closed by a sharing reset. */
export const RETIRED = 'retired';

export interface StoredDocument {
  state: Uint8Array;
  stateVector: Uint8Array;
}

/**
 * The server's one SQLite file: each envelope's (encrypted) Yjs state, its state vector,
 * and the hash of the token that may open it. Node's built-in SQLite, so there is nothing
 * else to install. Several server processes may share the file (WAL mode; each write
 * merges with what another process wrote last).
 */
export class SqliteStore {
  private db: DatabaseSync;
  /** Tells this process's writes from another's, so only the latter need merging. */
  private readonly writer = randomUUID();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new DatabaseSync(join(dataDir, 'common-ground.sqlite'));
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = NORMAL;
      PRAGMA busy_timeout = 5000;
      PRAGMA secure_delete = ON;
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS tokens (name TEXT PRIMARY KEY, hash TEXT NOT NULL, created_at TEXT NOT NULL);
    `);
    const columns = (this.db.prepare('PRAGMA table_info(documents)').all() as Array<{ name: string }>).map((c) => c.name);
    if (!columns.includes('state_vector')) this.db.exec('ALTER TABLE documents ADD COLUMN state_vector BLOB');
    if (!columns.includes('writer')) this.db.exec('ALTER TABLE documents ADD COLUMN writer TEXT');
  }

  loadDocument(name: string): Uint8Array | null {
    const row = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as { state: Uint8Array } | undefined;
    return row ? new Uint8Array(row.state) : null;
  }

  /** What is on disk for this envelope, as a state vector (empty when nothing is). */
  storedStateVector(name: string): Uint8Array {
    const row = this.db.prepare('SELECT state_vector FROM documents WHERE name = ?').get(name) as { state_vector: Uint8Array | null } | undefined;
    if (row?.state_vector) return new Uint8Array(row.state_vector);
    const state = this.loadDocument(name);
    return state ? Y.encodeStateVectorFromUpdate(state) : Y.encodeStateVector(new Y.Doc());
  }

  /**
   * Writes an envelope's state. When another process wrote it last, the two are merged
   * (a Yjs union, with deleted entries cleared), so neither loses the other's entries.
   * Returns what is now stored.
   */
  storeDocument(name: string, doc: Y.Doc): StoredDocument {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const row = this.db.prepare('SELECT length(state) AS size, writer FROM documents WHERE name = ?').get(name) as { size: number; writer: string | null } | undefined;
      let state: Uint8Array;
      let stateVector: Uint8Array;
      if (row && row.writer !== this.writer) {
        const merged = new Y.Doc({ gc: true });
        Y.applyUpdate(merged, this.loadDocument(name)!);
        Y.applyUpdate(merged, Y.encodeStateAsUpdate(doc));
        state = Y.encodeStateAsUpdate(merged);
        stateVector = Y.encodeStateVector(merged);
        merged.destroy();
      } else {
        state = Y.encodeStateAsUpdate(doc);
        stateVector = Y.encodeStateVector(doc);
      }
      this.db
        .prepare(
          `INSERT INTO documents (name, state, state_vector, writer, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(name) DO UPDATE SET state = excluded.state, state_vector = excluded.state_vector, writer = excluded.writer, updated_at = excluded.updated_at`,
        )
        .run(name, state, stateVector, this.writer, new Date().toISOString());
      this.db.exec('COMMIT');
      if (row && state.length < row.size * 0.8) this.checkpoint();
      return { state, stateVector };
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  deleteDocument(name: string) {
    this.db.prepare('DELETE FROM documents WHERE name = ?').run(name);
    this.checkpoint();
  }

  /**
   * Moves the write-ahead log into the main file and empties it. With secure_delete, old
   * pages are overwritten, so entries removed by compaction (an erasure) leave no copy.
   */
  checkpoint() {
    this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  tokenHash(name: string): string | null {
    const row = this.db.prepare('SELECT hash FROM tokens WHERE name = ?').get(name) as { hash: string } | undefined;
    return row?.hash ?? null;
  }

  /** Sets the token hash only if none is set yet; returns the hash now in force. */
  claimToken(name: string, hash: string): string {
    this.db.prepare('INSERT OR IGNORE INTO tokens (name, hash, created_at) VALUES (?, ?, ?)').run(name, hash, new Date().toISOString());
    return this.tokenHash(name)!;
  }

  /** Closes an envelope for good: no token opens it again and its entries are removed. */
  retire(name: string) {
    this.db.prepare('INSERT INTO tokens (name, hash, created_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET hash = excluded.hash').run(name, RETIRED, new Date().toISOString());
    this.deleteDocument(name);
  }

  isHealthy(): boolean {
    try {
      this.db.prepare('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  close() {
    this.db.close();
  }
}
