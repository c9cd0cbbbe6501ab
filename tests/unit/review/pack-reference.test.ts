import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { setAnonymityThreshold } from '../../../src/core/commands/feedback-questionnaires';
import { setMeetingCancelled } from '../../../src/core/commands/meeting-day-meetings';
import { insertRecord } from '../../../src/core/commands/records';
import { withdrawConsent } from '../../../src/core/commands/team-consent';
import { collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { decisionType } from '../../../src/core/domain/meeting-day/decision';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType, type Person } from '../../../src/core/domain/person';
import { questionnaireType, type Questionnaire } from '../../../src/core/domain/questionnaire';
import { responseType } from '../../../src/core/domain/response';
import { makePack, sensitiveChoicesOffered, type MadePack } from '../../../src/core/pack/build';
import { packContextFromDoc } from '../../../src/core/pack/from-doc';
import { defaultPackOptions, type PackOptions } from '../../../src/core/pack/options';
import { packZip } from '../../../src/core/pack/zip';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { ACCESS_NOTES } from '../../../src/core/reference/names';
import { YEAR_OF_USE } from '../../../src/core/reference/sizes';
import { decisionFigures, outcomeEvidence } from '../../../src/core/review/evidence';
import { readOutcomes } from '../../../src/core/review/outcomes';
import { readAnonymityThreshold } from '../../../src/core/read/feedback';
import { readAll } from '../../../src/core/read/records';

const AS_OF = '2026-07-01';
type Raw = Record<string, any>;
const rawAll = (doc: ReturnType<typeof createProjectDoc>, collection: string): Raw[] => Object.values(collectionMap(doc, collection).toJSON()) as Raw[];

function referenceDoc(id = 'p-reference') {
  const doc = createProjectDoc(id);
  generateReferenceProject(doc, { size: YEAR_OF_USE, seed: 5 });
  return doc;
}

function everyBox(audience: PackOptions['audience']): PackOptions {
  const options = defaultPackOptions(audience);
  for (const choice of sensitiveChoicesOffered(audience)) options.include[choice] = true;
  return options;
}

async function pack(doc: ReturnType<typeof createProjectDoc>, options: PackOptions): Promise<MadePack> {
  return makePack(packContextFromDoc(doc, options, AS_OF)!, { withFiles: true });
}

/** Every file of the pack as it leaves the device, unzipped. */
function unzipped(made: MadePack): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(packZip(made, '0.2.0'))).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Lines of text and rows of tables: the pieces where a name and an amount would sit together. */
function fragments(files: Record<string, string>): string[] {
  return Object.values(files).flatMap((text) => text.split(/\r?\n|<tr>|<li>|<\/p>|<dt>/));
}

/** A name no other person's name contains, so "not in the pack" cannot be fooled by a longer name. */
function distinctNamed(people: readonly Person[]): Person[] {
  return people.filter((p) => p.consent?.namedInPack?.given && p.status !== 'interested' && !people.some((o) => o !== p && o.name.includes(p.name)));
}

