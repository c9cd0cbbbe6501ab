import type { ProjectMeta } from '../domain/project-meta';
import { hasConsent, personType, type Person } from '../domain/person';
import type { RecordType } from '../domain/record-type';
import { barrierType } from '../domain/team/barrier';
import { firstNameOf, nameFinder, replaceMatches, type NameFinder } from '../team/names-in-text';
import type { ProjectSource } from './source';

/**
 * The names a pack must not print: every person who has not agreed to be named in it
 * (never asked, said no, or withdrew), archived people and walk-ins included, and people
 * who were interested but could not take part. Full name and first name (but not a first name
 * used as an everyday word: "we will", "3 May"). The full names of people who agreed are kept
 * whole, so "Sam Patel" stays when another Sam is hidden.
 */
export function hiddenNamesFinder(source: ProjectSource): NameFinder {
  const people = source.records(personType, { archived: true }) as Person[];
  const hide: string[] = [];
  const keep: string[] = [];
  const hideName = (name: string) => {
    hide.push(name);
    const first = firstNameOf(name);
    if (first) hide.push(first);
  };
  for (const person of people) {
    if (hasConsent(person, 'namedInPack')) keep.push(person.name);
    else hideName(person.name);
  }
  for (const barrier of source.records(barrierType, { archived: true })) if (barrier.name?.trim()) hideName(barrier.name);
  return nameFinder(hide, keep, { skipOrdinaryWords: true });
}

/** The text with "a member" in place of each name the finder finds. */
export function redactText(text: string, find: NameFinder): string {
  const matches = find(text);
  return matches.length ? replaceMatches(text, matches) : text;
}

// Fields that hold ids, codes, dates and contact details (shown only for people who agreed), never words about others.
const CODE_FIELD = /^(id|v|createdAt|day|date|.*Id|.*Ids|.*On|since|statusSince|email|phone)$/;
const codeFields = new Map<string, boolean>();
function isCodeField(key: string): boolean {
  let code = codeFields.get(key);
  if (code === undefined) codeFields.set(key, (code = CODE_FIELD.test(key)));
  return code;
}

/**
 * The project as the pack reads it, with "a member" in place of every hidden name in every
 * piece of text: titles, notes, answers, places, the project's own name. A person's own
 * `name` stays, so a part can still name the people who agreed (through `nameForPack`).
 */
export function redactedSource(source: ProjectSource, find: NameFinder): ProjectSource {
  const redact = (text: string) => redactText(text, find);
  const meta: ProjectMeta = { ...source.meta, name: redact(source.meta.name), purpose: redact(source.meta.purpose) };
  const cache = new Map<string, unknown[]>();
  return {
    meta,
    records(type, options) {
      const key = `${type.collection}${options?.archived ? '+archived' : ''}`;
      let list = cache.get(key);
      if (!list) cache.set(key, (list = source.records(type, options).map((record) => redactRecord(type, record as Record<string, unknown>, redact))));
      return list as never;
    },
  };
}

function redactRecord(type: RecordType, record: Record<string, unknown>, redact: (text: string) => string): Record<string, unknown> {
  let changed: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(record)) {
    if (isCodeField(key) || (type === personType && key === 'name')) continue;
    const next = redactDeep(value, redact);
    if (next !== value) (changed ??= { ...record })[key] = next;
  }
  if (!changed) return record;
  // A value from a fixed list (a role, a kind) only looked like a name: the schema refuses it
  // changed, so it goes back. Anything else stays changed, even if it is now too long.
  const checked = type.schema.safeParse(changed);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = issue.path[0];
      if (typeof key === 'string' && typeof record[key] === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(record[key] as string)) changed[key] = record[key];
    }
  }
  return changed;
}

function redactDeep(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((item, i) => {
      const next = redactDeep(item, redact);
      if (next !== item) (out ??= [...value])[i] = next;
    });
    return out ?? value;
  }
  if (value && typeof value === 'object') {
    let out: Record<string, unknown> | null = null;
    for (const [k, item] of Object.entries(value)) {
      if (isCodeField(k)) continue;
      const next = redactDeep(item, redact);
      if (next !== item) (out ??= { ...(value as Record<string, unknown>) })[k] = next;
    }
    return out ?? value;
  }
  return value;
}
