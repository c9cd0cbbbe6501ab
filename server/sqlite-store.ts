import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * The server's one SQLite file: each document's (encrypted) Yjs state and the hash of the
 * token that may open it. Node's built-in SQLite, so there is nothing else to install.
 */
export class SqliteStore {
  private db: DatabaseSync;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new DatabaseSync(join(dataDir, 'common-ground.sqlite'));
    this.db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = NORMAL;
      CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS tokens (name TEXT PRIMARY KEY, hash TEXT NOT NULL, created_at TEXT NOT NULL);
    `);
  }

  loadDocument(name: string): Uint8Array | null {
    const row = this.db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as { state: Uint8Array } | undefined;
    return row ? new Uint8Array(row.state) : null;
  }

  storeDocument(name: string, state: Uint8Array) {
    this.db
      .prepare('INSERT INTO documents (name, state, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at')
      .run(name, state, new Date().toISOString());
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

  replaceToken(name: string, hash: string) {
    this.db.prepare('UPDATE tokens SET hash = ? WHERE name = ?').run(hash, name);
  }

  close() {
    this.db.close();
  }
}
