import { describe, expect, it } from 'vitest';
import type { Contribution } from '../../../src/core/domain/team/contribution';
import { ledgerTotals, mayAffectBenefits, totalsMayAffectBenefits } from '../../../src/core/team/ledger';
import { formatHours, formatPence } from '../../../src/core/format/numbers';
import { parseHours, parsePounds } from '../../../src/core/team/money';

let n = 0;
const entry = (c: Partial<Contribution> & Pick<Contribution, 'kind'>): Contribution => ({
  id: `c${++n}`,
  v: 1,
  createdAt: '2026-01-01T00:00:00Z',
  date: '2026-02-01',
  forWhat: 'Group meeting',
  ...c,
});

describe('reciprocity ledger totals', () => {
  it('adds up mixed kinds per member and for the project', () => {
    const ledger = ledgerTotals([
      entry({ personId: 'amira', kind: 'expense', expenseType: 'travel', paid: 'up-front', amountPence: 1250 }),
      entry({ personId: 'amira', kind: 'expense', expenseType: 'childcare', paid: 'reimbursed', amountPence: 2000 }),
      entry({ personId: 'amira', kind: 'time-credit', hours: 2.5 }),
      entry({ personId: 'ben', kind: 'payment', basis: 'day', quantity: 1, amountPence: 12_000 }),
      entry({ personId: 'ben', kind: 'voucher', amountPence: 2500 }),
      entry({ personId: 'ben', kind: 'time-credit', hours: 1 }),
      entry({ kind: 'expense', expenseType: 'other', amountPence: 300 }), // erased member: counts, unattributed
      entry({ personId: 'ben', kind: 'payment', amountPence: 99_999, archived: true }), // removed entry
    ]);
    expect(ledger.byPerson.get('amira')).toMatchObject({ expensesPence: 3250, expensesByType: { travel: 1250, childcare: 2000, other: 0 }, moneyPence: 3250, timeCreditHours: 2.5, entries: 3 });
    expect(ledger.byPerson.get('ben')).toMatchObject({ paymentsPence: 12_000, vouchersPence: 2500, moneyPence: 14_500, timeCreditHours: 1, entries: 3 });
    expect(ledger.unattributed).toMatchObject({ expensesPence: 300, moneyPence: 300, entries: 1 });
    expect(ledger.project).toMatchObject({ expensesPence: 3550, paymentsPence: 12_000, vouchersPence: 2500, moneyPence: 18_050, timeCreditHours: 3.5, entries: 7 });
  });

  it('flags payments and vouchers, not expenses or time credits, as things that may affect benefits', () => {
    expect(mayAffectBenefits('payment')).toBe(true);
    expect(mayAffectBenefits('voucher')).toBe(true);
    expect(mayAffectBenefits('expense')).toBe(false);
    expect(mayAffectBenefits('time-credit')).toBe(false);
    const ledger = ledgerTotals([entry({ personId: 'a', kind: 'expense', expenseType: 'travel', amountPence: 500 }), entry({ personId: 'b', kind: 'voucher', amountPence: 500 })]);
    expect(totalsMayAffectBenefits(ledger.byPerson.get('a')!)).toBe(false);
    expect(totalsMayAffectBenefits(ledger.byPerson.get('b')!)).toBe(true);
  });
});

describe('reading amounts people type', () => {
  it('reads pounds and pence as whole pence', () => {
    expect(parsePounds('12.50')).toEqual({ ok: true, value: 1250 });
    expect(parsePounds('£12.5')).toEqual({ ok: true, value: 1250 });
    expect(parsePounds(' 7 ')).toEqual({ ok: true, value: 700 });
    expect(parsePounds('1,200')).toEqual({ ok: true, value: 120_000 });
    expect(parsePounds('0.01')).toEqual({ ok: true, value: 1 });
  });

  it('refuses negative, zero, absurd and unreadable amounts with a clear message', () => {
    const message = (typed: string) => {
      const r = parsePounds(typed);
      return r.ok ? null : r.message;
    };
    expect(message('-5')).toMatch(/cannot be negative/);
    expect(message('−5')).toMatch(/cannot be negative/);
    expect(message('0')).toMatch(/more than £0/);
    expect(message('')).toMatch(/Enter the amount/);
    expect(message('5000.01')).toMatch(/more than £5,000/);
    expect(message('99999999999999')).toMatch(/more than £5,000/);
    expect(message('1e9')).toMatch(/not an amount we can read/);
    expect(message('12.345')).toMatch(/two numbers after the point/);
    expect(message('twelve')).toMatch(/not an amount we can read/);
    expect(message('NaN')).toMatch(/not an amount we can read/);
  });

  it('reads hours in quarters and refuses negative or absurd hours', () => {
    expect(parseHours('2')).toEqual({ ok: true, value: 2 });
    expect(parseHours('1.5 hours')).toEqual({ ok: true, value: 1.5 });
    expect(parseHours('1:15')).toEqual({ ok: true, value: 1.25 });
    expect(parseHours('-2').ok).toBe(false);
    expect(parseHours('0').ok).toBe(false);
    expect(parseHours('101').ok).toBe(false);
    expect(parseHours('1.1').ok).toBe(false);
  });

  it('shows money and hours in plain words', () => {
    expect(formatPence(123_450)).toBe('£1,234.50');
    expect(formatPence(5)).toBe('£0.05');
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(2.5)).toBe('2.5 hours');
  });
});
