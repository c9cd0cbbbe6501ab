import { insertRecord } from '../../commands/records';
import { activityType } from '../../domain/plan/activity';
import { aimType } from '../../domain/plan/aim';
import { assetType, type AssetKind, type AssetState } from '../../domain/plan/asset';
import { documentSectionType } from '../../domain/plan/document-section';
import { documentVersionType, type DocumentStatus, type SnapshotSection } from '../../domain/plan/document-version';
import { groupValueType } from '../../domain/plan/group-value';
import { measureType } from '../../domain/plan/measure';
import { meetingSeriesType } from '../../domain/plan/meeting-series';
import { objectiveType } from '../../domain/plan/objective';
import { outcomeType } from '../../domain/plan/outcome';
import { planDocumentType } from '../../domain/plan/plan-document';
import { readinessAnswerType, type ReadinessAnswerValue, type ReadinessQuestion } from '../../domain/plan/readiness';
import { riskType } from '../../domain/plan/risk';
import { cyclePartType, CYCLE_PARTS, CURRENT_STAGE_ID, projectStageType } from '../../domain/plan/stage';
import { stakeholderType, type Involvement, type StakeholderKind } from '../../domain/plan/stakeholder';
import { statementType } from '../../domain/plan/statement';
import { addDays, weekdayOf } from '../../format/calendar';
import { GROUND_RULES_TEMPLATE, TERMS_TEMPLATE, type DocumentTemplate } from '../../plan/document-templates';
import { STARTER_OUTCOMES } from '../../plan/starter-outcomes';
import { STARTER_RISKS } from '../../plan/starter-risks';
import { VALUE_SUGGESTIONS } from '../../plan/suggestions';
import type { ReferenceContext } from '../context';

/*
 * The reference project's plan: a carers' group that checked it was ready, agreed its
 * definition and values, set one aim with the five starter outcomes, planned its meetings
 * as one series, drafted its terms of reference at meeting 1, discussed them at meeting 2
 * and agreed them at meeting 3. Fixed ids and times, and no draws from ctx.random, so the
 * rest of the reference project is the same with or without this part.
 */

// Meetings are generated after the plan, with these ids and dates (see parts/meetings.ts).
const meetingId = (i: number) => `meeting-${i}`;
const meetingDate = (ctx: ReferenceContext, i: number) => addDays(ctx.startDate, i * ctx.size.meetingEveryDays);
const stamp = (date: string) => `${date}T09:00:00.000Z`;

export function addPlanRecords(ctx: ReferenceContext): void {
  const { doc } = ctx;
  const start = ctx.startDate;
  const before = addDays(start, -21);
  const created = stamp(before);
  const active = ctx.people.filter((p) => p.status === 'active');

  const readiness: [ReadinessQuestion, ReadinessAnswerValue, string?][] = [
    ['need', 'yes', 'Carers know where the booking system lets them down; staff know the budget and the rules.'],
    ['flexibility', 'partly', 'The budget is fixed, but how respite is booked and run is open to change.'],
    ['commitment', 'yes'],
    ['giveBack', 'yes', 'Expenses paid on the day, a £25 voucher per meeting, and replacement care covered.'],
    ['timePressure', 'no'],
  ];
  for (const [question, answer, note] of readiness) {
    insertRecord(doc, readinessAnswerType, { id: question, question, answer, ...(note ? { note } : {}), answeredOn: before, createdAt: created });
  }

  insertRecord(doc, statementType, {
    id: 'statement-main',
    definition:
      'For us, co-production means carers, residents and council staff working as equals on respite support: deciding together what to change, doing the work together, and checking together whether it helped.',
    definitionAgreedOn: meetingDate(ctx, 1),
    valuesAgreedOn: meetingDate(ctx, 1),
    agreedMeetingId: meetingId(1),
    createdAt: stamp(start),
  });
  ['equality', 'accessibility', 'reciprocity', 'test-and-learn'].forEach((key, order) => {
    const value = VALUE_SUGGESTIONS.find((v) => v.key === key)!;
    insertRecord(doc, groupValueType, { id: `value-${key}`, name: value.name, meaning: value.meaning, order, suggestion: key, createdAt: stamp(start) });
  });
  insertRecord(doc, groupValueType, { id: 'value-honesty', name: 'Honesty', meaning: 'We say when something is not working, kindly.', order: 4, createdAt: stamp(start) });

  const doingSince = meetingDate(ctx, Math.min(4, Math.max(0, ctx.size.meetings - 1)));
  insertRecord(doc, projectStageType, { id: CURRENT_STAGE_ID, stage: 'doing', since: doingSince, createdAt: created });
  const shared: Record<string, string | undefined> = {
    design: 'Carers and staff design the new booking process together',
    delivery: 'Two carers help run the monthly drop-in',
    evaluation: 'The group chooses the questions and reads the results together',
  };
  for (const part of CYCLE_PARTS) {
    const how = shared[part];
    insertRecord(doc, cyclePartType, { id: part, part, coProduced: Boolean(how), ...(how ? { how } : {}), createdAt: created });
  }

  addAimsAndOutcomes(ctx, active.map((p) => p.id));
  addSeries(ctx);
  addDocument(ctx, 'doc-terms', TERMS_TEMPLATE, TERMS_AGREED, [0, 1, 2], active.slice(0, 12).map((p) => p.id));
  addDocument(ctx, 'doc-ground-rules', GROUND_RULES_TEMPLATE, {}, [0, 0, 0], active.slice(0, 10).map((p) => p.id));
  addMaps(ctx);
  addRisks(ctx);
}

