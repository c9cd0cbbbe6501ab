import { t } from '@lingui/core/macro';
import { MAX_ENTRY_HOURS, MAX_ENTRY_PENCE } from '../domain/team/contribution';
import { fail, ok, type Result } from '../result';

/**
 * Reads an amount typed in pounds ("12.50", "£12.5", "1,200") as whole pence.
 * Negative, zero, absurd and unreadable amounts get a plain-English message.
 */
export function parsePounds(typed: string): Result<number> {
  const text = typed
    .trim()
    .replace(/^£\s*/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '');
  if (text === '') return fail(t`Enter the amount in pounds, like 12.50.`);
  if (/^[-−–]/.test(text) || text.startsWith('(')) return fail(t`Amounts cannot be negative. Enter what was given, like 12.50.`);
  if (!/^\d+(\.\d{1,2})?$/.test(text)) {
    if (/^\d+\.\d{3,}$/.test(text)) return fail(t`Use pounds and pence with at most two numbers after the point, like 12.50.`);
    return fail(t`That is not an amount we can read. Use numbers, like 12.50.`);
  }
  const [pounds, pence = ''] = text.split('.');
  if (pounds!.length > 9) return fail(t`That is more than £5,000 for one entry. Check the amount.`);
  const value = Number(pounds) * 100 + Number(pence.padEnd(2, '0'));
  if (value === 0) return fail(t`An amount must be more than £0.`);
  if (value > MAX_ENTRY_PENCE) return fail(t`That is more than £5,000 for one entry. Check the amount.`);
  return ok(value);
}

/** Reads hours typed as "2", "1.5" or "1:30"; counted in quarter hours. */
export function parseHours(typed: string): Result<number> {
  const text = typed.trim().replace(/\s*(hours?|hrs?|h)$/i, '');
  if (text === '') return fail(t`Enter how many hours, like 2 or 1.5.`);
  if (/^[-−–]/.test(text)) return fail(t`Hours cannot be negative. Enter how many hours, like 2 or 1.5.`);
  let hours: number;
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(text);
  if (clock) hours = Number(clock[1]) + Number(clock[2]) / 60;
  else if (/^\d{1,4}(\.\d+)?$/.test(text)) hours = Number(text);
  else return fail(t`That is not a number of hours we can read. Use numbers, like 2 or 1.5.`);
  if (hours === 0) return fail(t`Hours must be more than 0.`);
  if (hours > MAX_ENTRY_HOURS) return fail(t`That is more than ${MAX_ENTRY_HOURS} hours for one entry. Check the hours.`);
  if (!Number.isInteger(hours * 4)) return fail(t`Hours go in quarters: for example 1, 1.5 or 2.25.`);
  return ok(hours);
}
