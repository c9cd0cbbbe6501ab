import * as Y from 'yjs';
import { getRecordMap, plainValue } from '../doc/project-doc';
import { explain } from '../domain/fields';
import { CONSENT_PURPOSES, personSchema, personType, type ConsentEntry, type ConsentPurpose, type Person } from '../domain/person';
import { todayIso } from '../ids';
import { fail, ok, type Result } from '../result';
import { transact } from './records';
import { readRecord } from '../read/records';

const consentSchema = personSchema.shape.consent.unwrap();

/**
 * Records whether a person agrees to one purpose, when and how.
 *
 * Consent is held as a map of purpose → entry inside the person, so a withdrawal made on
 * one facilitator's tablet is never undone by another facilitator recording a different
 * purpose offline at the same time.
 */
export function recordConsent(doc: Y.Doc, personId: string, purpose: ConsentPurpose, entry: { given: boolean; date?: string; how?: string }): Result<Person> {
  if (!CONSENT_PURPOSES.includes(purpose)) return fail('Choose what the consent is for from the list.');
  const ymap = getRecordMap(doc, personType, personId);
  if (!ymap) return fail('That member is no longer here. They may have been erased on another device.');
  const candidate: Record<string, unknown> = { given: entry.given, date: entry.date || todayIso() };
  if (entry.how && entry.how.trim()) candidate.how = entry.how;
  const parsed = consentSchema.safeParse({ [purpose]: candidate });
  if (!parsed.success) return fail(explain(parsed.error));
  const clean = parsed.data[purpose] as ConsentEntry;
  transact(doc, () => {
    consentMap(ymap).set(purpose, clean);
  });
  const person = readRecord(doc, personType, personId);
  return person ? ok(person) : fail('That member could not be read after saving consent.');
}

/** One tap: the person no longer agrees. Takes effect everywhere that asks `hasConsent`. */
export function withdrawConsent(doc: Y.Doc, personId: string, purpose: ConsentPurpose, date = todayIso()): Result<Person> {
  return recordConsent(doc, personId, purpose, { given: false, date, how: 'Withdrawn' });
}

/** The person's consent as a Y.Map, turning an older plain value into one first. */
function consentMap(person: Y.Map<unknown>): Y.Map<ConsentEntry> {
  const current = person.get('consent');
  if (current instanceof Y.Map) return current as Y.Map<ConsentEntry>;
  const map = new Y.Map<ConsentEntry>();
  const old = plainValue(current);
  person.set('consent', map);
  if (old && typeof old === 'object') for (const [k, v] of Object.entries(old as Record<string, ConsentEntry>)) map.set(k, v);
  return map;
}
