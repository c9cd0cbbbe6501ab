import * as Y from 'yjs';
import { collectionMap, metaMap, plainValue, readRawRecord } from '../doc/project-doc';
import { parseStoredRecord } from '../domain/parse-record';
import { personType } from '../domain/person';
import { projectMetaSchema } from '../domain/project-meta';
import type { RecordType } from '../domain/record-type';
import { recordTypes } from '../domain/registry';
import { firstNameOf, looksLikeOrdinaryWord, memberWordsAt, nameFinder, type NameFinder, type NameMatch } from '../team/names-in-text';
import { applyTextChange } from './records';

/** One place where a person's name or first name is typed, with the words around it. */
export interface TextMention {
  collection: string;
  /** What the place is, in a few words: "contribution", "response", "project". */
  noun: string;
  id: string;
  /** The field it is in ("forWhat"). */
  field: string;
  /** The field, then keys and positions inside it: ["answers", "q-comment"]. */
  path: (string | number)[];
  /** Chooses this place when erasing: the same for the same words in the same place. */
  key: string;
  /** Up to a few words before the name, the name as typed, and a few words after. */
  before: string;
  matched: string;
  after: string;
  /** Probably an everyday word rather than the person ("we will", "3 May"): not ticked at first. */
  ordinary: boolean;
}

const META = { collection: 'meta', noun: 'project', id: 'project' };
const NOT_TEXT = new Set(['id', 'v', 'createdAt']);
const AROUND = 40;

/** A finder for a person's full name and the name they are called by. */
function personNameFinder(name: string): NameFinder {
  const first = firstNameOf(name);
  return nameFinder(first ? [name, first] : [name]);
}

interface Place {
  collection: string;
  noun: string;
  id: string;
  raw: Record<string, unknown>;
  type?: RecordType;
  ymap: Y.Map<unknown>;
}

function* places(doc: Y.Doc, skipPersonId?: string): Generator<Place> {
  yield { ...META, raw: metaMap(doc).toJSON() as Record<string, unknown>, ymap: metaMap(doc) };
  for (const type of recordTypes) {
    for (const [id, ymap] of collectionMap(doc, type.collection)) {
      if (!(ymap instanceof Y.Map) || (type === personType && id === skipPersonId)) continue;
      yield { collection: type.collection, noun: type.noun, id, raw: readRawRecord(ymap), type, ymap };
    }
  }
}

/** Every string inside a value, with where it is. */
function* strings(value: unknown, path: (string | number)[]): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, item] of Object.entries(value)) yield* strings(item, [...path, k]);
}

const keyOf = (collection: string, id: string, path: readonly (string | number)[], n: number, matched: string) => JSON.stringify([collection, id, path, n, matched]);

function words(text: string, match: NameMatch): { before: string; after: string } {
  let before = text.slice(Math.max(0, match.start - AROUND), match.start);
  let after = text.slice(match.end, match.end + AROUND);
  if (match.start > AROUND) before = `…${before.replace(/^\S*\s/, '')}`;
  if (match.end + AROUND < text.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before: before.replace(/\s+/g, ' '), after: after.replace(/\s+/g, ' ') };
}

/** Every place where the name (or its first name) is typed in the project, except the person's own record. */
export function findMentions(doc: Y.Doc, name: string, skipPersonId?: string): TextMention[] {
  const find = personNameFinder(name);
  const out: TextMention[] = [];
  for (const place of places(doc, skipPersonId)) {
    for (const [field, value] of Object.entries(place.raw)) {
      if (NOT_TEXT.has(field)) continue;
      for (const { path, text } of strings(value, [field])) {
        find(text).forEach((match, n) => {
          out.push({
            collection: place.collection,
            noun: place.noun,
            id: place.id,
            field,
            path,
            key: keyOf(place.collection, place.id, path, n, match.text),
            matched: match.text,
            ...words(text, match),
            ordinary: looksLikeOrdinaryWord(text, match),
          });
        });
      }
    }
  }
  return out;
}

/**
 * Puts "a member" in place of each chosen mention of the name. A place whose record would no
 * longer be valid that way (a short field near its limit) loses the name without words in its
 * place; if even that is not valid, it stays and its key is returned as not replaced. Keys
 * that no longer match anything (the words changed since the preview) are returned too.
 * Call inside a transaction.
 */
export function replaceMentions(doc: Y.Doc, name: string, chosen: ReadonlySet<string>, skipPersonId?: string): { replaced: number; notReplaced: string[] } {
  const find = personNameFinder(name);
  const seen = new Set<string>();
  const notReplaced: string[] = [];
  let replaced = 0;
  for (const place of [...places(doc, skipPersonId)]) {
    const edits: { path: (string | number)[]; text: string; matches: NameMatch[]; keys: string[] }[] = [];
    for (const [field, value] of Object.entries(place.raw)) {
      if (NOT_TEXT.has(field)) continue;
      for (const { path, text } of strings(value, [field])) {
        const picked = find(text)
          .map((match, n) => ({ match, key: keyOf(place.collection, place.id, path, n, match.text) }))
          .filter(({ key }) => chosen.has(key));
        for (const { key } of picked) seen.add(key);
        if (picked.length) edits.push({ path, text, matches: picked.map((p) => p.match), keys: picked.map((p) => p.key) });
      }
    }
    if (!edits.length) continue;
    const keys = edits.flatMap((e) => e.keys);
    const withWords = fits(place, edits, true);
    if (!withWords && !fits(place, edits, false)) {
      notReplaced.push(...keys);
      continue;
    }
    for (const edit of edits) writeAt(place.ymap, edit.path, replaceWith(edit.text, edit.matches, withWords));
    replaced += keys.length;
  }
  for (const key of chosen) if (!seen.has(key)) notReplaced.push(key);
  return { replaced, notReplaced };
}

/** Whether the record stays valid with these replacements ("a member", or nothing at all). */
function fits(place: Place, edits: readonly { path: (string | number)[]; text: string; matches: NameMatch[] }[], withWords: boolean): boolean {
  const next = structuredClone(place.raw);
  for (const edit of edits) setPlain(next, edit.path, replaceWith(edit.text, edit.matches, withWords));
  return place.type ? parseStoredRecord(place.type, next).ok : projectMetaSchema.safeParse(next).success;
}

function replaceWith(text: string, matches: readonly NameMatch[], withWords: boolean): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + (withWords ? memberWordsAt(text, m.start) : '');
    at = m.end;
  }
  return out + text.slice(at);
}

function setPlain(container: unknown, path: readonly (string | number)[], text: string) {
  let at = container as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = text;
}

/** Writes the new text where it sits: as an edit of a Y.Text, or a new plain value for the field. */
function writeAt(ymap: Y.Map<unknown>, path: readonly (string | number)[], text: string) {
  const [head, ...rest] = path as [string, ...(string | number)[]];
  const current = ymap.get(head);
  if (rest.length === 0) {
    if (current instanceof Y.Text) applyTextChange(current, text);
    else ymap.set(head, text);
  } else if (current instanceof Y.Map) {
    writeAt(current, rest, text);
  } else {
    const value = structuredClone(plainValue(current));
    setPlain(value, rest, text);
    ymap.set(head, value);
  }
}
