import * as Y from 'yjs';
import { collectionMap, getRecordMap, locateRecord, readRawRecord, topLevelName, type RecordMap } from '../doc/project-doc';
import { parseStoredRecord } from '../domain/parse-record';
import { personType } from '../domain/person';
import type { RecordType } from '../domain/record-type';
import { recordTypes } from '../domain/registry';
import { erasureType, type Erasure } from '../domain/team/erasure-record';
import { newId, todayIso } from '../ids';
import { fail, ok, type Result } from '../result';
import { findMentions, replaceMentions, type TextMention } from './erasure-words';
import { applyTextChange, readAll, transact } from './records';

export type { TextMention } from './erasure-words';

/** Attendance and other counted records of an erased person carry an id starting with this. */
export const ERASED_PREFIX = 'erased-';
export const isErasedPersonId = (id: string) => id.startsWith(ERASED_PREFIX);

/** What replaces the person's full name in notes and other text when the facilitator asks. */
export const NAME_REMOVED = '[name removed]';

/** A text field where the full name could not be replaced without breaking the record. */
export type ScrubFailure = Pick<TextMention, 'collection' | 'noun' | 'id' | 'field'>;

export interface ErasurePreview {
  name: string;
  /** Records that point at the person, by kind ("attendance mark": 12). */
  references: { collection: string; noun: string; count: number }[];
  /** Every place their name or first name is typed (notes, answers, payments…), with the words around it. */
  mentions: TextMention[];
}

export interface ErasureReport {
  anonymousId: string;
  /** Records whose link to the person was removed (they stay, unattributed). */
  unlinked: number;
  /** Records moved to the anonymous id so they still count (attendance). */
  anonymised: number;
  /** Text fields where the full name was replaced (`scrubName`). */
  scrubbed: number;
  /** Text fields where the name could not be replaced without breaking the record. */
  notScrubbed: ScrubFailure[];
  /** Chosen mentions replaced with "a member" (`replace`). */
  replaced: number;
  /** Keys of chosen mentions that were not replaced: their words changed since the preview, or the record would break. */
  notReplaced: string[];
}

export interface ErasureOptions {
  /** Replace the full name typed anywhere with "[name removed]" (what erasure has always offered). */
  scrubName?: boolean;
  /**
   * Keys of mentions from `previewErasure` to replace with "a member", in the same change as
   * the erasure. Without it, text is left as it is (unless `scrubName`).
   */
  replace?: readonly string[];
  day?: string;
}

/** What erasing this person would touch, to show before the facilitator confirms. */
export function previewErasure(doc: Y.Doc, personId: string): Result<ErasurePreview> {
  const person = getRecordMap(doc, personType, personId);
  if (!person) return fail('That member is no longer here. They may already have been erased.');
  const name = String(readRawRecord(person).name ?? '');
  const references: ErasurePreview['references'] = [];
  for (const type of recordTypes) {
    if (!type.personRefs?.length) continue;
    let count = 0;
    collectionMap(doc, type.collection).forEach((ymap) => {
      if (ymap instanceof Y.Map && refsIn(type, readRawRecord(ymap), personId).length) count++;
    });
    if (count) references.push({ collection: type.collection, noun: type.noun, count });
  }
  return ok({ name, references, mentions: name.trim() ? findMentions(doc, name, personId) : [] });
}

/**
 * Erases a person. Their record is removed; every record that pointed at them either loses
 * the link (contributions and training keep their amounts and dates for the totals) or, where a
 * person is needed for it to count (attendance), is moved to an anonymous id. The mentions of
 * their name the facilitator chose (`replace`, keys from the preview) become "a member" in the
 * same change; with `scrubName`, their full name typed in any text is replaced too.
 *
 * Yjs garbage-collects what is deleted, so the doc and its encoded state no longer hold the
 * name. The device's stored update log still does until the store is compacted: call
 * `session.store.compact()` afterwards (see `eraseMember` in core/team/erase-member.ts).
 * The change reaches other devices as an ordinary update; they should compact too
 * (`onPersonErased`).
 */