function addAimsAndOutcomes(ctx: ReferenceContext, owners: string[]) {
  const { doc } = ctx;
  const created = stamp(ctx.startDate);
  insertRecord(doc, aimType, {
    id: 'aim-0',
    title: 'Carers, residents and council staff redesign respite support together, so it works for the carers who use it.',
    order: 0,
    createdAt: created,
  });
  STARTER_OUTCOMES.forEach((starter, o) => {
    const outcomeId = `outcome-${starter.key}`;
    const title = starter.key === 'better-services' ? 'Carers find it easier to book respite that suits them.' : starter.title;
    insertRecord(doc, outcomeType, { id: outcomeId, aimId: 'aim-0', title, order: o, starter: starter.key, createdAt: created });
    starter.measures.forEach((m, i) => {
      insertRecord(doc, measureType, { id: `measure-${starter.key}-${i}`, outcomeId, kind: m.kind, text: m.text, order: i, createdAt: created });
    });
  });
  insertRecord(doc, measureType, {
    id: 'measure-better-services-booking',
    outcomeId: 'outcome-better-services',
    kind: 'count',
    text: 'Respite bookings made, and how many days each took to confirm, before and after the change.',
    order: 3,
    createdAt: created,
  });

  const objectives: { id: string; outcome: string; title: string; activities: [string, number][] }[] = [
    {
      id: 'objective-group',
      outcome: 'outcome-engagement',
      title: 'Set up the co-production group',
      activities: [
        ['Send the flyer to carers’ centres, GP surgeries and the library', -14],
        ['Call each new member before their first meeting', -7],
        ['Agree expenses and vouchers with finance', -7],
      ],
    },
    {
      id: 'objective-learning',
      outcome: 'outcome-skills',
      title: 'Make sure everyone understands co-production',
      activities: [['Run an introduction to co-production session', 14]],
    },
    {
      id: 'objective-booking',
      outcome: 'outcome-better-services',
      title: 'Design a simpler way to book respite',
      activities: [
        ['Map how booking works now, step by step, with carers', 28],
        ['Test a paper prototype of the new booking form at the drop-in', 56],
        ['Present the design to the commissioning board', 84],
      ],
    },
  ];
  objectives.forEach((objective, i) => {
    insertRecord(doc, objectiveType, { id: objective.id, outcomeId: objective.outcome, title: objective.title, order: i, createdAt: created });
    objective.activities.forEach(([title, dueOffset], j) => {
      const owner = owners.length ? owners[(i * 3 + j) % owners.length] : undefined;
      const due = addDays(ctx.startDate, dueOffset);
      insertRecord(doc, activityType, {
        id: `${objective.id}-activity-${j}`,
        objectiveId: objective.id,
        title,
        ...(owner ? { ownerId: owner } : {}),
        due,
        ...(dueOffset < 0 ? { done: true } : {}),
        order: j,
        createdAt: created,
      });
    });
  });
}

function addSeries(ctx: ReferenceContext) {
  const every = ctx.size.meetingEveryDays;
  // The stress-size project meets every 3 days, which is not a weekly series; its meetings stand alone.
  if (every % 7 !== 0 || ctx.size.meetings > 100) return;
  insertRecord(ctx.doc, meetingSeriesType, {
    id: 'series-main',
    title: 'Group meeting',
    firstDate: ctx.startDate,
    weekday: weekdayOf(ctx.startDate),
    everyWeeks: every / 7,
    count: ctx.size.meetings,
    startTime: '10:00',
    endTime: '12:00',
    place: 'Village hall',
    createdAt: stamp(addDays(ctx.startDate, -14)),
  });
}

const TERMS_AGREED: Record<string, string> = {
  purpose: 'We are here to redesign respite support with the carers who use it, so that booking a break is simple and the breaks suit carers and the people they care for. Success means carers can book respite in one call and say the breaks help.',
  membership: 'About 20 members: carers, residents and council staff, with roughly equal numbers of people with lived experience and people who work in services. New members can join at any meeting after a call with a facilitator.',
  roles: 'A carer and a council officer co-chair. Facilitators send papers and take notes. Every member agrees to read the papers when they can and to speak up.',
  decisions: 'We aim to agree by consensus. If we cannot, we vote and record the numbers. Our recommendations go to the commissioning board, who reply in writing.',
  confidentiality: 'Meetings and papers are not secret, but personal stories stay in the room unless the person says otherwise.',
  expenses: 'Travel and replacement care are paid on the day, or in advance if needed. Members who are not paid to be here get a £25 voucher per meeting. We help anyone check whether this affects their benefits.',
  accessibility: 'We meet in the village hall (step-free, hearing loop, accessible toilet) on Tuesday mornings, with a break every hour. Papers go out a week before in the format each member asks for.',
};