describe('the pack of the year-of-use reference project', () => {
  const doc = referenceDoc();
  const people = readAll(doc, personType) as Person[];

  it('holds every part the issue lists, in report order, with the calendar and the contributions file', async () => {
    const made = await pack(doc, defaultPackOptions('group'));
    expect(made.report.sections.map((s) => s.id)).toEqual([
      'about',
      'purpose',
      'plan',
      'terms',
      'ground-rules',
      'meetings',
      'decisions',
      'meeting-record',
      'feedback',
      'outcomes',
      'learning',
      'you-said-we-did',
      'contributions',
      'credits',
    ]);
    expect(made.files.map((f) => f.name)).toEqual(expect.arrayContaining(['better-days-carers-group-meetings.ics', 'contributions.csv', 'attendance-by-meeting.csv', 'feedback-results.csv', 'actions.csv']));
  });

  it('gives partners and funders no phone numbers, emails, access notes, payments to named people or unconsented names, whatever is ticked', async () => {
    const unnamed = people.filter((p) => !p.consent?.namedInPack?.given);
    const named = distinctNamed(people);
    expect(unnamed.length).toBeGreaterThan(5);
    expect(named.length).toBeGreaterThan(5);
    const paid = new Set(rawAll(doc, 'contributions').map((c) => c.personId));
    expect(named.filter((p) => paid.has(p.id)).length).toBeGreaterThan(3);

    for (const options of [defaultPackOptions('partners'), everyBox('partners')]) {
      const files = unzipped(await pack(doc, options));
      expect(Object.keys(files)).toEqual(expect.arrayContaining(['report.html', 'README.txt', 'contributions.csv', 'better-days-carers-group-meetings.ics']));
      expect(Object.keys(files)).not.toContain('attendance-by-person.csv');
      const all = Object.values(files).join('\n');
      expect(all).not.toMatch(/07700 9\d{5}/);
      expect(all).not.toMatch(/member\d+@example\.org/);
      for (const note of ACCESS_NOTES) expect(all).not.toContain(note);
      for (const p of unnamed) expect(all).not.toContain(p.name);
      // Named people are thanked, but no line or table row puts a sum of money beside their name.
      expect(all).toContain(named[0]!.name);
      for (const piece of fragments(files)) {
        if (named.some((p) => piece.includes(p.name))) expect(piece).not.toMatch(/£?\d+\.\d\d\b/);
      }
      expect(files['contributions.csv']!.split('\r\n')[0]).toMatch(/^\uFEFF?Month,Kind,Entries,Amount \(£\),Hours$/);
      expect(files['report.html']).not.toContain('By person');
    }
    const words = ['wordsPurpose', 'wordsPlan', 'wordsTerms', 'wordsGroundRules', 'wordsDecisions', 'wordsMeetingRecord', 'wordsFeedback', 'wordsOutcomes', 'wordsLearning', 'wordsYouSaid'];
    expect(sensitiveChoicesOffered('partners')).toEqual(['contactDetails', 'accessNeeds', ...words]);
    expect(sensitiveChoicesOffered('group')).toEqual(['contactDetails', 'accessNeeds', 'payments', 'responseRows', ...words]);
    expect((await pack(doc, defaultPackOptions('partners'))).report.contents.leftOut).toContain('Payments to named people (never in a pack for partners and funders).');
  });

  it('takes a person’s name out of every file of the next pack once they withdraw consent to be named', async () => {
    const copy = referenceDoc('p-withdraw');
    const person = distinctNamed(readAll(copy, personType) as Person[]).find((p) => rawAll(copy, 'contributions').some((c) => c.personId === p.id))!;
    const before = unzipped(await pack(copy, everyBox('group')));
    const holding = Object.keys(before).filter((name) => before[name]!.includes(person.name));
    expect(holding).toEqual(expect.arrayContaining(['report.html', 'attendance-by-person.csv', 'contributions.csv']));

    expect(withdrawConsent(copy, person.id, 'namedInPack', '2026-06-30').ok).toBe(true);
    const after = unzipped(await pack(copy, everyBox('group')));
    for (const [name, text] of Object.entries(after)) expect({ name, named: text.includes(person.name) }).toEqual({ name, named: false });
    // Their payments still count, added up with those of everyone else who is not named.
    expect(after['contributions.csv']).toMatch(/,"Everyone else, together \(not named\)"\r\n/);
  });

  it('puts a calendar in the zip that a real iCalendar reader opens, with cancelled meetings marked', async () => {
    const copy = referenceDoc('p-calendar');
    expect(setMeetingCancelled(copy, 'meeting-30', true).ok).toBe(true);
    const files = unzipped(await pack(copy, defaultPackOptions('partners')));
    const calendar = new ICAL.Component(ICAL.parse(files['better-days-carers-group-meetings.ics']!));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const meetings = rawAll(copy, 'meetings');
    expect(events).toHaveLength(meetings.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(meetings.length);
    const cancelled = calendar.getAllSubcomponents('vevent').filter((e) => e.getFirstPropertyValue('status') === 'CANCELLED');
    expect(cancelled.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['meeting-30.p-calendar@common-ground']);
    const first = events.find((e) => e.uid === 'meeting-0.p-calendar@common-ground')!;
    expect(first.startDate.toString()).toBe('2026-01-06T10:00:00');
    expect(first.location).toBe('Village hall, Church Lane');
  });

  it('shows cancelled meetings as cancelled in the meeting record, and how long members have been involved', async () => {
    const copy = referenceDoc('p-cancelled');
    expect(setMeetingCancelled(copy, 'meeting-3', true).ok).toBe(true);
    const made = await pack(copy, defaultPackOptions('group'));
    const meetings = made.report.sections.find((s) => s.id === 'meetings')!;
    const table = meetings.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.find((r) => r[1]!.startsWith('Group meeting 4'))).toEqual(['27 Jan 2026', 'Group meeting 4 (cancelled)', '–', '–']);
    const facts = meetings.blocks.find((b) => b.kind === 'facts')!;
    expect(facts.kind === 'facts' && facts.items).toEqual(
      expect.arrayContaining([
        { label: 'Meetings cancelled', value: '1' },
        { label: 'Half the members have been involved for', value: expect.stringMatching(/^\d+ (months|weeks) or more$/) },
      ]),
    );
    const csv = made.files.find((f) => f.name === 'attendance-by-meeting.csv')!.data as string;
    expect(csv).toContain('2026-01-27,Group meeting 4,10:00,12:00,Library community room,Yes,');
  });

  it('thanks people by name only with consent, and says in numbers how their time was valued', async () => {
    const made = await pack(doc, defaultPackOptions('partners'));
    const credits = made.report.sections.find((s) => s.id === 'credits')!;
    const came = new Set(rawAll(doc, 'attendance').filter((a) => a.mark === 'present').map((a) => a.personId));
    const contributors = rawAll(doc, 'people').filter((p) => (!p.guest && p.status !== 'interested') || came.has(p.id));
    const named = contributors.filter((p) => p.consent?.namedInPack?.given).map((p) => p.name).sort((a, b) => a.localeCompare(b, 'en-GB'));
    expect(credits.blocks[1]).toEqual({ kind: 'list', items: named, columns: true });
    expect(credits.blocks[2]).toEqual({ kind: 'paragraph', text: `And ${contributors.length - named.length} other people who chose not to be named.` });
    const chose = (r: string) => contributors.filter((p) => p.recognition === r).length;
    const lines = credits.blocks.at(-1)!;
    expect(lines.kind === 'list' && lines.items).toEqual(
      expect.arrayContaining([`Payment: ${chose('payment')} people chose this`, `Time credits: ${chose('time-credits')} people chose this`]),
    );
  });

  it('counts decisions by step on the ladder as a person would by hand', () => {
    const raw = rawAll(doc, 'meetingDecisions');
    const meetingIds = new Set(rawAll(doc, 'meetings').map((m) => m.id));
    const figures = decisionFigures({ decisions: readAll(doc, decisionType), meetings: readAll(doc, meetingType) });
    expect(figures.total).toBe(raw.filter((d) => meetingIds.has(d.meetingId)).length);
    expect(figures.total).toBeGreaterThan(5);
    expect(figures.byVote).toBe(raw.filter((d) => d.method === 'vote').length);
    for (const rung of ['informed', 'consulted', 'co-designed', 'co-produced']) expect(figures.byLadder[rung as 'informed']).toBe(raw.filter((d) => d.ladder === rung).length);
    expect(decisionFigures({ decisions: readAll(doc, decisionType), meetings: readAll(doc, meetingType), period: { from: '2099-01-01' } }).total).toBe(0);
  });
});

