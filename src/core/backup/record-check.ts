import * as Y from 'yjs';
import type { z } from 'zod';
import { parseStoredRecord } from '../domain/parse-record';
import type { BaseRecord, RecordType } from '../domain/record-type';
import { fieldWords } from './field-words';

/*
 * What the app itself writes into a record, and nothing else. A record is a Y.Map of field →
 * value where each value is
 *   - plain data (a string, number, boolean, null, or arrays and plain objects of these);
 *   - for the record type's long-text fields: a Y.Text holding only characters;
 *   - for its map fields (consent): a Y.Map of key → plain data.
 * Two older shapes still read, reported as `legacy`: long text as a plain string, and consent
 * as a plain object (as the example project held it before this version).
 */

/** Keys that would reach an object's prototype when the data is read into plain objects. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface RecordVerdict {
  record: BaseRecord;
  /** Top-level fields the record's kind does not have: the gate removes them. */
  unknownFields: string[];
  /** Fields holding parts the kind does not have, with the value to keep instead (the same value without them). */
  trimmed: { field: string; key?: string; value: unknown }[];
  /** Fields held in a shape older versions wrote (plain long text, plain consent), which still reads. */
  legacy: string[];
}

/** Why a record cannot be used, before it is put into words for a file or for a merge. */
export interface RecordProblem {
  noun: string;
  /** The field at fault, when one is. */
  field?: string;
  /** "shape": not how the app writes it; "name": a key the app never uses; "rule": breaks its kind's rules (the reason says which). */
  kind: 'shape' | 'name' | 'rule' | 'misfiled';
  reason?: string;
}

export type RecordCheck = { ok: true; value: RecordVerdict } | { ok: false; problem: RecordProblem };

const problem = (p: RecordProblem): { ok: false; problem: RecordProblem } => ({ ok: false, problem: p });

/** The problem in words, for a file that is being checked on its own. */
export function fileProblemWords(p: RecordProblem): string {
  const where = p.field ? ` (its “${fieldWords(p.field)}”)` : '';
  switch (p.kind) {
    case 'shape':
      return p.field
        ? `One ${p.noun} in this file holds its “${fieldWords(p.field)}” in a form Common Ground does not write, so nothing was restored. If a newer version made the file, update the app here first.`
        : `One ${p.noun} in this file is not stored the way Common Ground stores records, so nothing was restored.`;
    case 'name':
      return `One ${p.noun} in this file has a part whose name Common Ground never uses, so nothing was restored. The file was not made by Common Ground.`;
    case 'misfiled':
      return `One ${p.noun} in this file is filed under the wrong name, so nothing was restored.`;
    default:
      return `One ${p.noun} in this file cannot be used${where}: ${p.reason ?? 'it breaks the rules for its kind.'} Nothing was restored.`;
  }
}

/**
 * Plain data as lib0 decodes it: JSON-like values only, in plain objects whose prototype is
 * Object's. A key "__proto__" in a decoded object sets its prototype instead of a field, so
 * it shows up here as an object with the wrong prototype.
 */
export function isPlainData(value: unknown, depth = 0): boolean {
  return plainDataProblem(value, depth) === null;
}

/** Why a value is not plain data: a forbidden key (or prototype), or a kind of value the app never writes. */
function plainDataProblem(value: unknown, depth = 0): 'key' | 'value' | null {
  if (depth > 32) return 'value';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'value';
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return 'key';
    for (const item of value) {
      const problem = plainDataProblem(item, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value !== 'object') return 'value';
  if (Object.getPrototypeOf(value) !== Object.prototype) return 'key';
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return 'key';
    const problem = plainDataProblem((value as Record<string, unknown>)[key], depth + 1);
    if (problem) return problem;
  }
  return null;
}

const isForbiddenKey = (key: string) => FORBIDDEN_KEYS.has(key);

type Entry = { ok: true; value: unknown } | { ok: false; problem: 'key' | 'value' };

/** The one value a map entry holds, when it holds exactly one plain value the way Y.Map.set writes it. */
function plainEntry(item: Y.Item): Entry {
  const content = item.content;
  if (!(content instanceof Y.ContentAny) || content.getLength() !== 1) return { ok: false, problem: 'value' };
  const value = content.getContent()[0];
  const problem = plainDataProblem(value);
  return problem ? { ok: false, problem } : { ok: true, value };
}

/** A Y.Text with characters only: no formatting, embeds or attributes, which the app never writes. */
function plainText(text: Y.Text): string | null {
  if (text._map.size > 0) return null;
  let out = '';
  for (let item = text._start; item; item = item.right) {
    if (item.deleted) continue;
    if (!(item.content instanceof Y.ContentString)) return null;
    out += item.content.str;
  }
  return out;
}

/** A Y.Map of key → plain value, or why it is not one. */
function plainMap(map: Y.Map<unknown>): { ok: true; value: Record<string, unknown> } | { ok: false; problem: 'key' | 'value' } {
  if (map._start !== null) return { ok: false, problem: 'value' };
  const value: Record<string, unknown> = {};
  for (const [key, item] of map._map) {
    if (item.deleted) continue;
    if (isForbiddenKey(key)) return { ok: false, problem: 'key' };
    const entry = plainEntry(item);
    if (!entry.ok) return entry;
    value[key] = entry.value;
  }
  return { ok: true, value };
}

