import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readAll, readRecord } from '../../../src/core/read/records';
import { forgetBarrierDetails, recordBarrier } from '../../../src/core/commands/team-barriers';
import { recordConsent, withdrawConsent } from '../../../src/core/commands/team-consent';
import { addContribution } from '../../../src/core/commands/team-ledger';
import { addMember, saveInclusionProfile, setMemberStatus, setSupport, updateMemberDetails } from '../../../src/core/commands/team-members';
import { addTraining } from '../../../src/core/commands/team-training';
import { canonicalJson, createProjectDoc, getRecordMap } from '../../../src/core/doc/project-doc';
import { hasConsent, personType, wantsSupport } from '../../../src/core/domain/person';
import { barrierType } from '../../../src/core/domain/team/barrier';
import { contributionType } from '../../../src/core/domain/team/contribution';
import { contactDetails, nameForPack, packCredits } from '../../../src/core/team/naming';

function member(doc: Y.Doc, name: string, extra: Partial<Parameters<typeof addMember>[1]> = {}) {
  const r = addMember(doc, { name, role: 'lived-experience', status: 'active', ...extra }, '2026-02-03');
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('members', () => {
  it('adds a member with only a name, role and status, dating their status and joining', () => {
    const doc = createProjectDoc('p1');
    const amira = member(doc, '  Amira   Ahmed ');
    expect(amira.name).toBe('Amira Ahmed');
    expect(amira.statusSince).toBe('2026-02-03');
    expect(amira.joinedOn).toBe('2026-02-03');
    expect(amira.statusHistory).toEqual([{ status: 'active', date: '2026-02-03' }]);
    expect(amira.pronouns).toBeUndefined();
  });

  it('takes "prefer not to say" as a full answer for role and pronouns', () => {
    const doc = createProjectDoc('p1');
    const r = addMember(doc, { name: 'Sam', role: 'prefer-not-to-say', pronouns: 'prefer-not-to-say', status: 'interested' });
    expect(r.ok && r.value.role).toBe('prefer-not-to-say');
    expect(r.ok && r.value.pronouns).toBe('prefer-not-to-say');
  });

  it('keeps emoji and right-to-left names as typed', () => {
    const doc = createProjectDoc('p1');
    expect(member(doc, 'Zofia 🌻 Nowak').name).toBe('Zofia 🌻 Nowak');
    expect(member(doc, 'مريم الحسن').name).toBe('مريم الحسن');
  });

  it('refuses a very long or empty name with a clear message and stores nothing', () => {
    const doc = createProjectDoc('p1');
    const before = canonicalJson(doc);
    const long = addMember(doc, { name: 'A'.repeat(500), role: 'carer', status: 'active' });
    expect(long).toEqual({ ok: false, message: 'Name is too long: keep it to 120 characters or fewer.' });
    const empty = addMember(doc, { name: '   ', role: 'carer', status: 'active' });
    expect(empty).toEqual({ ok: false, message: 'Name cannot be empty.' });
    expect(canonicalJson(doc)).toBe(before);
  });

  it('keeps a history of status changes with dates', () => {
    const doc = createProjectDoc('p1');
    const ben = member(doc, 'Ben Baker', { status: 'interested' });
    expect(ben.joinedOn).toBeUndefined();
    setMemberStatus(doc, ben.id, 'active', '2026-03-01');
    const after = setMemberStatus(doc, ben.id, 'stepped-back', '2026-06-10');
    expect(after.ok && after.value.statusHistory).toEqual([
      { status: 'interested', date: '2026-02-03' },
      { status: 'active', date: '2026-03-01' },
      { status: 'stepped-back', date: '2026-06-10' },
    ]);
    expect(after.ok && after.value.joinedOn).toBe('2026-03-01');
  });

  it('removes an optional detail when its box is cleared', () => {
    const doc = createProjectDoc('p1');
    const p = member(doc, 'Dev', { organisation: 'Carers Centre' });
    const r = updateMemberDetails(doc, p.id, { organisation: '' });
    expect(r.ok && 'organisation' in r.value).toBe(false);
  });

  it('saves an inclusion profile, or that the person declined to give one', () => {
    const doc = createProjectDoc('p1');
    const p = member(doc, 'Eileen');
    const saved = saveInclusionProfile(doc, p.id, { accessNeeds: ['step-free', 'hearing-loop'], formats: ['large-print'], interpreter: false, childcare: true, dietary: '' });
    expect(saved.ok && saved.value.inclusion).toEqual({ accessNeeds: ['step-free', 'hearing-loop'], formats: ['large-print'], childcare: true });
    const declined = saveInclusionProfile(doc, p.id, { declined: true, accessNotes: 'ignored' });
    expect(declined.ok && declined.value.inclusion).toEqual({ declined: true });
    const cleared = saveInclusionProfile(doc, p.id, {});
    expect(cleared.ok && cleared.value.inclusion).toBeUndefined();
  });

  it('records support such as a call before meetings as a flag other parts can act on', () => {
    const doc = createProjectDoc('p1');
    const p = member(doc, 'Femi');
    const r = setSupport(doc, p.id, ['call-before', 'transport', 'call-before'], 'Prefers mornings');
    expect(r.ok && wantsSupport(r.value, 'call-before')).toBe(true);
    expect(r.ok && r.value.support).toEqual(['call-before', 'transport']);
    const none = setSupport(doc, p.id, []);
    expect(none.ok && wantsSupport(none.value, 'call-before')).toBe(false);
  });
});

describe('consent', () => {
  it('stops naming someone in the pack the moment they withdraw consent', () => {
    const doc = createProjectDoc('p1');
    const grace = member(doc, 'Grace Green');
    const harjit = member(doc, 'Harjit Hughes');
    recordConsent(doc, grace.id, 'namedInPack', { given: true, date: '2026-02-03', how: 'Signed form' });
    recordConsent(doc, harjit.id, 'namedInPack', { given: true, date: '2026-02-03', how: 'Said yes at the meeting' });
    const people = () => readAll(doc, personType);
    expect(packCredits(people())).toEqual(['Grace Green', 'Harjit Hughes']);
    const withdrawn = withdrawConsent(doc, grace.id, 'namedInPack', '2026-04-01');
    expect(withdrawn.ok).toBe(true);
    const g = readRecord(doc, personType, grace.id)!;
    expect(nameForPack(g)).toBeNull();
    expect(g.consent?.namedInPack).toEqual({ given: false, date: '2026-04-01', how: 'Withdrawn' });
    expect(packCredits(people())).toEqual(['Harjit Hughes']);
  });

  it('never names someone who was not asked', () => {
    const doc = createProjectDoc('p1');
    const p = member(doc, 'Iona');
    expect(nameForPack(p)).toBeNull();
    expect(contactDetails(p)).toBeNull();
  });

  it('gives contact details only with consent to contact', () => {
    const doc = createProjectDoc('p1');
    const p = member(doc, 'Jamal', { phone: '07700 900123' });
    recordConsent(doc, p.id, 'contact', { given: true });
    expect(contactDetails(readRecord(doc, personType, p.id)!)).toEqual({ phone: '07700 900123' });
  });

  it('keeps a withdrawal when another facilitator records a different consent offline at the same time', () => {
    const a = createProjectDoc('shared');
    const b = createProjectDoc('shared');
    const kath = member(a, 'Kath');
    recordConsent(a, kath.id, 'photos', { given: true, date: '2026-02-03' });
    sync(a, b);
    withdrawConsent(a, kath.id, 'photos', '2026-03-01');
    recordConsent(b, kath.id, 'contact', { given: true, date: '2026-03-01' });
    updateMemberDetails(b, kath.id, { pronouns: 'she/her' });
    sync(a, b);
    for (const doc of [a, b]) {
      const p = readRecord(doc, personType, kath.id)!;
      expect(hasConsent(p, 'photos')).toBe(false);
      expect(hasConsent(p, 'contact')).toBe(true);
      expect(p.pronouns).toBe('she/her');
    }
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('keeps consent as its own map when other details are edited', () => {
    const doc = createProjectDoc('p1');
    const p = member(doc, 'Liam');
    recordConsent(doc, p.id, 'photos', { given: true });
    updateMemberDetails(doc, p.id, { name: 'Liam Lewis', pronouns: 'he/him' });
    expect(getRecordMap(doc, personType, p.id)!.get('consent')).toBeInstanceOf(Y.Map);
  });

  it('refuses consent with a made-up date', () => {
    const doc = createProjectDoc('p1');
    const p = member(doc, 'Maryam');
    const r = recordConsent(doc, p.id, 'photos', { given: true, date: '2026-02-30' });
    expect(r).toEqual({ ok: false, message: 'Consent date is not a real date.' });
    expect(readRecord(doc, personType, p.id)!.consent ?? {}).toEqual({});
  });
});

describe('contributions, training and barriers', () => {
  it('refuses negative, absurd or mixed-up amounts with a clear message and stores nothing', () => {
    const doc = createProjectDoc('p1');
    const p = member(doc, 'Niall');
    const base = { personId: p.id, date: '2026-02-03', forWhat: 'Bus fare' } as const;
    const cases = [
      addContribution(doc, { ...base, kind: 'expense', expenseType: 'travel', amountPence: -500 }),
      addContribution(doc, { ...base, kind: 'expense', expenseType: 'travel', amountPence: 0 }),
      addContribution(doc, { ...base, kind: 'payment', amountPence: 9_000_000 }),
      addContribution(doc, { ...base, kind: 'payment', amountPence: 12.5 }),
      addContribution(doc, { ...base, kind: 'time-credit', hours: -1 }),
      addContribution(doc, { ...base, kind: 'time-credit', hours: 1000 }),
      addContribution(doc, { ...base, kind: 'time-credit', amountPence: 500 }),
      addContribution(doc, { ...base, kind: 'voucher' }),
      addContribution(doc, { ...base, kind: 'expense', amountPence: 500 }),
      addContribution(doc, { ...base, kind: 'voucher', amountPence: 500, forWhat: '' }),
    ];
    const messages = cases.map((r) => (r.ok ? 'stored' : r.message));
    expect(messages).toEqual([
      'An amount must be more than £0. Amounts cannot be negative.',
      'An amount must be more than £0. Amounts cannot be negative.',
      'That is more than £5,000 for one entry. Check the amount.',
      'The amount must be in pounds and pence, like 12.50.',
      'Hours must be more than 0. They cannot be negative.',
      'That is more than 100 hours for one entry. Check the hours.',
      'Enter how many hours of time credits.',
      'Enter the amount in pounds, like 12.50.',
      'Choose travel, childcare or other costs.',
      'What it was for cannot be empty.',
    ]);
    expect(readAll(doc, contributionType)).toEqual([]);
  });

  it('adds expenses and time credits for a member', () => {
    const doc = createProjectDoc('p1');
    const p = member(doc, 'Olu');
    expect(addContribution(doc, { personId: p.id, kind: 'expense', expenseType: 'childcare', paid: 'up-front', amountPence: 1800, date: '2026-02-03', forWhat: 'Childminder' }).ok).toBe(true);
    expect(addContribution(doc, { personId: p.id, kind: 'time-credit', hours: 2, date: '2026-02-03', forWhat: 'Meeting' }).ok).toBe(true);
    expect(addContribution(doc, { personId: 'nobody', kind: 'time-credit', hours: 2, date: '2026-02-03', forWhat: 'Meeting' }).ok).toBe(false);
    expect(readAll(doc, contributionType)).toHaveLength(2);
  });

  it('needs a name for training other than the introduction', () => {
    const doc = createProjectDoc('p1');
    const p = member(doc, 'Priya');
    expect(addTraining(doc, { personId: p.id, kind: 'introduction', date: '2026-02-03' }).ok).toBe(true);
    expect(addTraining(doc, { personId: p.id, kind: 'other', date: '2026-02-03' })).toEqual({ ok: false, message: 'Say what the training was.' });
  });

  it('counts people who could not take part without keeping their details unless they agreed', () => {
    const doc = createProjectDoc('p1');
    expect(recordBarrier(doc, { reasons: ['timing', 'caring'], role: 'carer' }).ok).toBe(true);
    const refused = recordBarrier(doc, { reasons: ['travel'], name: 'Rhys Roberts', details: 'No bus on Tuesdays' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/Only keep a name or details when the person has agreed/);
    expect(recordBarrier(doc, { reasons: [] })).toEqual({ ok: false, message: 'Choose at least one reason.' });
    const kept = recordBarrier(doc, { reasons: ['travel'], detailsAgreed: true, name: 'Rhys Roberts', details: 'No bus on Tuesdays' });
    expect(kept.ok).toBe(true);
    if (!kept.ok) return;
    const forgotten = forgetBarrierDetails(doc, kept.value.id);
    expect(forgotten.ok && forgotten.value).toMatchObject({ reasons: ['travel'] });
    expect(forgotten.ok && 'name' in forgotten.value).toBe(false);
    expect(readAll(doc, barrierType)).toHaveLength(2);
    expect(JSON.stringify(doc.getMap('barriers').toJSON())).not.toContain('Rhys');
  });
});
