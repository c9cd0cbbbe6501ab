import { t } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { findMentions } from '../commands/erasure-words';
import { fieldWords } from '../backup/field-words';
import { personType } from '../domain/person';
import { recordTypes } from '../domain/registry';
import { formatDay } from '../format/dates';
import { readProjectMeta } from '../read/project';
import { readAll, readRecord } from '../read/records';
import { fail, ok, type Result } from '../result';

/** Fields that say nothing to the person about themselves. */
const PLUMBING = new Set(['id', 'v']);

function valueLines(value: unknown, indent: string): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'boolean') return [value ? t`yes` : t`no`];
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return [value.map(String).join(', ')];
    return value.flatMap((item) => ['', ...fieldLines(item as Record<string, unknown>, indent + '  ')]);
  }
  if (typeof value === 'object') return ['', ...fieldLines(value as Record<string, unknown>, indent + '  ')];
  return [];
}

function fieldLines(record: Record<string, unknown>, indent: string): string[] {
  const lines: string[] = [];
  for (const [field, value] of Object.entries(record)) {
    if (PLUMBING.has(field)) continue;
    const [first = '', ...rest] = valueLines(value, indent);
    if (first === '' && rest.length === 0) continue;
    lines.push(`${indent}${fieldWords(field)}: ${first}`.trimEnd(), ...rest);
  }
  return lines;
}

/**
 * Everything the project holds about one member, as a plain text file anyone can open: their
 * own record (details, consent, inclusion profile, history), every record that points at
 * them (attendance, payments, training, calls…), and every place their name is typed. For a
 * subject access request; made on the device, never sent anywhere.
 */
export function subjectAccessText(doc: Y.Doc, personId: string, today: string): Result<{ name: string; text: string }> {
  const person = readRecord(doc, personType, personId);
  if (!person) return fail(t`That member is no longer here. They may have been erased on another device.`);
  const name = person.name;
  const project = readProjectMeta(doc)?.name ?? '';
  const day = formatDay(today, 'date-long');
  const lines: string[] = [
    t`Everything held about ${name}`,
    t`Project: ${project}. Made on ${day} by Common Ground, on this device.`,
    '',
    t`About them`,
    ...fieldLines(person as unknown as Record<string, unknown>, '  '),
  ];
  for (const type of recordTypes) {
    if (type === personType || !type.personRefs?.length) continue;
    const linked = readAll(doc, type).filter((r) => type.personRefs!.some((f) => {
      const v = (r as unknown as Record<string, unknown>)[f];
      return v === personId || (Array.isArray(v) && v.includes(personId));
    }));
    if (linked.length === 0) continue;
    const noun = type.noun;
    const count = linked.length;
    lines.push('', t`Records about them: ${noun} (${count})`);
    for (const record of linked) lines.push('', ...fieldLines(record as unknown as Record<string, unknown>, '  '));
  }
  const mentions = name.trim() ? findMentions(doc, name, personId) : [];
  if (mentions.length) {
    lines.push('', t`Where their name is typed`);
    for (const m of mentions) lines.push(`  ${m.noun}, ${fieldWords(m.field)}: …${m.before}${m.matched}${m.after}…`);
  }
  return ok({ name, text: lines.join('\n') + '\n' });
}
