import { describe, expect, it } from 'vitest';
import { recordDecision } from '../../../src/core/commands/meeting-day-during';
import { scheduleMeeting, setMeetingCancelled } from '../../../src/core/commands/meeting-day-meetings';
import { addActivity, addAim, addMeasure, addObjective, addOutcome } from '../../../src/core/commands/plan-aims';
import { createDocumentFromTemplate, editSectionBody, recordDocumentStep } from '../../../src/core/commands/plan-documents';
import { TERMS_TEMPLATE } from '../../../src/core/plan/document-templates';
import { liveSections } from '../../../src/core/read/documents';
import { addValue, startDefinition } from '../../../src/core/commands/plan-statement';
import { setCyclePart, setStage } from '../../../src/core/commands/plan-stage';
import { initialiseProject } from '../../../src/core/commands/project';
import { insertRecord } from '../../../src/core/commands/records';
import { addContribution } from '../../../src/core/commands/team-ledger';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { defaultPackOptions, type PackOptions } from '../../../src/core/pack/options';
import { packContext, type PackContext, type PackPart } from '../../../src/core/pack/part';
import { calendarPart } from '../../../src/core/pack/parts/calendar';
import { contributionsPart } from '../../../src/core/pack/parts/contributions';
import { decisionsPart } from '../../../src/core/pack/parts/decisions';
import { groundRulesPart, termsPart } from '../../../src/core/pack/parts/documents';
import { planPart } from '../../../src/core/pack/parts/plan';
import { purposePart } from '../../../src/core/pack/parts/purpose';
import type { ReportSection } from '../../../src/core/pack/report';
import { reportBodyHtml } from '../../../src/core/pack/report-html';
import { sourceFromDoc } from '../../../src/core/pack/source';

const TODAY = '2026-03-02';
const NEW_PARTS: PackPart[] = [purposePart, planPart, termsPart, groundRulesPart, calendarPart, decisionsPart, contributionsPart];

function context(doc: ReturnType<typeof createProjectDoc>, options: PackOptions = defaultPackOptions('group')): PackContext {
  return packContext(sourceFromDoc(doc)!, options, { asOf: TODAY });
}

/** Which of the new parts show anything: a report section or a file. */
function showing(doc: ReturnType<typeof createProjectDoc>): string[] {
  const ctx = context(doc);
  return NEW_PARTS.filter((p) => (p.section?.(ctx)?.blocks.length ?? 0) > 0 || (p.files?.(ctx).length ?? 0) > 0).map((p) => p.id);
}

function text(section: ReportSection | null | undefined): string {
  return section ? reportBodyHtml({ projectName: 'x', purpose: '', audience: 'group', madeOn: TODAY, contents: { included: [], leftOut: [] }, sections: [section] }) : '';
}

