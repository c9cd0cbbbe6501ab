import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import type { CommonGroundDb, RecordRow } from '../db/database';
import { collectionMap, locateRecord, metaMap, readRawRecord, topLevelName } from '../doc/project-doc';
import { parseStoredRecord } from '../domain/parse-record';
import type { BaseRecord, RecordType } from '../domain/record-type';
import { recordTypeFor, recordTypes } from '../domain/registry';
import { isPackRow, packRowId, type PackData } from './packs';
import { projectMetaSchema } from '../domain/project-meta';

/** Bump when what the projector writes changes; every projection is then rebuilt on open. */
export const PROJECTOR_VERSION = 2; // 2: responses and attendance marks in packs

/** A record that passed validation, ready for the projection. */
interface Projected {
  id: string;
  value: BaseRecord;
  k1: string;
  k2: string;
}

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
  /**
   * The packs as this projector last wrote them ("collection/packKey"), so marking a register
   * does not first read the meeting's pack back. Only this projector writes its project's packs.
   */
  private packsWritten = new Map<string, { k1: string; records: PackData['records'] }>();
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
    this.packsWritten.clear();
    const rows: RecordRow[] = [];
    for (const type of recordTypes) {
      const packs = new Map<string, Projected[]>();
      collectionMap(this.doc, type.collection).forEach((record, id) => {
        const projected = this.project(type, id, record);
        if (!projected) return;
        if (!type.packBy) return void rows.push(this.recordRow(type.collection, projected));
        const key = type.packBy(projected.value);
        const pack = packs.get(key);
        if (pack) pack.push(projected);
        else packs.set(key, [projected]);
      });
      for (const [key, pack] of packs) rows.push(this.packRow(type.collection, key, pack[0]!.k1, Object.fromEntries(pack.map((p) => [p.id, p.value as unknown as Record<string, unknown>]))));
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
    for (;;) {
      // A flush is scheduled on a microtask queued before this one: let it start.
      if (this.scheduled) await Promise.resolve();
      const current = this.flushing;
      await current;
      if (this.stopped) return;
      if (!this.scheduled && this.dirty.size === 0 && !this.metaDirty && current === this.flushing) return;
    }
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
    const packed: { type: RecordType; changes: { id: string; projected: Projected | null }[] }[] = [];
    for (const [collection, ids] of dirty) {
      const type = recordTypeFor(collection);
      if (!type) continue;
      const map = collectionMap(this.doc, collection);
      if (type.packBy) {
        packed.push({ type, changes: [...ids].map((id) => ({ id, projected: this.project(type, id, map.get(id)) })) });
        continue;
      }
      for (const id of ids) {
        const projected = this.project(type, id, map.get(id));
        if (projected) puts.push(this.recordRow(collection, projected));
        else deletes.push([this.projectId, collection, id]);
      }
    }
    const stateVector = toBase64(Y.encodeStateVector(this.doc));
    await this.db.transaction('rw', [this.db.records, this.db.projection, this.db.projects], async () => {
      for (const { type, changes } of packed) await this.updatePacks(type, changes, puts, deletes);
      if (deletes.length) await this.db.records.bulkDelete(deletes);
      if (puts.length) await this.db.records.bulkPut(puts);
      if (metaDirty) await this.writeMeta();
      else if ((puts.length || deletes.length) && Date.now() - this.lastTouched > TOUCH_EVERY_MS) await this.writeMeta(true);
      await this.db.projection.put({ projectId: this.projectId, stateVector, projectorVersion: PROJECTOR_VERSION });
    });
  }

  /** The record, validated, or null when it is missing or not valid (it stays in the doc, but is not shown). */
  private project(type: RecordType, id: string, record: unknown): Projected | null {
    if (!(record instanceof Y.Map)) return null;
    const parsed = parseStoredRecord(type, readRawRecord(record));
    if (!parsed.ok || parsed.value.id !== id) return null;
    const keys = type.indexKeys?.(parsed.value) ?? {};
    return { id, value: parsed.value, k1: keys.k1 ?? '', k2: keys.k2 ?? '' };
  }

  private recordRow(collection: string, p: Projected): RecordRow {
    return { projectId: this.projectId, collection, id: p.id, k1: p.k1, k2: p.k2, n: 1, data: p.value as unknown as Record<string, unknown> };
  }

  private packRow(collection: string, key: string, k1: string, records: PackData['records']): RecordRow {
    const data: PackData = { records };
    return { projectId: this.projectId, collection, id: packRowId(key), k1, k2: '', n: Object.keys(records).length, data: data as unknown as Record<string, unknown> };
  }

  /**
   * Writes changed records of a packed collection into their packs (read, change, write back,
   * inside the flush's transaction). A record that is gone or no longer valid has no pack key
   * to find it by, so the collection's packs are searched for it: rare, and only then.
   */
  private async updatePacks(type: RecordType, changes: { id: string; projected: Projected | null }[], puts: RecordRow[], deletes: [string, string, string][]) {
    const collection = type.collection;
    const packs = new Map<string, { k1: string; records: PackData['records'] }>();
    const live = changes.filter((c) => c.projected);
    const keys = [...new Set(live.map((c) => type.packBy!(c.projected!.value)))];
    // Packs this projector wrote before are known; only the others are read.
    const unknown = keys.filter((key) => !this.packsWritten.has(packCacheKey(collection, key)));
    const read = unknown.length ? await this.db.records.bulkGet(unknown.map((key) => [this.projectId, collection, packRowId(key)])) : [];
    unknown.forEach((key, i) => this.packsWritten.set(packCacheKey(collection, key), { k1: read[i]?.k1 ?? '', records: (read[i]?.data as unknown as PackData | undefined)?.records ?? {} }));
    for (const key of keys) {
      const known = this.packsWritten.get(packCacheKey(collection, key))!;
      packs.set(key, { k1: known.k1, records: { ...known.records } });
    }
    for (const { projected } of live) {
      const pack = packs.get(type.packBy!(projected!.value))!;
      pack.k1 = projected!.k1;
      pack.records[projected!.id] = projected!.value as unknown as Record<string, unknown>;
    }
    const gone = new Set(changes.filter((c) => !c.projected).map((c) => c.id));
    if (gone.size) {
      const rows = await this.db.records.where('[projectId+collection+id]').between([this.projectId, collection, Dexie_min], [this.projectId, collection, Dexie_max]).toArray();
      for (const row of rows) {
        if (!isPackRow(row)) continue;
        const key = row.id.slice(1);
        const known = this.packsWritten.get(packCacheKey(collection, key)) ?? { k1: row.k1, records: (row.data as unknown as PackData).records };
        const pack = packs.get(key) ?? { k1: known.k1, records: { ...known.records } };
        let changed = false;
        for (const id of gone) {
          if (!(id in pack.records)) continue;
          delete pack.records[id];
          changed = true;
        }
        if (changed) packs.set(key, pack);
      }
    }
    for (const [key, pack] of packs) {
      this.packsWritten.set(packCacheKey(collection, key), pack);
      if (Object.keys(pack.records).length) puts.push(this.packRow(collection, key, pack.k1, pack.records));
      else deletes.push([this.projectId, collection, packRowId(key)]);
    }
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

const packCacheKey = (collection: string, key: string) => `${collection}/${key}`;

const Dexie_min = '';
const Dexie_max = '\uffff';

function sameStateVector(a: Uint8Array, b: Uint8Array): boolean {
  const da = Y.decodeStateVector(a);
  const db = Y.decodeStateVector(b);
  if (da.size !== db.size) return false;
  for (const [client, clock] of da) if (db.get(client) !== clock) return false;
  return true;
}