function schemaKeys(type: RecordType): ReadonlySet<string> | null {
  const shape = (type.schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? new Set(Object.keys(shape)) : null;
}

/** True when `raw` holds a key, at any depth, that `parsed` (the schema's output) does not. */
function hasExtras(raw: unknown, parsed: unknown): boolean {
  if (Array.isArray(raw)) return Array.isArray(parsed) && raw.some((item, i) => hasExtras(item, parsed[i]));
  if (!raw || typeof raw !== 'object' || !parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
  for (const key of Object.keys(raw)) {
    if (!(key in parsed) || hasExtras((raw as Record<string, unknown>)[key], (parsed as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/** `raw` without what `parsed` does not hold, keeping everything else exactly as stored. */
function withoutExtras(raw: unknown, parsed: unknown): unknown {
  if (Array.isArray(raw)) return Array.isArray(parsed) ? raw.map((item, i) => withoutExtras(item, parsed[i])) : raw;
  if (!raw || typeof raw !== 'object' || !parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return raw;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (key in parsed) out[key] = withoutExtras(value, (parsed as Record<string, unknown>)[key]);
  return out;
}

/** The field and reason a record failed its schema; our own messages are sentences already, zod's are not shown. */
function ruleProblem(type: RecordType, error: z.ZodError | undefined, fallback: string): RecordProblem {
  const issue = error?.issues[0];
  const field = issue && typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  const reason = issue && /[.!?]$/.test(issue.message) ? issue.message : /[.!?]$/.test(fallback) && !/received|expected|Something in that/.test(fallback) ? fallback : 'It is not in a form this version of Common Ground can read.';
  return { noun: type.noun, kind: 'rule', reason, ...(field ? { field } : {}) };
}

/**
 * Checks one record exactly as it is stored in a doc: its shape, field by field, then its
 * schema. Never throws; never changes the record.
 */
export function checkRecord(type: RecordType, id: string, record: unknown): RecordCheck {
  if (!(record instanceof Y.Map) || record._start !== null) return problem({ noun: type.noun, kind: 'shape' });
  const fields = (record as Y.Map<unknown>)._map;
  const known = schemaKeys(type);
  // Fields of an older version are for its migration to read, not extras to remove.
  const current = (record as Y.Map<unknown>).get('v') === type.version;
  const textFields = new Set(type.textFields ?? []);
  const mapFields = new Set(type.mapFields ?? []);
  const raw: Record<string, unknown> = {};
  const unknownFields: string[] = [];
  const legacy: string[] = [];
  for (const [field, item] of fields) {
    if (item.deleted) continue;
    if (isForbiddenKey(field)) return problem({ noun: type.noun, kind: 'name' });
    if (current && known && !known.has(field)) {
      unknownFields.push(field);
      continue;
    }
    const content = item.content;
    if (content instanceof Y.ContentType) {
      const nested = content.type;
      if (nested instanceof Y.Text && textFields.has(field)) {
        const text = plainText(nested);
        if (text === null) return problem({ noun: type.noun, kind: 'shape', field });
        raw[field] = text;
      } else if (nested instanceof Y.Map && mapFields.has(field)) {
        const map = plainMap(nested as Y.Map<unknown>);
        if (!map.ok) return problem({ noun: type.noun, kind: map.problem === 'key' ? 'name' : 'shape', field });
        raw[field] = map.value;
      } else return problem({ noun: type.noun, kind: 'shape', field });
      continue;
    }
    const entry = plainEntry(item);
    if (!entry.ok) return problem({ noun: type.noun, kind: entry.problem === 'key' ? 'name' : 'shape', field });
    if ((textFields.has(field) && typeof entry.value === 'string') || mapFields.has(field)) legacy.push(field);
    raw[field] = entry.value;
  }
  const parsed = parseStoredRecord(type, raw);
  if (!parsed.ok) return problem(ruleProblem(type, type.schema.safeParse(raw).error, parsed.message));
  if (parsed.value.id !== id) return problem({ noun: type.noun, kind: 'misfiled' });
  const trimmed: RecordVerdict['trimmed'] = [];
  if (current) {
    const out = parsed.value as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(raw)) {
      if (value === null || typeof value !== 'object') continue;
      const stored = (record as Y.Map<unknown>).get(field);
      if (stored instanceof Y.Map) {
        for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
          const kept = (out[field] as Record<string, unknown> | undefined)?.[key];
          if (hasExtras(entry, kept)) trimmed.push({ field, key, value: withoutExtras(entry, kept) });
        }
      } else if (hasExtras(value, out[field])) trimmed.push({ field, value: withoutExtras(value, out[field]) });
    }
  }
  return { ok: true, value: { record: parsed.value, unknownFields, trimmed, legacy } };
}