function ok<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('each part of the pack appears once its data exists', () => {
  const doc = createProjectDoc('p-parts');
  initialiseProject(doc, { name: 'Park Road Carers', purpose: 'Better short breaks' });
  const ann = ok(insertRecord(doc, personType, { id: 'ann', name: 'Ann Named', role: 'carer', status: 'active', consent: { namedInPack: { given: true, date: '2026-01-01' } } }));
  const bo = ok(insertRecord(doc, personType, { id: 'bo', name: 'Bo Private', role: 'professional', status: 'active', consent: { namedInPack: { given: false, date: '2026-01-01' } } }));

  it('shows none of them for a project with only people in it', () => {
    expect(showing(doc)).toEqual([]);
  });

  it('adds "what co-production means to us" once the group writes its definition, values or stage', () => {
    ok(startDefinition(doc, 'Working as equals, from the first idea to the last check.'));
    expect(showing(doc)).toEqual(['purpose']);
    ok(addValue(doc, { name: 'Equality', meaning: 'Every voice counts the same.' }));
    ok(setStage(doc, 'doing', TODAY));
    ok(setCyclePart(doc, 'design', true, 'Carers sketch the new form'));
    const html = text(purposePart.section!(context(doc)));
    expect(html).toContain('Working as equals, from the first idea to the last check.');
    expect(html).toContain('Equality: Every voice counts the same.');
    expect(html).toContain('Doing, since 2 Mar 2026');
    expect(html).toContain('Design: Carers sketch the new form');
    expect(html).toContain('Commissioning, Delivery, Evaluation');
  });

  it('adds the plan once there is an aim, naming an activity’s owner only with their consent', () => {
    const aim = ok(addAim(doc, { title: 'Short breaks that suit carers' }));
    expect(showing(doc)).toEqual(['purpose', 'plan']);
    const outcome = ok(addOutcome(doc, aim.id, { title: 'Carers have a real say' }));
    ok(addMeasure(doc, outcome.id, { kind: 'question', text: 'I have been able to shape the work' }));
    const objective = ok(addObjective(doc, outcome.id, { title: 'Design the booking form together' }));
    ok(addActivity(doc, objective.id, { title: 'Map the booking steps', ownerId: ann.id, due: '2026-04-01' }, TODAY));
    ok(addActivity(doc, objective.id, { title: 'Test the paper form', ownerId: bo.id }, TODAY));
    const html = text(planPart.section!(context(doc)));
    expect(html).toContain('Outcome 1: Carers have a real say');
    expect(html).toContain('I have been able to shape the work (a question to ask)');
    expect(html).toContain('<td>Map the booking steps</td><td>Ann Named</td><td class="short">1 Apr 2026</td>');
    expect(html).toContain('<td>Test the paper form</td><td>A member</td>');
    expect(html).not.toContain('Bo Private');
  });

  it('adds the terms of reference as a draft, then the agreed version with how it was agreed', () => {
    const meeting1 = ok(scheduleMeeting(doc, { title: 'First meeting', date: '2026-02-03', startTime: '10:00', endTime: '12:00' }));
    const meeting2 = ok(scheduleMeeting(doc, { title: 'Second meeting', date: '2026-02-17', startTime: '10:00', endTime: '12:00' }));
    expect(showing(doc)).toEqual(['purpose', 'plan', 'calendar']);
    const terms = ok(createDocumentFromTemplate(doc, 'terms', { date: '2026-02-03', meetingId: meeting1.id }, TODAY));
    // Only prompts so far: nothing of the group's own to show.
    expect(showing(doc)).toEqual(['purpose', 'plan', 'calendar']);
    const [purpose, membership] = liveSections(doc, terms.id);
    ok(editSectionBody(doc, purpose!.id, { index: 0, remove: 0, insert: 'We meet to make respite better for carers in the villages.' }));
    // As typed in a project started before prompts became placeholders.
    ok(editSectionBody(doc, membership!.id, { index: 0, remove: 0, insert: TERMS_TEMPLATE.sections[1]!.body }));
    expect(showing(doc)).toEqual(['purpose', 'plan', 'terms', 'calendar']);
    const draft = text(termsPart.section!(context(doc)));
    expect(draft).toContain('DRAFT: the group has not agreed this yet. It was last drafted on 3 Feb 2026 at First meeting.');
    expect(draft).toContain('Purpose');

    ok(recordDocumentStep(doc, { documentId: terms.id, status: 'discussed', date: '2026-02-17', meetingId: meeting2.id }, TODAY));
    expect(recordDocumentStep(doc, { documentId: terms.id, status: 'agreed', date: '2026-02-17', meetingId: meeting2.id, presentIds: [ann.id, bo.id] }, TODAY).ok).toBe(false);
    ok(
      recordDocumentStep(
        doc,
        { documentId: terms.id, status: 'agreed', date: '2026-02-17', meetingId: meeting2.id, presentIds: [ann.id, bo.id], presentNote: 'and Carol from the council', agreeUnwritten: true },
        TODAY,
      ),
    );
    const agreed = text(termsPart.section!(context(doc)));
    // The pack never prints a prompt as agreed terms, nor a heading for a section with none of the group's words.
    for (const section of TERMS_TEMPLATE.sections) expect(agreed).not.toContain(section.body.slice(0, 40));
    expect(agreed).not.toContain('Membership');
    expect(agreed).toContain('7 sections have no words of the group’s own yet');
    expect(agreed).not.toContain('DRAFT');
    expect(agreed).toContain('Agreed on 17 Feb 2026 at Second meeting (version 3).');
    expect(agreed).toContain('2 people were there when it was agreed: Ann Named and 1 other person who is not named here. Others there were noted in words');
    expect(agreed).toContain('<td>Discussed</td>');
    expect(agreed).not.toContain('Bo Private');
    expect(agreed).not.toContain('Carol');
    expect(showing(doc)).not.toContain('ground-rules');
  });

  it('shows a reopened document’s agreed version, saying it has been reopened', () => {
    const doc2 = createProjectDoc('p-reopened');
    initialiseProject(doc2, { name: 'Reopened' });
    const rules = ok(createDocumentFromTemplate(doc2, 'ground-rules', { date: '2026-01-06' }, TODAY));
    ok(recordDocumentStep(doc2, { documentId: rules.id, status: 'discussed', date: '2026-01-13' }, TODAY));
    ok(recordDocumentStep(doc2, { documentId: rules.id, status: 'agreed', date: '2026-01-20', presentNote: '9 members and Dee from the council' }, TODAY));
    ok(recordDocumentStep(doc2, { documentId: rules.id, status: 'draft', date: '2026-02-10' }, TODAY));
    const html = text(groundRulesPart.section!(context(doc2)));
    expect(html).toContain('Agreed on 20 Jan 2026 (version 3).');
    expect(html).toContain('Since then the group has reopened it for changes (draft on 10 Feb 2026). This is the version it agreed.');
    expect(html).toContain('Who was there when it was agreed was not ticked on the register. Others there were noted in words, which the pack leaves out in case they name someone.');
    expect(html).not.toContain('Dee');
  });

  it('adds decisions with how each was made and where it sat on the ladder, counted by step', () => {
    const meeting = ok(scheduleMeeting(doc, { title: 'Decision day', date: '2026-02-24', startTime: '10:00', endTime: '12:00' }));
    ok(recordDecision(doc, meeting.id, { text: 'Meet in the library from April', method: 'consensus', ladder: 'co-produced' }));
    expect(showing(doc)).toContain('decisions');
    const html = text(decisionsPart.section!(context(doc)));
    expect(html).toContain('<td class="short">24 Feb 2026</td><td>Meet in the library from April</td><td>By consensus</td><td class="short">Co-produced</td>');
    expect(html).toContain('Co-produced (1 decision)');
  });

  it('adds contributions: totals for everyone, each person’s entries only when payments are ticked', () => {
    expect(showing(doc)).not.toContain('contributions');
    ok(addContribution(doc, { personId: ann.id, kind: 'payment', basis: 'hour', quantity: 2, amountPence: 2520, date: '2026-02-03', forWhat: '=HYPERLINK("http://x","Group meeting, 1")' }));
    ok(addContribution(doc, { personId: bo.id, kind: 'expense', expenseType: 'travel', paid: 'up-front', amountPence: 450, date: '2026-02-17', forWhat: 'Bus fare' }));
    ok(addContribution(doc, { personId: bo.id, kind: 'time-credit', hours: 2.5, date: '2026-02-17', forWhat: 'Reading papers' }));
    expect(showing(doc)).toContain('contributions');

    const totals = context(doc);
    const html = text(contributionsPart.section!(totals));
    expect(html).toContain('£29.70');
    expect(html).toContain('2.5 hours');
    expect(html).not.toContain('By person');
    const [plain] = contributionsPart.files!(totals);
    expect(plain!.name).toBe('contributions.csv');
    expect(plain!.data).toBe('\uFEFFMonth,Kind,Entries,Amount (£),Hours\r\n2026-02,Expenses: travel,1,4.50,\r\n2026-02,Payment,1,25.20,\r\n2026-02,Time credits,1,,2.5\r\n');

    const ticked = defaultPackOptions('group');
    ticked.include.payments = true;
    const named = context(doc, ticked);
    expect(text(contributionsPart.section!(named))).toContain('<td>Ann Named</td><td class="num">–</td><td class="num">£25.20</td>');
    const [full] = contributionsPart.files!(named);
    const lines = (full!.data as string).split('\r\n');
    expect(lines[0]).toBe('\uFEFFDate,Kind,Details,Amount (£),Hours,What it was for,Person');
    // The formula is neutralised with an apostrophe and the quotes doubled, as the CSV code does for every file.
    expect(lines[1]).toBe(`2026-02-03,Payment,Hourly rate × 2,25.20,,"'=HYPERLINK(""http://x"",""Group meeting, 1"")",Ann Named`);
    // Bo did not agree to be named: their entries are added up with everyone else's, month by month.
    expect(lines.slice(2)).toEqual([
      '2026-02,Expenses: travel,1 entry together,4.50,,,"Everyone else, together (not named)"',
      '2026-02,Time credits,1 entry together,,2.5,,"Everyone else, together (not named)"',
      '',
    ]);
    expect(full!.data).not.toContain('Bo Private');
    expect(full!.data).not.toContain('Bus fare');

    // Partners and funders never get payments against names, even with the box ticked.
    const partners: PackOptions = defaultPackOptions('partners');
    partners.include.payments = true;
    const forPartners = context(doc, partners);
    expect(contributionsPart.files!(forPartners)[0]!.data).toBe(
      '\uFEFFMonth,Kind,Entries,Amount (£),Hours\r\n2026-02,Expenses: travel,fewer than 5,4.50,\r\n2026-02,Payment,fewer than 5,25.20,\r\n2026-02,Time credits,fewer than 5,,2.5\r\n',
    );
    expect(text(contributionsPart.section!(forPartners))).not.toContain('Ann Named');
  });

  it('puts every meeting in the calendar file, cancelled ones as cancelled', () => {
    const meeting = ok(scheduleMeeting(doc, { title: 'Spring social', date: '2026-04-07', startTime: '14:00', endTime: '16:00', place: 'Library, High Street' }));
    ok(setMeetingCancelled(doc, meeting.id, true));
    const [file] = calendarPart.files!(context(doc));
    expect(file!.name).toBe('park-road-carers-meetings.ics');
    const ics = file!.data as string;
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain('SUMMARY:Cancelled: Spring social');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('LOCATION:Library\\, High Street');
    expect(ics).toContain(`UID:${meeting.id}.p-parts@common-ground`);
  });
});