export function erasePerson(doc: Y.Doc, personId: string, options: ErasureOptions = {}): Result<ErasureReport> {
  const person = getRecordMap(doc, personType, personId);
  if (!person) return fail('That member is no longer here. They may already have been erased.');
  const name = String(readRawRecord(person).name ?? '');
  const existing = readAll(doc, erasureType).find((e) => e.personId === personId);
  const anonymousId = existing?.anonymousId ?? `${ERASED_PREFIX}${newId()}`;
  const report: ErasureReport = { anonymousId, unlinked: 0, anonymised: 0, scrubbed: 0, notScrubbed: [], replaced: 0, notReplaced: [] };
  transact(doc, () => {
    if (options.replace?.length && name.trim()) {
      const words = replaceMentions(doc, name, new Set(options.replace), personId);
      report.replaced = words.replaced;
      report.notReplaced = words.notReplaced;
    }
    const moved = anonymiseReferences(doc, personId, anonymousId);
    report.unlinked = moved.unlinked;
    report.anonymised = moved.anonymised;
    collectionMap(doc, personType.collection).delete(personId);
    if (options.scrubName && name.trim()) {
      const scrub = scrubNameEverywhere(doc, name);
      report.scrubbed = scrub.scrubbed;
      report.notScrubbed = scrub.failed;
    }
    if (!existing) {
      const id = newId('erasure-');
      const ymap: RecordMap = new Y.Map();
      collectionMap(doc, erasureType.collection).set(id, ymap);
      const record: Erasure = { id, v: erasureType.version, createdAt: `${options.day ?? todayIso()}T00:00:00.000Z`, personId, anonymousId, day: options.day ?? todayIso() };
      for (const [k, v] of Object.entries(record)) ymap.set(k, v);
    }
  });
  return ok(report);
}

/**
 * Keeps an erasure true when a device that was offline sends changes that still point at
 * the erased person (marking them present, adding an expense), or an old backup is loaded:
 * those references are anonymised as soon as they arrive. Call once per open doc; returns
 * a stop function.
 */
export function followErasures(doc: Y.Doc): () => void {
  const watched = new Set(recordTypes.filter((t) => t.personRefs?.length).map((t) => t.collection));
  watched.add(personType.collection);
  let dirty: Dirty = new Map();
  let everything = false;
  let queued = false;
  let sweeping = false;
  const mark = (collection: string, id: string) => {
    if (!watched.has(collection)) return;
    let ids = dirty.get(collection);
    if (!ids) dirty.set(collection, (ids = new Set()));
    ids.add(id);
  };
  const sweep = () => {
    queued = false;
    const only = everything ? undefined : dirty;
    dirty = new Map();
    everything = false;
    const erasures = readAll(doc, erasureType);
    if (!erasures.length) return;
    sweeping = true;
    try {
      transact(doc, () => {
        const people = collectionMap(doc, personType.collection);
        for (const e of erasures) {
          if (people.has(e.personId)) people.delete(e.personId);
          anonymiseReferences(doc, e.personId, e.anonymousId, only);
        }
      });
    } finally {
      sweeping = false;
    }
  };
  // Remote updates and local imports alike: anything may carry an old reference.
  const onTransaction = (tr: Y.Transaction) => {
    if (sweeping) return;
    for (const [type, keys] of tr.changed) {
      if (!type._item) {
        const name = topLevelName(doc, type);
        if (name === erasureType.collection) everything = true;
        else if (name) for (const key of keys) if (key !== null) mark(name, key);
      } else {
        const where = locateRecord(type, doc);
        if (where) mark(where.collection, where.id);
      }
    }
    if (!queued && (everything || dirty.size > 0)) {
      queued = true;
      queueMicrotask(sweep);
    }
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}

/**
 * Calls `listener` whenever a person is erased in this doc, here or on another device. The
 * app compacts the device's stored update log then; the sync part should compact what the
 * server holds too.
 */
export function onPersonErased(doc: Y.Doc, listener: (erasure: { personId: string; anonymousId: string }) => void): () => void {
  const map = collectionMap(doc, erasureType.collection);
  const observer = (event: Y.YMapEvent<RecordMap>) => {
    for (const [key, change] of event.changes.keys) {
      if (change.action !== 'add') continue;
      const ymap = map.get(key);
      if (!(ymap instanceof Y.Map)) continue;
      const raw = readRawRecord(ymap);
      listener({ personId: String(raw.personId ?? ''), anonymousId: String(raw.anonymousId ?? '') });
    }
  };
  map.observe(observer);
  return () => map.unobserve(observer);
}

// ——— references ———

function refersTo(value: unknown, personId: string): boolean {
  return value === personId || (Array.isArray(value) && value.includes(personId));
}

function refsIn(type: RecordType, raw: Record<string, unknown>, personId: string): string[] {
  return (type.personRefs ?? []).filter((field) => refersTo(raw[field], personId));
}

function idHasPerson(id: string, personId: string): boolean {
  return id.split(':').includes(personId);
}

type Dirty = Map<string, Set<string>>; // collection → record ids

/** Unlinks or anonymises every record pointing at the person (or only those in `only`). */
function anonymiseReferences(doc: Y.Doc, personId: string, anonymousId: string, only?: Dirty): { unlinked: number; anonymised: number } {
  let unlinked = 0;
  let anonymised = 0;
  for (const type of recordTypes) {
    if (!type.personRefs?.length) continue;
    const map = collectionMap(doc, type.collection);
    const work: { id: string; ymap: RecordMap; raw: Record<string, unknown>; fields: string[] }[] = [];
    const consider = (ymap: unknown, id: string) => {
      if (!(ymap instanceof Y.Map)) return;
      const raw = readRawRecord(ymap);
      const fields = refsIn(type, raw, personId);
      if (fields.length || idHasPerson(id, personId)) work.push({ id, ymap, raw, fields });
    };
    if (only) for (const id of only.get(type.collection) ?? []) consider(map.get(id), id);
    else map.forEach(consider);
    for (const { id, ymap, raw, fields } of work) {
      const rekey = idHasPerson(id, personId);
      const newRecordId = rekey ? id.split(':').map((p) => (p === personId ? anonymousId : p)).join(':') : id;
      const cleared: Record<string, unknown> = { ...raw, id: newRecordId };
      for (const f of fields) {
        const value = raw[f];
        if (Array.isArray(value)) cleared[f] = value.filter((v) => v !== personId);
        else delete cleared[f];
      }
      const repointed: Record<string, unknown> = { ...raw, id: newRecordId };
      for (const f of fields) {
        const value = raw[f];
        repointed[f] = Array.isArray(value) ? value.map((v) => (v === personId ? anonymousId : v)) : anonymousId;
      }
      // Keep the record unattributed if it is still valid without the person; otherwise it
      // only exists to count someone (attendance), so it counts an anonymous someone.
      let next: Record<string, unknown> | null = null;
      if (parseStoredRecord(type, cleared).ok && !rekey) next = cleared;
      else if (parseStoredRecord(type, repointed).ok) next = repointed;
      else if (parseStoredRecord(type, cleared).ok) next = cleared;
      if (!next) {
        map.delete(id); // not valid either way: it held nothing but the link
        continue;
      }
      if (next === cleared) unlinked++;
      else anonymised++;
      if (rekey) {
        map.delete(id);
        if (map.has(newRecordId)) continue;
        const fresh: RecordMap = new Y.Map();
        map.set(newRecordId, fresh);
        writePlain(fresh, type, next);
      } else {
        for (const key of Object.keys(raw)) if (!(key in next)) ymap.delete(key);
        for (const f of fields) if (f in next) ymap.set(f, next[f]);
      }
    }
  }
  return { unlinked, anonymised };
}

function writePlain(ymap: RecordMap, type: RecordType, record: Record<string, unknown>) {
  const textFields = new Set(type.textFields ?? []);
  for (const [k, v] of Object.entries(record)) {
    if (v === undefined) continue;
    ymap.set(k, textFields.has(k) && typeof v === 'string' ? new Y.Text(v) : v);
  }
}

// ——— names typed in text ———

function namePattern(name: string): RegExp | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

function replaceDeep(value: unknown, pattern: RegExp, replacement: string): unknown {
  if (typeof value === 'string') return value.replace(pattern, replacement);
  if (Array.isArray(value)) return value.map((v) => replaceDeep(v, pattern, replacement));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceDeep(v, pattern, replacement)]));
  return value;
}