describe('outcome evidence for the reference project’s own outcomes', () => {
  const doc = referenceDoc('p-outcomes');
  // Two small questionnaires linked to the plan's measures: seven answers (shown at 5) and three (never shown).
  insertRecord(doc, questionnaireType, { id: 'q-training', title: 'Training day', questions: [{ id: 'q-understand', kind: 'agree5', text: 'I understand how co-production works here', measureId: 'measure-skills-1' }] });
  [4, 4, 3, 4, 2, 4, 3].forEach((answer, i) =>
    insertRecord(doc, responseType, { id: `training-${i}`, questionnaireId: 'q-training', day: '2026-03-03', createdAt: '2026-03-03T00:00:00.000Z', answers: { 'q-understand': answer } }),
  );
  insertRecord(doc, questionnaireType, { id: 'q-few', title: 'Open day', questions: [{ id: 'q-more', kind: 'yesno', text: 'Would you join more work like this?', measureId: 'measure-engagement-2' }] });
  [true, true, false].forEach((answer, i) =>
    insertRecord(doc, responseType, { id: `few-${i}`, questionnaireId: 'q-few', day: '2026-04-07', createdAt: '2026-04-07T00:00:00.000Z', answers: { 'q-more': answer } }),
  );

  const evidence = () =>
    outcomeEvidence({
      outcomes: readOutcomes(doc),
      questionnaires: readAll(doc, questionnaireType) as Questionnaire[],
      responses: readAll(doc, responseType),
      statuses: [],
      notes: [],
      threshold: readAnonymityThreshold(doc),
      shuffle: (items) => items,
    });
  const measure = (id: string) => evidence().flatMap((e) => e.measures).find((m) => m.measure.id === id)!;

  it('reads the outcomes and measures from the plan, in the plan’s order', () => {
    const outcomes = readOutcomes(doc);
    const raw = rawAll(doc, 'outcomes').sort((a, b) => a.order - b.order);
    expect(outcomes.map((o) => o.id)).toEqual(raw.map((o) => o.id));
    expect(outcomes.map((o) => o.title)).toEqual(raw.map((o) => o.title));
    const measures = rawAll(doc, 'measures');
    for (const o of outcomes) {
      expect(o.measures.map((m) => m.title)).toEqual(measures.filter((m) => m.outcomeId === o.id).sort((a, b) => a.order - b.order).map((m) => m.text));
    }
  });

  it('shows the linked questionnaire results, counted from the raw responses', () => {
    const check = rawAll(doc, 'responses').filter((r) => r.questionnaireId === 'questionnaire-check');
    const equal = check.map((r) => r.answers['q-equal']).filter((a) => typeof a === 'number');
    const confidence = measure('measure-confidence-0').questions;
    expect(confidence.map((q) => q.question.id)).toEqual(['q-equal']);
    expect(confidence[0]!.result).toMatchObject({ hidden: false, answered: equal.length, counts: [0, 1, 2, 3, 4].map((p) => equal.filter((a) => a === p).length) });

    const quick = rawAll(doc, 'responses').filter((r) => r.questionnaireId === 'questionnaire-quick' && typeof r.answers['listened-to'] === 'boolean');
    const listened = measure('measure-influence-1').questions[0]!.result;
    expect(listened).toMatchObject({ hidden: false, answered: quick.length, counts: [quick.filter((r) => !r.answers['listened-to']).length, quick.filter((r) => r.answers['listened-to']).length] });

    expect(measure('measure-skills-1').questions[0]!.result).toMatchObject({ hidden: false, answered: 7, counts: [0, 0, 1, 2, 4] });
  });

  it('keeps a result hidden below the group’s threshold, on screen and in the pack', async () => {
    expect(measure('measure-engagement-2').questions[0]!.result).toEqual({ questionId: 'q-more', kind: 'yesno', answered: 3, hidden: true });
    const html = unzipped(await pack(doc, defaultPackOptions('partners')))['report.html']!;
    expect(html).toContain('I understand how co-production works here (Training day, 7 answers)');
    expect(html).toContain('“Would you join more work like this?” (Open day): not shown, because fewer than 5 people answered.');

    // The group raises its threshold to 8: the seven answers go out of sight everywhere.
    expect(setAnonymityThreshold(doc, 8).ok).toBe(true);
    expect(measure('measure-skills-1').questions[0]!.result).toMatchObject({ hidden: true, answered: 7 });
    const raised = unzipped(await pack(doc, defaultPackOptions('partners')));
    expect(raised['report.html']).not.toContain('I understand how co-production works here (Training day, 7 answers)');
    expect(raised['report.html']).toContain('“I understand how co-production works here” (Training day): not shown, because fewer than 8 people answered.');
    expect(raised['feedback-results.csv']).toContain('Training day,I understand how co-production works here,fewer than 8,Not shown: fewer than 8 answers,\r\n');
  });
});