function addDocument(ctx: ReferenceContext, id: string, template: DocumentTemplate, finalText: Record<string, string>, meetings: [number, number, number], present: string[]) {
  const { doc } = ctx;
  const firstDate = meetingDate(ctx, meetings[0]);
  insertRecord(doc, planDocumentType, { id, kind: template.kind, title: template.title, template: template.key, createdAt: stamp(firstDate) });
  const draft: SnapshotSection[] = [];
  const agreed: SnapshotSection[] = [];
  template.sections.forEach((section, order) => {
    const sectionId = `${id}-${section.key}`;
    const body = finalText[section.key] ?? section.body;
    insertRecord(doc, documentSectionType, { id: sectionId, documentId: id, heading: section.heading, body, order, key: section.key, createdAt: stamp(firstDate) });
    draft.push({ id: sectionId, heading: section.heading, body: section.body });
    agreed.push({ id: sectionId, heading: section.heading, body });
  });
  const steps: [DocumentStatus, SnapshotSection[]][] = [
    ['draft', draft],
    ['discussed', agreed],
    ['agreed', agreed],
  ];
  steps.forEach(([status, sections], i) => {
    const index = meetings[i]!;
    const date = meetingDate(ctx, index);
    insertRecord(doc, documentVersionType, {
      id: `${id}-v${i + 1}`,
      documentId: id,
      number: i + 1,
      status,
      date,
      meetingId: meetingId(index),
      ...(status === 'agreed' ? { presentIds: present, presentNote: 'and one guest from the carers’ centre' } : {}),
      sections,
      createdAt: `${date}T11:${String(30 + i).padStart(2, '0')}:00.000Z`,
    });
  });
}

function addMaps(ctx: ReferenceContext) {
  const created = stamp(addDays(ctx.startDate, -21));
  const stakeholders: [string, StakeholderKind, string, Involvement][] = [
    ['Carers who use respite now', 'individual', 'They know what works and what does not', 'involved'],
    ['Carers who have stopped using respite', 'individual', 'They can tell us why', 'invited'],
    ['People who are cared for', 'individual', 'The breaks have to suit them too', 'not-yet'],
    ['Adult social care commissioning team', 'organisation', 'They hold the budget and the contracts', 'involved'],
    ['Riverside Carers’ Centre', 'organisation', 'They support carers every day and can reach new members', 'involved'],
    ['Village surgery', 'organisation', 'GPs and nurses often spot carers first', 'invited'],
    ['Respite providers', 'organisation', 'They will run the new service', 'not-yet'],
    ['Healthwatch', 'organisation', 'Independent view, and can share the results', 'not-yet'],
  ];
  stakeholders.forEach(([name, kind, why, involvement], i) => insertRecord(ctx.doc, stakeholderType, { id: `stakeholder-${i}`, name, kind, why, involvement, createdAt: created }));
  const assets: [AssetKind, string, string | undefined, AssetState][] = [
    ['experience', 'Years of caring, and of booking respite', 'Carer members', 'have'],
    ['knowledge', 'How the respite budget and contracts work', 'Commissioning team', 'have'],
    ['knowledge', 'What other councils have tried', undefined, 'need'],
    ['skills', 'Chairing meetings', 'Co-chairs', 'have'],
    ['skills', 'Writing easy read papers', undefined, 'need'],
    ['resources', 'Free use of the village hall on Tuesdays', 'St Mary’s parish', 'have'],
    ['resources', 'Budget for expenses and vouchers', 'Adult social care', 'have'],
    ['resources', 'Taxi account for members who cannot drive', undefined, 'need'],
  ];
  assets.forEach(([kind, description, source, state], i) =>
    insertRecord(ctx.doc, assetType, { id: `asset-${i}`, kind, description, ...(source ? { source } : {}), state, createdAt: created }),
  );
}

function addRisks(ctx: ReferenceContext) {
  const created = stamp(addDays(ctx.startDate, -14));
  STARTER_RISKS.slice(0, 5).forEach((risk) => {
    const { key, ...fields } = risk;
    insertRecord(ctx.doc, riskType, { id: `risk-${key}`, ...fields, starter: key, createdAt: created });
  });
  insertRecord(ctx.doc, riskType, {
    id: 'risk-hall',
    what: 'The village hall is closed for repairs.',
    likelihood: 'low',
    impact: 'medium',
    response: 'The library has said we can use its meeting room.',
    warningSign: 'Notice of building work from the parish.',
    createdAt: created,
  });
}
