import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { markAttendance } from '../../../src/core/commands/attendance';
import { erasePerson } from '../../../src/core/commands/erasure';
import { scheduleMeeting } from '../../../src/core/commands/meeting-day-meetings';
import { initialiseProject } from '../../../src/core/commands/project';
import { recordConsent } from '../../../src/core/commands/team-consent';
import { addContribution } from '../../../src/core/commands/team-ledger';
import { addMember, saveInclusionProfile, setMemberStatus } from '../../../src/core/commands/team-members';
import { keepPersonDetails, savePrivacySettings } from '../../../src/core/commands/team-privacy';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { readAll } from '../../../src/core/read/records';
import { seededRandom } from '../../../src/core/reference/random';
import { dpiaStarter, privacyFacts, privacyNotice } from '../../../src/core/team/privacy-papers';
import { dueForReview, monthsBefore } from '../../../src/core/team/retention';
import { subjectAccessText } from '../../../src/core/team/subject-access';

function member(doc: Y.Doc, name: string, status: 'active' | 'left' | 'interested' | 'stepped-back', since: string) {
  const r = addMember(doc, { name, role: 'carer', status, statusSince: since }, since);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('retention review', () => {
  it('counts calendar months, the 31st becoming the end of a shorter month', () => {
    expect(monthsBefore('2026-06-15', 24)).toBe('2024-06-15');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-10', 1)).toBe('2025-12-10');
  });

  it('lists people who left or stayed interested longer than the period, until someone chooses to keep them', () => {
    const doc = createProjectDoc('p1');
    const left = member(doc, 'Old Leaver', 'left', '2023-01-01');
    member(doc, 'Recent Leaver', 'left', '2026-01-01');
    const interested = member(doc, 'Long Interested', 'interested', '2024-05-01');
    member(doc, 'Active Since Ages', 'active', '2020-01-01');
    member(doc, 'Stepped Back', 'stepped-back', '2020-01-01');
    const today = '2026-06-15';
    const due = () => dueForReview(readAll(doc, personType), 24, today).map((d) => d.person.name);
    expect(due()).toEqual(['Old Leaver', 'Long Interested']);
    expect(dueForReview(readAll(doc, personType), 3, today).map((d) => d.person.name)).toEqual(['Old Leaver', 'Long Interested', 'Recent Leaver']);

    expect(keepPersonDetails(doc, left.id, today).ok).toBe(true);
    expect(due()).toEqual(['Long Interested']);
    // Kept long ago counts for nothing once a whole period has passed since.
    expect(keepPersonDetails(doc, left.id, '2024-01-01').ok).toBe(true);
    expect(due()).toEqual(['Old Leaver', 'Long Interested']);

    // Erasing goes through the existing erasure command; the person is gone from the list.
    expect(erasePerson(doc, interested.id).ok).toBe(true);
    expect(due()).toEqual(['Old Leaver']);
    expect(keepPersonDetails(doc, interested.id, today).ok).toBe(false);
  });

  it('never lists an active or stepped-back person, whatever the dates (random projects)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const random = seededRandom(seed);
      const doc = createProjectDoc('p1');
      for (let i = 0; i < 12; i++) {
        const p = member(doc, `P${i}`, random.pick(['active', 'left', 'interested', 'stepped-back'] as const), `20${random.int(18, 26)}-0${random.int(1, 9)}-1${random.int(0, 9)}`);
        if (random.chance(0.3)) setMemberStatus(doc, p.id, random.pick(['active', 'left', 'interested'] as const), '2026-0' + random.int(1, 6) + '-01');
      }
      const months = random.int(1, 60);
      const cutoff = monthsBefore('2026-06-15', months);
      for (const { person, since } of dueForReview(readAll(doc, personType), months, '2026-06-15')) {
        expect(['left', 'interested']).toContain(person.status);
        expect(since <= cutoff).toBe(true);
      }
    }
  });

  it('refuses a period that is not a whole number of months from 1 to 120, changing nothing', () => {
    const doc = createProjectDoc('p1');
    expect(savePrivacySettings(doc, { retentionMonths: 36, holder: 'Harbour Trust', contact: 'dpo@harbour.example' }).ok).toBe(true);
    const before = Y.encodeStateVector(doc);
    for (const bad of [0, 121, 2.5, Number.NaN]) {
      const r = savePrivacySettings(doc, { retentionMonths: bad });
      expect(r.ok).toBe(false);
    }
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(privacyFacts(doc).retentionMonths).toBe(36);
    expect(savePrivacySettings(doc, { retentionMonths: 12, holder: '' }).ok).toBe(true);
    expect(privacyFacts(doc).holder).toBeUndefined();
  });
});

