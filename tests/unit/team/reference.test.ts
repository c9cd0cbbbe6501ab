import { describe, expect, it } from 'vitest';
import { readAll } from '../../../src/core/read/records';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { attendanceType } from '../../../src/core/domain/attendance';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType, wantsSupport } from '../../../src/core/domain/person';
import { responseType } from '../../../src/core/domain/response';
import { barrierType } from '../../../src/core/domain/team/barrier';
import { contributionType } from '../../../src/core/domain/team/contribution';
import { trainingType } from '../../../src/core/domain/team/training';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { YEAR_OF_USE } from '../../../src/core/reference/sizes';
import { groupBalance } from '../../../src/core/team/balance';
import { ledgerTotals } from '../../../src/core/team/ledger';
import { packCredits } from '../../../src/core/team/naming';

describe('the example project’s team', () => {
  it('has members with support, training, expenses and rewards, and barriers without details unless agreed', () => {
    const doc = createProjectDoc('ref');
    generateReferenceProject(doc, { size: YEAR_OF_USE });
    const people = readAll(doc, personType);
    expect(people).toHaveLength(YEAR_OF_USE.members);
    expect(people.some((p) => wantsSupport(p, 'call-before'))).toBe(true);
    expect(groupBalance(people).active).toBeGreaterThan(20);
    const credits = packCredits(people);
    expect(credits.length).toBeGreaterThan(0);
    expect(credits.length).toBeLessThan(people.length);

    const contributions = readAll(doc, contributionType);
    const kinds = new Set(contributions.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['expense', 'payment', 'time-credit', 'voucher']);
    expect(contributions.every((c) => c.personId && people.some((p) => p.id === c.personId))).toBe(true);
    expect(ledgerTotals(contributions).project.moneyPence).toBeGreaterThan(0);

    expect(readAll(doc, trainingType).some((t) => t.kind === 'introduction')).toBe(true);
    const barriers = readAll(doc, barrierType);
    expect(barriers.length).toBeGreaterThan(0);
    expect(barriers.every((b) => b.detailsAgreed || (!b.details && !b.name && !b.contact))).toBe(true);
  });

  it('as the example, has marks, feedback and payments only for meetings that have happened', () => {
    const doc = createProjectDoc('ref-today');
    generateReferenceProject(doc, { size: YEAR_OF_USE, startDate: '2026-06-02', asOf: '2026-12-01' });
    const meetings = readAll(doc, meetingType);
    const past = new Set(meetings.filter((m) => m.date < '2026-12-01').map((m) => m.id));
    expect(past.size).toBe(26);
    expect(meetings.some((m) => m.date >= '2026-12-01')).toBe(true);
    const marks = readAll(doc, attendanceType);
    expect(marks.length).toBeGreaterThan(300);
    expect(marks.every((a) => past.has(a.meetingId))).toBe(true);
    const responses = readAll(doc, responseType);
    expect(responses).toHaveLength(YEAR_OF_USE.responses);
    expect(responses.every((r) => r.day < '2026-12-01' && past.has(r.meetingId!))).toBe(true);
    const contributions = readAll(doc, contributionType);
    expect(contributions.length).toBeGreaterThan(0);
    expect(contributions.every((c) => c.date < '2026-12-01')).toBe(true);
    expect(readAll(doc, trainingType).every((t) => t.date < '2026-12-01')).toBe(true);
  });
});
