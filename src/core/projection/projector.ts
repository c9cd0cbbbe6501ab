import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import type { CommonGroundDb, RecordRow } from '../db/database';
import { collectionMap, locateRecord, metaMap, readRawRecord, topLevelName } from '../doc/project-doc';
import { parseStoredRecord } from '../domain/parse-record';
import { recordTypeFor, recordTypes } from '../domain/registry';
import { projectMetaSchema } from '../domain/project-meta';

/** Bump when what the projector writes changes; every projection is then rebuilt on open. */
export const PROJECTOR_VERSION = 1;

type Dirty = Map<string, Set<string>>; // collection → record ids

/**
 * How often ordinary edits refresh the project's "last changed" time in the project list.
 * Not on every edit: that would cost a write per tap and redraw screens reading the row.
 */
const TOUCH_EVERY_MS = 60_000;

/**
 * Keeps the Dexie `records` table in step with one project doc. Every doc transaction,
 * local or remote, marks the records it touched; they are written in one Dexie
 * transaction soon after. The projection remembers the doc state it reflects.
 */
export class Projector {
  private dirty: Dirty = new Map();
  private metaDirty = false;
  private flushing: Promise<void> = Promise.resolve();
  private scheduled = false;
  private stopped = false;

  constructor(
    private readonly db: CommonGroundDb,
    private readonly doc: Y.Doc,
  ) {}

  get projectId(): string {
    return this.doc.guid;
  }

  /** Starts following the doc. Rebuilds first if the stored projection is stale. */
  async start(): Promise<{ rebuilt: boolean }> {
    this.doc.on('afterTransaction', this.onTransaction);
    const stale = await this.isStale();
    if (stale) await this.rebuild();
    return { rebuilt: stale };
  }

  stop() {
    this.stopped = true;
    this.doc.off('afterTransaction', this.onTransaction);
  }

  async isStale(): Promise<boolean> {
    const row = await this.db.projection.get(this.projectId);
    if (!row || row.projectorVersion !== PROJECTOR_VERSION) return true;
    return !sameStateVector(fromBase64(row.stateVector), Y.encodeStateVector(this.doc));
  }

  /** Drops this project's projection and writes it again from the doc. */
  async rebuild(): Promise<void> {
    await this.flushing;
    this.dirty.clear();
    this.metaDirty = false;
    const rows: RecordRow[] = [];
    for (const type of recordTypes) {
      collectionMap(this.doc, type.collection).forEach((record, id) => {
        const row = this.rowFor(type.collection, id, record);
        if (row) rows.push(row);
      });
    }
    const stateVector = toBase64(Y.encodeStateVector(this.doc));
    await this.db.transaction('rw', [this.db.records, this.db.projection, this.db.projects], async () => {
      await this.db.records.where('[projectId+collection+id]').between([this.projectId, Dexie_min], [this.projectId, Dexie_max]).delete();
      await this.db.records.bulkPut(rows);
      await this.writeMeta();
      await this.db.projection.put({ projectId: this.projectId, stateVector, projectorVersion: PROJECTOR_VERSION });
    });
  }

  /** Resolves once every transaction so far is reflected in Dexie. */
  async settled(): Promise<void> {
    while (this.scheduled || this.dirty.size > 0 || this.metaDirty) {
      await new Promise((r) => setTimeout(r, 0));
      await this.flushing;
    }
    await this.flushing;
  }

  private onTransaction = (tr: Y.Transaction) => {
    if (this.stopped) return;
    let touched = false;
    for (const [type, keys] of tr.changed) {
      if (!type._item) {
        const name = topLevelName(this.doc, type);
        if (!name) continue;
        if (name === 'meta') {
          this.metaDirty = true;
          touched = true;
          continue;
        }
        if (!recordTypeFor(name)) continue;
        for (const key of keys) if (key !== null) this.mark(name, key);
        touched = true;
      } else {
        const where = locateRecord(type, this.doc);
        if (where && recordTypeFor(where.collection)) {
          this.mark(where.collection, where.id);
          touched = true;
        }
      }
    }
    if (touched) this.schedule();
  };

  private mark(collection: string, id: string) {
    let ids = this.dirty.get(collection);
    if (!ids) this.dirty.set(collection, (ids = new Set()));
    ids.add(id);
  }

  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.flushing = this.flushing.then(() => this.flush()).catch((error) => console.error('Projection failed', error));
    });
  }

  private async flush(): Promise<void> {
    if (this.stopped) return;
    const dirty = this.dirty;
    const metaDirty = this.metaDirty;
    this.dirty = new Map();
    this.metaDirty = false;
    const puts: RecordRow[] = [];
    const deletes: [string, string, string][] = [];
    for (const [collection, ids] of dirty) {
      const map = collectionMap(this.doc, collection);
      for (const id of ids) {
        const record = map.get(id);
        const row = record instanceof Y.Map ? this.rowFor(collection, id, record) : null;
        if (row) puts.push(row);
        else deletes.push([this.projectId, collection, id]);
      }
    }
    const stateVector = toBase64(Y.encodeStateVector(this.doc));
    await this.db.transaction('rw', [this.db.records, this.db.projection, this.db.projects], async () => {
      if (deletes.length) await this.db.records.bulkDelete(deletes);
      if (puts.length) await this.db.records.bulkPut(puts);
      if (metaDirty) await this.writeMeta();
      else if ((puts.length || deletes.length) && Date.now() - this.lastTouched > TOUCH_EVERY_MS) await this.writeMeta(true);
      await this.db.projection.put({ projectId: this.projectId, stateVector, projectorVersion: PROJECTOR_VERSION });
    });
  }

  /** A row for the record, or null when it is not valid (it stays in the doc, but is not shown). */
  private rowFor(collection: string, id: string, record: unknown): RecordRow | null {
    const type = recordTypeFor(collection);
    if (!type || !(record instanceof Y.Map)) return null;
    const parsed = parseStoredRecord(type, readRawRecord(record));
    if (!parsed.ok || parsed.value.id !== id) return null;
    const keys = type.indexKeys?.(parsed.value) ?? {};
    return { projectId: this.projectId, collection, id, k1: keys.k1 ?? '', k2: keys.k2 ?? '', data: parsed.value as unknown as Record<string, unknown> };
  }

  private lastTouched = 0;

  private async writeMeta(touchOnly = false) {
    this.lastTouched = Date.now();
    const existing = await this.db.projects.get(this.projectId);
    const now = new Date().toISOString();
    if (touchOnly) {
      if (existing) await this.db.projects.update(this.projectId, { updatedAt: now });
      return;
    }
    const meta = projectMetaSchema.safeParse(metaMap(this.doc).toJSON());
    if (!meta.success) return;
    await this.db.projects.put({
      ...(existing ?? {}),
      id: this.projectId,
      name: meta.data.name,
      purpose: meta.data.purpose,
      archived: meta.data.archived,
      createdAt: meta.data.createdAt,
      updatedAt: now,
    });
  }
}

const Dexie_min = '';
const Dexie_max = '\uffff';

function sameStateVector(a: Uint8Array, b: Uint8Array): boolean {
  const da = Y.decodeStateVector(a);
  const db = Y.decodeStateVector(b);
  if (da.size !== db.size) return false;
  for (const [client, clock] of da) if (db.get(client) !== clock) return false;
  return true;
}