function mentions(value: unknown, pattern: RegExp): boolean {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

function scrubNameEverywhere(doc: Y.Doc, name: string): { scrubbed: number; failed: ScrubFailure[] } {
  const pattern = namePattern(name)!;
  let scrubbed = 0;
  const failed: ScrubFailure[] = [];
  for (const type of recordTypes) {
    collectionMap(doc, type.collection).forEach((ymap, id) => {
      if (!(ymap instanceof Y.Map)) return;
      const raw = readRawRecord(ymap);
      const fields = Object.keys(raw).filter((f) => mentions(raw[f], pattern));
      if (!fields.length) return;
      let replacement = NAME_REMOVED;
      let next = withReplaced(raw, fields, pattern, replacement);
      if (!parseStoredRecord(type, next).ok) {
        replacement = '';
        next = withReplaced(raw, fields, pattern, replacement);
      }
      if (!parseStoredRecord(type, next).ok && parseStoredRecord(type, raw).ok) {
        for (const field of fields) failed.push({ collection: type.collection, noun: type.noun, id, field });
        return;
      }
      for (const field of fields) {
        const current = ymap.get(field);
        if (current instanceof Y.Text) applyTextChange(current, String(next[field]));
        else if (current instanceof Y.Map) replaceInYMap(current, pattern, replacement);
        else ymap.set(field, next[field]);
        scrubbed++;
      }
    });
  }
  return { scrubbed, failed };
}

function withReplaced(raw: Record<string, unknown>, fields: string[], pattern: RegExp, replacement: string) {
  const next = { ...raw };
  for (const f of fields) next[f] = replaceDeep(raw[f], pattern, replacement);
  return next;
}

function replaceInYMap(map: Y.Map<unknown>, pattern: RegExp, replacement: string) {
  map.forEach((value, key) => {
    if (value instanceof Y.Text) applyTextChange(value, replaceDeep(value.toString(), pattern, replacement) as string);
    else if (value instanceof Y.Map) replaceInYMap(value, pattern, replacement);
    else if (!(value instanceof Y.AbstractType) && mentions(value, pattern)) map.set(key, replaceDeep(value, pattern, replacement));
  });
}
