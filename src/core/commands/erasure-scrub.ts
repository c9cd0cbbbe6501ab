import { t } from '@lingui/core/macro';
import * as Y from 'yjs';
import { collectionMap, readRawRecord } from '../doc/project-doc';
import { parseStoredRecord } from '../domain/parse-record';
import { recordTypes } from '../domain/registry';
import type { TextMention } from './erasure-words';
import { applyTextChange } from './records';

/** A text field where the full name could not be replaced without breaking the record. */
export type ScrubFailure = Pick<TextMention, 'collection' | 'noun' | 'id' | 'field'>;

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
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/**
 * Replaces a person's full name typed in any text of the project with "[name removed]" (or
 * with nothing where the words would not fit), for `erasePerson`'s `scrubName`. Call inside
 * its transaction.
 */
export function scrubNameEverywhere(doc: Y.Doc, name: string): { scrubbed: number; failed: ScrubFailure[] } {
  const pattern = namePattern(name)!;
  let scrubbed = 0;
  const failed: ScrubFailure[] = [];
  for (const type of recordTypes) {
    collectionMap(doc, type.collection).forEach((ymap, id) => {
      if (!(ymap instanceof Y.Map)) return;
      const raw = readRawRecord(ymap);
      const fields = Object.keys(raw).filter((f) => mentions(raw[f], pattern));
      if (!fields.length) return;
      let replacement = t({ message: '[name removed]', comment: 'Put in place of an erased person’s name wherever it was typed' });
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
