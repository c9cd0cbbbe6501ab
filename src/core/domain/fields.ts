import { t } from '@lingui/core/macro';
import { z } from 'zod';
import { formatNumber } from '../format/intl';

// Control characters other than tab and newline never belong in what people type; they
// arrive with pasted rich text or damaged files and can break exports.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2028\u2029\uFEFF]/g;

export function cleanText(value: string, multiline: boolean): string {
  let text = cleanTyping(value);
  if (!multiline) text = text.replace(/\s+/g, ' ');
  return text.trim();
}

/** The same cleaning without trimming, for text as it is typed (a space just typed must stay). */
export function cleanTyping(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** One line of text a person typed, cleaned and limited. `label` names it in messages. */
export function shortText(label: string, max = 200) {
  return z
    .string({ error: `${label} must be text.` })
    .transform((v) => cleanText(v, false))
    .pipe(z.string().max(max, { error: `${label} is too long: keep it to ${max} characters or fewer.` }));
}

export function requiredText(label: string, max = 200) {
  return shortText(label, max).pipe(z.string().min(1, { error: `${label} cannot be empty.` }));
}

/** Several lines of text (notes, sections of a document). */
export function longText(label: string, max = 20_000) {
  return z
    .string({ error: `${label} must be text.` })
    .transform((v) => cleanText(v, true))
    // A function, so the number is formatted only when the message is needed: formatting it
    // for every long-text field as the schemas load cost a noticeable slice of start-up.
    .pipe(z.string().max(max, { error: () => `${label} is too long: keep it to ${formatNumber(max)} characters or fewer.` }));
}

export const isoDate = (label: string) =>
  z
    .string({ error: `${label} must be a date.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date like 2026-03-14.` })
    .refine((v) => !Number.isNaN(Date.parse(v + 'T00:00:00Z')) && new Date(v + 'T00:00:00Z').toISOString().startsWith(v), {
      error: `${label} is not a real date.`,
    });

export const isoDateTime = (label: string) =>
  z.string({ error: `${label} must be a date and time.` }).refine((v) => !Number.isNaN(Date.parse(v)), {
    error: `${label} is not a real date and time.`,
  });

/** A time of day on the 24-hour clock, such as 10:00. */
export const clockTime = (label: string) =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} must be a time like 10:00.` });

export const recordId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_:.-]+$/, { error: 'That record id is not valid.' });

/** Turns a zod error into one plain-English sentence for the person using the app. */
export function explain(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first || !(first.code === 'invalid_type' || first.code === 'custom' || first.message)) return t`Something in that was not right.`;
  const detail = first.message;
  // zod's built-in messages are for developers; ours are full sentences.
  if (/[.!?]$/.test(detail)) return detail;
  const where = first.path.join(' → ');
  return where ? t`Something in that was not right (${where}): ${detail}.` : t`Something in that was not right: ${detail}.`;
}