describe('a person’s own data (subject access)', () => {
  it('holds their details, consent, needs, attendance and payments, and where their name is typed, and nobody else’s', () => {
    const doc = createProjectDoc('p1');
    initialiseProject(doc, { name: 'Harbour Voices' });
    const amira = member(doc, 'Amira Ahmed', 'active', '2026-01-05');
    const ben = member(doc, 'Ben Okafor', 'active', '2026-01-05');
    saveInclusionProfile(doc, amira.id, { accessNeeds: ['step-free'], accessNotes: 'Uses a wheelchair' });
    recordConsent(doc, amira.id, 'photos', { given: true, date: '2026-01-05', how: 'on paper' });
    const meeting = scheduleMeeting(doc, { title: 'Planning day', date: '2026-02-01', startTime: '10:00', endTime: '12:00' });
    if (!meeting.ok) throw new Error(meeting.message);
    markAttendance(doc, meeting.value.id, amira.id, 'present');
    markAttendance(doc, meeting.value.id, ben.id, 'present');
    addContribution(doc, { personId: amira.id, kind: 'voucher', date: '2026-02-01', forWhat: 'Planning day with Amira', amountPence: 2000 });
    addContribution(doc, { personId: ben.id, kind: 'voucher', date: '2026-02-01', forWhat: 'Ben’s travel', amountPence: 1500 });

    const file = subjectAccessText(doc, amira.id, '2026-06-15');
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const text = file.value.text;
    expect(text).toContain('Everything held about Amira Ahmed');
    expect(text).toContain('Project: Harbour Voices.');
    expect(text).toContain('step-free');
    expect(text).toContain('Uses a wheelchair');
    expect(text).toContain('on paper');
    expect(text).toMatch(/attendance mark \(1\)/);
    expect(text).toMatch(/contribution \(1\)/);
    expect(text).toContain('2000');
    expect(text).toContain('Where their name is typed');
    expect(text).toContain('Planning day with Amira');
    expect(text).not.toContain('Ben');
    expect(text).not.toContain('1500');
  });

  it('says so plainly for someone who is no longer here', () => {
    const doc = createProjectDoc('p1');
    const r = subjectAccessText(doc, 'nobody', '2026-06-15');
    expect(r.ok).toBe(false);
  });
});

describe('privacy notice and DPIA starter', () => {
  it('are filled in from the project: holder, contact, period, storage, special category data, partners', () => {
    const doc = createProjectDoc('p1');
    initialiseProject(doc, { name: 'Harbour Voices' });
    const amira = member(doc, 'Amira Ahmed', 'active', '2026-01-05');
    const text = (sections: { heading: string; text: string }[]) => sections.map((s) => `${s.heading}\n${s.text}`).join('\n');

    let notice = text(privacyNotice(privacyFacts(doc), 'standard'));
    expect(notice).toContain('[the organisation that runs the group]');
    expect(notice).toContain('24 months');
    expect(notice).toContain('and nowhere else');
    expect(text(dpiaStarter(privacyFacts(doc)))).toContain('none recorded yet');

    savePrivacySettings(doc, { retentionMonths: 18, holder: 'Harbour Trust', contact: 'dpo@harbour.example', partners: 'Harbour Council' });
    saveInclusionProfile(doc, amira.id, { accessNotes: 'Diabetic: needs food at noon' });
    notice = text(privacyNotice(privacyFacts(doc), 'standard'));
    expect(notice).toContain('Harbour Trust');
    expect(notice).toContain('dpo@harbour.example');
    expect(notice).toContain('18 months');
    expect(notice).toContain('Harbour Council');
    const easy = text(privacyNotice(privacyFacts(doc), 'easy-read'));
    expect(easy).toContain('we keep it for 18 months');
    const dpia = text(dpiaStarter(privacyFacts(doc)));
    expect(dpia).toContain('which can reveal health or disability (special category data)');
    expect(dpia).toContain('Harbour Trust (the controller)');
    expect(dpia).toContain('1 person in the project now');
    // The papers describe the data; they never copy it.
    expect(dpia + notice + easy).not.toContain('Diabetic');
    expect(dpia + notice + easy).not.toContain('Amira');
  });
});
