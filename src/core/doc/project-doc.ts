import * as Y from 'yjs';
import type { RecordType } from '../domain/record-type';

/** A record inside the doc: a Y.Map of field → value (long text fields are Y.Text). */
export type RecordMap = Y.Map<unknown>;

export function createProjectDoc(projectId: string): Y.Doc {
  return new Y.Doc({ guid: projectId, gc: true });
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function collectionMap(doc: Y.Doc, collection: string): Y.Map<RecordMap> {
  return doc.getMap<RecordMap>(collection);
}

/** Plain JSON value of a field: Y.Text becomes a string, nested Y types their JSON. */
export function plainValue(value: unknown): unknown {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

/** The record as plain data, before validation. */
export function readRawRecord(record: RecordMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  record.forEach((value, key) => {
    out[key] = plainValue(value);
  });
  return out;
}

export function getRecordMap(doc: Y.Doc, type: RecordType, id: string): RecordMap | undefined {
  const value = collectionMap(doc, type.collection).get(id);
  return value instanceof Y.Map ? value : undefined;
}

/** The collection and record id a changed Y type belongs to, if it sits inside a record. */
export function locateRecord(type: Y.AbstractType<any>, doc: Y.Doc): { collection: string; id: string } | null {
  let current: Y.AbstractType<any> | null = type;
  while (current && current._item) {
    const parent = current._item.parent as Y.AbstractType<any>;
    if (parent && !parent._item) {
      // parent is a top-level type; find its name
      const collection = topLevelName(doc, parent);
      const id = current._item.parentSub;
      return collection && id ? { collection, id } : null;
    }
    current = parent;
  }
  return null;
}

const topLevelNames = new WeakMap<Y.AbstractType<any>, string>();

export function topLevelName(doc: Y.Doc, type: Y.AbstractType<any>): string | undefined {
  const cached = topLevelNames.get(type);
  if (cached) return cached;
  for (const [name, value] of doc.share) {
    topLevelNames.set(value, name);
    if (value === type) return name;
  }
  return undefined;
}

/**
 * Canonical JSON of the whole doc with keys sorted, for comparing two docs. Empty top-level
 * maps are left out: merely reading a collection creates it empty, so two docs with the same
 * content would otherwise compare unequal.
 */
export function canonicalJson(doc: Y.Doc): string {
  const out: Record<string, unknown> = {};
  for (const name of [...doc.share.keys()].sort()) {
    // top-level types are created lazily as Y.AbstractType; read them as maps
    const json = doc.getMap(name).toJSON();
    if (Object.keys(json).length > 0) out[name] = json;
  }
  return JSON.stringify(sortKeys(out));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, sortKeys(obj[k])]),
    );
  }
  return value;
}
