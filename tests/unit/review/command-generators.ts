import * as Y from 'yjs';
import * as attendance from '../../../src/core/commands/attendance';
import * as erasure from '../../../src/core/commands/erasure';
import * as erasureScrub from '../../../src/core/commands/erasure-scrub';
import * as erasureWords from '../../../src/core/commands/erasure-words';
import * as questionnaires from '../../../src/core/commands/feedback-questionnaires';
import * as responses from '../../../src/core/commands/feedback-responses';
import * as arrangements from '../../../src/core/commands/meeting-day-arrangements';
import * as before from '../../../src/core/commands/meeting-day-before';
import * as during from '../../../src/core/commands/meeting-day-during';
import * as meetings from '../../../src/core/commands/meeting-day-meetings';
import * as venues from '../../../src/core/commands/meeting-day-venues';
import * as series from '../../../src/core/commands/meeting-series';
import * as aims from '../../../src/core/commands/plan-aims';
import * as documents from '../../../src/core/commands/plan-documents';
import * as maps from '../../../src/core/commands/plan-maps';
import * as readiness from '../../../src/core/commands/plan-readiness';
import * as risks from '../../../src/core/commands/plan-risks';
import * as stage from '../../../src/core/commands/plan-stage';
import * as statement from '../../../src/core/commands/plan-statement';
import * as project from '../../../src/core/commands/project';
import * as records from '../../../src/core/commands/records';
import * as sharing from '../../../src/core/commands/sharing';
import * as sharedText from '../../../src/core/commands/text';
import * as evidence from '../../../src/core/commands/review-evidence';
import * as learning from '../../../src/core/commands/review-learning';
import * as measureNumbers from '../../../src/core/commands/review-measures';
import * as youSaid from '../../../src/core/commands/review-you-said';
import * as barriers from '../../../src/core/commands/team-barriers';
import * as consent from '../../../src/core/commands/team-consent';
import * as listImport from '../../../src/core/commands/team-import';
import * as privacy from '../../../src/core/commands/team-privacy';
import * as ledger from '../../../src/core/commands/team-ledger';
import * as members from '../../../src/core/commands/team-members';
import * as training from '../../../src/core/commands/team-training';
import { collectionMap, getRecordMap } from '../../../src/core/doc/project-doc';
import { attendanceType, MARKS } from '../../../src/core/domain/attendance';
import { meetingType } from '../../../src/core/domain/meeting';
import { actionType } from '../../../src/core/domain/meeting-day/action';
import { agendaItemType } from '../../../src/core/domain/meeting-day/agenda-item';
import { ARRANGEMENT_KINDS } from '../../../src/core/domain/meeting-day/arrangement';
import { decisionType, DECISION_METHODS, LADDER } from '../../../src/core/domain/meeting-day/decision';
import { memberCallType } from '../../../src/core/domain/meeting-day/member-call';
import { paperSendType, paperType } from '../../../src/core/domain/meeting-day/paper';
import { CHECK_ANSWERS, VENUE_CHECK_KEYS, venueType } from '../../../src/core/domain/meeting-day/venue';
import { parseStoredRecord } from '../../../src/core/domain/parse-record';
import { ACCESS_NEEDS, CONSENT_PURPOSES, FORMATS, personType, RECOGNITIONS, ROLES, STATUSES, SUPPORT_KINDS } from '../../../src/core/domain/person';
import { activityType } from '../../../src/core/domain/plan/activity';
import { aimType } from '../../../src/core/domain/plan/aim';
import { ASSET_KINDS, ASSET_STATES, assetType } from '../../../src/core/domain/plan/asset';
import { documentSectionType } from '../../../src/core/domain/plan/document-section';
import { DOCUMENT_STATUSES } from '../../../src/core/domain/plan/document-version';
import { groupValueType } from '../../../src/core/domain/plan/group-value';
import { MEASURE_KINDS, measureType } from '../../../src/core/domain/plan/measure';
import { meetingSeriesType } from '../../../src/core/domain/plan/meeting-series';
import { objectiveType } from '../../../src/core/domain/plan/objective';
import { outcomeType } from '../../../src/core/domain/plan/outcome';
import { DOCUMENT_KINDS, planDocumentType } from '../../../src/core/domain/plan/plan-document';
import { READINESS_ANSWERS, READINESS_QUESTIONS } from '../../../src/core/domain/plan/readiness';
import { LEVELS, riskType } from '../../../src/core/domain/plan/risk';
import { CYCLE_PARTS, STAGES } from '../../../src/core/domain/plan/stage';
import { INVOLVEMENT, STAKEHOLDER_KINDS, stakeholderType } from '../../../src/core/domain/plan/stakeholder';
import { statementType } from '../../../src/core/domain/plan/statement';
import { questionnaireType, QUESTION_KINDS, type Question } from '../../../src/core/domain/questionnaire';
import type { RecordType } from '../../../src/core/domain/record-type';
import { deviceType } from '../../../src/core/domain/sharing/device';
import { recordTypes } from '../../../src/core/domain/registry';
import { RESPONSE_SOURCES, type Answer } from '../../../src/core/domain/response';
import { learningReviewType, REVIEW_PROMPTS, REVIEW_SCOPES } from '../../../src/core/domain/review/learning-review';
import { MEASURE_UNITS, measureValueType } from '../../../src/core/domain/review/measure-numbers';
import { nextStepType } from '../../../src/core/domain/review/next-step';
import { evidenceNoteType, OUTCOME_STATUSES } from '../../../src/core/domain/review/outcome-evidence';
import { RAISED_KINDS, youSaidWeDidType } from '../../../src/core/domain/review/you-said-we-did';
import { BARRIER_REASONS, barrierType } from '../../../src/core/domain/team/barrier';
import { CONTRIBUTION_KINDS, contributionType, EXPENSE_PAID, EXPENSE_TYPES, PAYMENT_BASIS } from '../../../src/core/domain/team/contribution';
import { TRAINING_KINDS, trainingType } from '../../../src/core/domain/team/training';
import { QUESTIONNAIRE_TEMPLATES } from '../../../src/core/feedback/templates';
import { STARTER_OUTCOMES } from '../../../src/core/plan/starter-outcomes';
import { STARTER_RISKS } from '../../../src/core/plan/starter-risks';
import type { Random } from '../../../src/core/reference/random';

/*
 * One generator for every exported function of src/core/commands: each calls its command the
 * way a screen would, with inputs drawn at random (mostly sensible, sometimes not), on
 * whatever records the project holds so far. The backup property test runs random sequences
 * of them; `commandModules` is what it checks the list against, so a new command without a
 * generator fails that test.
 */

export interface World {
  doc: Y.Doc;
  random: Random;
}

export interface Generator {
  /** Reads only: the test checks it never changes the project. */
  reads?: true;
  /** Run once when the project starts (as the app does), not drawn at random. */
  setup?: true;
  run(w: World): void;
}

export const commandModules: Record<string, Record<string, unknown>> = {
  attendance,
  erasure,
  'erasure-scrub': erasureScrub,
  'erasure-words': erasureWords,
  'feedback-questionnaires': questionnaires,
  'feedback-responses': responses,
  'meeting-day-arrangements': arrangements,
  'meeting-day-before': before,
  'meeting-day-during': during,
  'meeting-day-meetings': meetings,
  'meeting-day-venues': venues,
  'meeting-series': series,
  'plan-aims': aims,
  'plan-documents': documents,
  'plan-maps': maps,
  'plan-readiness': readiness,
  'plan-risks': risks,
  'plan-stage': stage,
  'plan-statement': statement,
  project,
  records,
  'review-evidence': evidence,
  'review-measures': measureNumbers,
  'review-learning': learning,
  'review-you-said': youSaid,
  sharing,
  'team-barriers': barriers,
  'team-consent': consent,
  'team-import': listImport,
  'team-privacy': privacy,
  'team-ledger': ledger,
  'team-members': members,
  'team-training': training,
  text: sharedText,
};

// ——— random inputs ———

const TODAY = '2026-06-15';
const WORDS = ['tea', 'hall', 'carers', 'respite', 'bus', 'papers', 'survey', 'quiet', 'room', 'lunch', 'council', 'easy read', 'Amira', 'Ben', 'group'];

function words(w: World, min = 1, max = 6): string {
  const n = w.random.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(w.random.pick(WORDS));
  let s = out.join(' ');
  if (w.random.chance(0.1)) s += ' 🙂';
  if (w.random.chance(0.05)) s = `  ${s}  `;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Long text as typed: several lines, sometimes a trailing space (the cursor is still there). */
function typed(w: World): string {
  const lines = w.random.int(0, 3);
  let s = words(w, 0, 8);
  for (let i = 0; i < lines; i++) s += '\n' + words(w, 1, 8);
  if (w.random.chance(0.2)) s += ' ';
  return s;
}

function day(w: World, from = '2025-11-01', days = 400): string {
  const t = Date.parse(from + 'T12:00:00Z') + w.random.int(0, days) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const pastDay = (w: World) => day(w, '2025-11-01', 200);
const clock = (w: World, from = 8, to = 20) => `${String(w.random.int(from, to)).padStart(2, '0')}:${w.random.pick(['00', '15', '30', '45'])}`;
const maybe = <T>(w: World, value: () => T, p = 0.5): T | undefined => (w.random.chance(p) ? value() : undefined);
const direction = (w: World): -1 | 1 => (w.random.chance(0.5) ? -1 : 1);

function ids(w: World, type: RecordType): string[] {
  return [...collectionMap(w.doc, type.collection).keys()].sort();
}

/** An id of this kind from the project, or now and then one that is not (or no longer) there. */
function idOf(w: World, type: RecordType): string {
  const all = ids(w, type);
  return all.length && w.random.chance(0.93) ? w.random.pick(all) : `gone-${w.random.int(1, 9)}`;
}

function liveRecord<T extends RecordType>(w: World, type: T): (ReturnType<typeof records.readRecord<T>> & object) | undefined {
  const found = records.readAll(w.doc, type).filter((r) => !r.archived);
  return found.length ? w.random.pick(found) : undefined;
}

const person = (w: World) => idOf(w, personType);
const meeting = (w: World) => idOf(w, meetingType);
const someOf = <T>(w: World, list: readonly T[], max = list.length): T[] => w.random.shuffle([...list]).slice(0, w.random.int(0, max));

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Key material as a project stores it (base64url of the right length); the gate checks shape, not cryptography. */
const keyText = (w: World, chars: number) => Array.from({ length: chars }, () => w.random.pick([...BASE64URL])).join('');
const seenAt = (w: World) => `${pastDay(w)}T${clock(w)}:00.000Z`;

function answerFor(w: World, q: Question): Answer {
  switch (q.kind) {
    case 'agree5':
      return w.random.int(0, 4);
    case 'faces3':
      return w.random.int(0, 2);
    case 'yesno':
      return w.random.chance(0.5);
    case 'choice':
      return w.random.int(0, Math.max(0, (q.options?.length ?? 1) - 1));
    default:
      return words(w, 1, 10);
  }
}

function questions(w: World): Question[] {
  return Array.from({ length: w.random.int(0, 4) }, (_, i) => {
    const kind = w.random.pick(QUESTION_KINDS);
    return { id: `q${i}-${w.random.int(0, 999)}`, kind, text: words(w, 2, 6), ...(kind === 'choice' ? { options: [words(w), words(w), ...(w.random.chance(0.3) ? [' '] : [])] } : {}) };
  });
}

/** A record with a long-text field, and that field, for the generic text commands. */
function textField(w: World): { type: RecordType; id: string; field: string } | undefined {
  const withText = recordTypes.filter((t) => t.textFields?.length && collectionMap(w.doc, t.collection).size > 0);
  if (!withText.length) return undefined;
  const type = w.random.pick(withText);
  return { type, id: w.random.pick(ids(w, type)), field: w.random.pick(type.textFields!) };
}

/** Any record of any kind in the project. */
function anyRecord(w: World): { type: RecordType; id: string } | undefined {
  const present = recordTypes.filter((t) => collectionMap(w.doc, t.collection).size > 0);
  if (!present.length) return undefined;
  const type = w.random.pick(present);
  return { type, id: w.random.pick(ids(w, type)) };
}

/** A plain copy of a stored record without its bookkeeping, to insert as a new one or borrow a field from. */
function stored(w: World, type: RecordType, id: string): Record<string, unknown> | undefined {
  const ymap = getRecordMap(w.doc, type, id);
  if (!ymap) return undefined;
  const parsed = parseStoredRecord(type, Object.fromEntries([...ymap.entries()].map(([k, v]) => [k, v instanceof Y.AbstractType ? (v instanceof Y.Text ? v.toString() : v.toJSON()) : v])));
  return parsed.ok ? (parsed.value as unknown as Record<string, unknown>) : undefined;
}

/** A meeting and person with a mark (an undo on the register), or now and then any pair. */
function markedPair(w: World): [string, string] {
  const marked = liveRecord(w, attendanceType);
  return marked && w.random.chance(0.85) ? [marked.meetingId, marked.personId] : [meeting(w), person(w)];
}

function voteCounts(w: World) {
  return { votesFor: w.random.int(0, 4), votesAgainst: w.random.int(0, 2), abstentions: w.random.int(0, 1) };
}

const reader = (run: (w: World) => unknown): Generator => ({ reads: true, run: (w) => void run(w) });
const writer = (run: (w: World) => unknown): Generator => ({ run: (w) => void run(w) });

// ——— one generator per exported command ———

export const generators: Record<string, Generator> = {
  // Attendance and walk-ins
  'attendance.markAttendance': writer((w) => attendance.markAttendance(w.doc, meeting(w), person(w), w.random.pick(MARKS))),
  'attendance.markRegister': writer((w) => {
    const meetingId = meeting(w);
    attendance.markRegister(w.doc, meetingId, Array.from({ length: w.random.int(1, 6) }, () => [person(w), w.random.pick(MARKS)] as const));
  }),
  'attendance.clearAttendance': writer((w) => attendance.clearAttendance(w.doc, ...markedPair(w))),
  'attendance.restoreAttendance': writer((w) => attendance.restoreAttendance(w.doc, ...markedPair(w), maybe(w, () => w.random.pick(MARKS)))),
  'attendance.addWalkIn': writer((w) => attendance.addWalkIn(w.doc, meeting(w), words(w, 1, 2), { asNew: w.random.chance(0.2) })),
  'attendance.makeMember': writer((w) => attendance.makeMember(w.doc, person(w), pastDay(w))),

  // Arrangements from profiles
  'meeting-day-arrangements.setArrangement': writer((w) =>
    arrangements.setArrangement(w.doc, meeting(w), person(w), w.random.pick(ARRANGEMENT_KINDS), { done: maybe(w, () => w.random.chance(0.7), 0.8), by: maybe(w, () => (w.random.chance(0.2) ? '' : words(w, 1, 2))) }),
  ),

  // Erasure
  'erasure.isErasedPersonId': reader((w) => erasure.isErasedPersonId(person(w))),
  'erasure.previewErasure': reader((w) => erasure.previewErasure(w.doc, person(w))),
  'erasure.erasePerson': writer((w) => {
    if (!w.random.chance(0.4)) return;
    const id = person(w);
    const preview = erasure.previewErasure(w.doc, id);
    const mentions = preview.ok ? preview.value.mentions : [];
    erasure.erasePerson(w.doc, id, { scrubName: w.random.chance(0.5), replace: someOf(w, mentions.map((m) => m.key), 3), day: pastDay(w) });
  }),
  // On its own, as erasePerson runs it inside its transaction: a name typed anywhere goes.
  'erasure-scrub.scrubNameEverywhere': writer((w) => w.doc.transact(() => erasureScrub.scrubNameEverywhere(w.doc, words(w, 1, 2)))),
  'erasure-words.findMentions': reader((w) => erasureWords.findMentions(w.doc, words(w, 1, 2))),
  'erasure-words.replaceMentions': writer((w) => {
    const name = words(w, 1, 1).trim();
    const found = erasureWords.findMentions(w.doc, name);
    erasureWords.replaceMentions(w.doc, name, new Set(someOf(w, found.map((m) => m.key), 2)));
  }),
  'erasure.followErasures': { setup: true, run: (w) => void erasure.followErasures(w.doc) },
  'erasure.onPersonErased': { setup: true, run: (w) => void erasure.onPersonErased(w.doc, () => undefined) },

  // Feedback
  'feedback-questionnaires.createQuestionnaire': writer((w) => questionnaires.createQuestionnaire(w.doc, { title: words(w), intro: maybe(w, () => words(w)), questions: questions(w) })),
  'feedback-questionnaires.createFromTemplate': writer((w) => questionnaires.createFromTemplate(w.doc, w.random.pick([...QUESTIONNAIRE_TEMPLATES.map((t) => t.id), 'no-such-template']))),
  'feedback-questionnaires.saveQuestionnaire': writer((w) =>
    questionnaires.saveQuestionnaire(w.doc, idOf(w, questionnaireType), { ...(w.random.chance(0.5) ? { title: words(w) } : {}), ...(w.random.chance(0.3) ? { intro: maybe(w, () => words(w)) ?? ' ' } : {}), ...(w.random.chance(0.5) ? { questions: questions(w) } : {}) }),
  ),
  'feedback-questionnaires.archiveQuestionnaire': writer((w) => questionnaires.archiveQuestionnaire(w.doc, idOf(w, questionnaireType), w.random.chance(0.7))),
  'feedback-questionnaires.newQuestion': reader((w) => questionnaires.newQuestion(w.random.pick(QUESTION_KINDS), words(w))),
  'feedback-questionnaires.readAnonymityThreshold': reader((w) => questionnaires.readAnonymityThreshold(w.doc)),
  'feedback-questionnaires.setAnonymityThreshold': writer((w) => questionnaires.setAnonymityThreshold(w.doc, w.random.int(2, 11))),
  // The kiosk's batches
  'feedback-responses.writeResponseBatch': writer((w) => {
    const questionnaire = liveRecord(w, questionnaireType);
    if (!questionnaire) return;
    const batch = Array.from({ length: w.random.int(1, 7) }, () => ({
      ...(w.random.chance(0.2) ? { id: `r-${w.random.int(0, 30)}` } : {}),
      questionnaireId: questionnaire.id,
      day: w.random.chance(0.95) ? pastDay(w) : 'not a day',
      ...(w.random.chance(0.5) ? { meetingId: meeting(w) } : {}),
      source: w.random.pick(RESPONSE_SOURCES),
      answers: Object.fromEntries(questionnaire.questions.filter(() => w.random.chance(0.8)).map((q) => [q.id, answerFor(w, q)])),
    }));
    responses.writeResponseBatch(w.doc, batch, (items) => w.random.shuffle(items));
  }),

  // Before a meeting
  'meeting-day-before.addAgendaItem': writer((w) =>
    before.addAgendaItem(w.doc, (w.random.chance(0.5) && liveRecord(w, agendaItemType)?.meetingId) || meeting(w), { title: words(w), ...(w.random.chance(0.5) ? { leadPersonId: person(w) } : { leadName: maybe(w, () => words(w)) }), minutes: maybe(w, () => w.random.int(1, 90)) }),
  ),
  'meeting-day-before.moveAgendaItem': writer((w) => before.moveAgendaItem(w.doc, idOf(w, agendaItemType), direction(w))),
  'meeting-day-before.updateAgendaItem': writer((w) =>
    before.updateAgendaItem(w.doc, idOf(w, agendaItemType), { title: words(w), ...(w.random.chance(0.5) ? { leadPersonId: person(w) } : { leadName: maybe(w, () => words(w)) }), minutes: maybe(w, () => w.random.int(1, 90)) }),
  ),
  'meeting-day-before.removeAgendaItem': writer((w) => before.removeAgendaItem(w.doc, idOf(w, agendaItemType))),
  'meeting-day-before.addPaper': writer((w) => before.addPaper(w.doc, meeting(w), words(w), maybe(w, () => words(w)))),
  'meeting-day-before.removePaper': writer((w) => before.removePaper(w.doc, idOf(w, paperType))),
  'meeting-day-before.markPaperSent': writer((w) =>
    before.markPaperSent(w.doc, idOf(w, paperType), Array.from({ length: w.random.int(0, 3) }, () => ({ personId: person(w), format: w.random.pick(FORMATS) })), pastDay(w)),
  ),
  'meeting-day-before.unmarkPaperSent': writer((w) => {
    const sent = liveRecord(w, paperSendType);
    return w.random.chance(0.9) && sent ? before.unmarkPaperSent(w.doc, sent.paperId, sent.personId) : before.unmarkPaperSent(w.doc, idOf(w, paperType), person(w));
  }),
  'meeting-day-before.markCalled': writer((w) => before.markCalled(w.doc, meeting(w), person(w), pastDay(w), maybe(w, () => words(w)))),
  'meeting-day-before.unmarkCalled': writer((w) => {
    const call = liveRecord(w, memberCallType);
    return w.random.chance(0.9) && call ? before.unmarkCalled(w.doc, call.meetingId, call.personId) : before.unmarkCalled(w.doc, meeting(w), person(w));
  }),

  // During a meeting
  'meeting-day-during.startNotes': writer((w) => during.startNotes(w.doc, meeting(w), typed(w))),
  'meeting-day-during.startReflection': writer((w) => during.startReflection(w.doc, meeting(w), w.random.pick(['wentWell', 'couldBeBetter'] as const), typed(w))),
  'meeting-day-during.recordDecision': writer((w) => {
    const method = w.random.pick(DECISION_METHODS);
    return during.recordDecision(w.doc, meeting(w), { text: words(w, 2, 8), method, ...(method === 'vote' ? { votes: voteCounts(w) } : {}), ladder: maybe(w, () => w.random.pick(LADDER)), note: maybe(w, () => words(w)) });
  }),
  'meeting-day-during.removeDecision': writer((w) => during.removeDecision(w.doc, idOf(w, decisionType))),
  'meeting-day-during.addAction': writer((w) => during.addAction(w.doc, meeting(w), { what: words(w), ownerPersonId: person(w), due: maybe(w, () => day(w)) })),
  'meeting-day-during.updateAction': writer((w) => during.updateAction(w.doc, idOf(w, actionType), { what: words(w), ownerPersonId: person(w), due: maybe(w, () => day(w)) })),
  'meeting-day-during.setActionDone': writer((w) => during.setActionDone(w.doc, idOf(w, actionType), w.random.chance(0.6), pastDay(w))),
  'meeting-day-during.removeAction': writer((w) => during.removeAction(w.doc, idOf(w, actionType))),

  // Meetings and venues
  'meeting-day-meetings.scheduleMeeting': writer((w) =>
    meetings.scheduleMeeting(w.doc, { title: words(w), date: day(w), startTime: clock(w, 8, 12), endTime: clock(w, 11, 20), ...(w.random.chance(0.3) ? { venueId: idOf(w, venueType) } : {}), place: maybe(w, () => words(w)) }),
  ),
  'meeting-day-meetings.updateMeetingDetails': writer((w) =>
    meetings.updateMeetingDetails(w.doc, meeting(w), { ...(w.random.chance(0.4) ? { date: day(w) } : {}), ...(w.random.chance(0.4) ? { startTime: clock(w) } : {}), ...(w.random.chance(0.4) ? { endTime: clock(w) } : {}), ...(w.random.chance(0.3) ? { title: words(w) } : {}), ...(w.random.chance(0.2) ? { place: maybe(w, () => words(w)) ?? '' } : {}) }),
  ),
  'meeting-day-meetings.setMeetingCancelled': writer((w) => meetings.setMeetingCancelled(w.doc, meeting(w), w.random.chance(0.6))),
  'meeting-day-venues.addVenue': writer((w) =>
    venues.addVenue(w.doc, { name: words(w), address: maybe(w, () => words(w)), notes: maybe(w, () => typed(w)), ...Object.fromEntries(someOf(w, VENUE_CHECK_KEYS, 4).map((k) => [k, w.random.pick(CHECK_ANSWERS)])) }),
  ),
  'meeting-day-venues.updateVenue': writer((w) => venues.updateVenue(w.doc, idOf(w, venueType), { ...(w.random.chance(0.5) ? { name: words(w) } : {}), ...(w.random.chance(0.5) ? { address: maybe(w, () => words(w)) ?? '' } : {}) })),
  'meeting-day-venues.setVenueCheck': writer((w) => venues.setVenueCheck(w.doc, idOf(w, venueType), w.random.pick(VENUE_CHECK_KEYS), maybe(w, () => w.random.pick(CHECK_ANSWERS), 0.8))),
  'meeting-day-venues.archiveVenue': writer((w) => venues.archiveVenue(w.doc, idOf(w, venueType), w.random.chance(0.7))),
  'meeting-day-venues.chooseVenue': writer((w) => venues.chooseVenue(w.doc, meeting(w), maybe(w, () => idOf(w, venueType), 0.8))),

  // Series of meetings
  'meeting-series.previewSeries': reader((w) => series.previewSeries(seriesInput(w), TODAY)),
  'meeting-series.pastDatesMessage': reader((w) => {
    const preview = series.previewSeries(seriesInput(w), TODAY);
    if (preview.ok && preview.value.past.length) series.pastDatesMessage(preview.value);
  }),
  'meeting-series.createMeetingSeries': writer((w) => series.createMeetingSeries(w.doc, seriesInput(w), { today: TODAY, allowPast: w.random.chance(0.5) })),
  'meeting-series.changeSeriesMeeting': writer((w) =>
    series.changeSeriesMeeting(w.doc, meeting(w), { date: maybe(w, () => day(w)), startTime: maybe(w, () => clock(w)), endTime: maybe(w, () => clock(w)), place: maybe(w, () => (w.random.chance(0.3) ? '' : words(w)), 0.3) }, { today: TODAY, allowPast: w.random.chance(0.5) }),
  ),
  'meeting-series.setMeetingCancelled': writer((w) => series.setMeetingCancelled(w.doc, meeting(w), w.random.chance(0.6))),
  'meeting-series.seriesMeetings': reader((w) => series.seriesMeetings(w.doc, idOf(w, meetingSeriesType))),
  'meeting-series.toIcsMeeting': reader((w) => {
    const m = liveRecord(w, meetingType);
    if (m) series.toIcsMeeting(w.doc, m);
  }),
  'meeting-series.seriesCalendar': reader((w) => series.seriesCalendar(w.doc, maybe(w, () => idOf(w, meetingSeriesType)), new Date('2026-06-15T10:00:00Z'))),

  // The plan's chain
  'plan-aims.addAim': writer((w) => aims.addAim(w.doc, { title: words(w, 2, 8), detail: maybe(w, () => words(w)) })),
  'plan-aims.updateAim': writer((w) => aims.updateAim(w.doc, idOf(w, aimType), { title: words(w, 2, 8) })),
  'plan-aims.moveAim': writer((w) => aims.moveAim(w.doc, idOf(w, aimType), direction(w))),
  'plan-aims.removeAim': writer((w) => (w.random.chance(0.3) ? aims.removeAim(w.doc, idOf(w, aimType)) : undefined)),
  'plan-aims.addOutcome': writer((w) => aims.addOutcome(w.doc, idOf(w, aimType), { title: words(w, 2, 8) })),
  'plan-aims.addStarterOutcome': writer((w) => aims.addStarterOutcome(w.doc, idOf(w, aimType), w.random.pick(STARTER_OUTCOMES).key)),
  'plan-aims.updateOutcome': writer((w) => aims.updateOutcome(w.doc, idOf(w, outcomeType), { title: words(w, 2, 8) })),
  'plan-aims.moveOutcome': writer((w) => aims.moveOutcome(w.doc, idOf(w, outcomeType), direction(w))),
  'plan-aims.removeOutcome': writer((w) => (w.random.chance(0.4) ? aims.removeOutcome(w.doc, idOf(w, outcomeType)) : undefined)),
  'plan-aims.addMeasure': writer((w) => aims.addMeasure(w.doc, idOf(w, outcomeType), { kind: w.random.pick(MEASURE_KINDS), text: words(w, 2, 8) })),
  'plan-aims.updateMeasure': writer((w) => aims.updateMeasure(w.doc, idOf(w, measureType), { kind: w.random.pick(MEASURE_KINDS), text: words(w) })),
  'plan-aims.moveMeasure': writer((w) => aims.moveMeasure(w.doc, idOf(w, measureType), direction(w))),
  'plan-aims.removeMeasure': writer((w) => aims.removeMeasure(w.doc, idOf(w, measureType))),
  'plan-aims.addObjective': writer((w) => aims.addObjective(w.doc, idOf(w, outcomeType), { title: words(w, 2, 8) })),
  'plan-aims.updateObjective': writer((w) => aims.updateObjective(w.doc, idOf(w, objectiveType), { title: words(w) })),
  'plan-aims.moveObjective': writer((w) => aims.moveObjective(w.doc, idOf(w, objectiveType), direction(w))),
  'plan-aims.removeObjective': writer((w) => aims.removeObjective(w.doc, idOf(w, objectiveType))),
  'plan-aims.addActivity': writer((w) => aims.addActivity(w.doc, idOf(w, objectiveType), { title: words(w), ownerId: maybe(w, () => person(w)), due: maybe(w, () => day(w, TODAY, 200)) }, TODAY)),
  'plan-aims.updateActivity': writer((w) =>
    aims.updateActivity(w.doc, idOf(w, activityType), { title: maybe(w, () => words(w)), ownerId: maybe(w, () => (w.random.chance(0.3) ? '' : person(w))), due: maybe(w, () => (w.random.chance(0.3) ? '' : day(w, TODAY, 200))), done: maybe(w, () => w.random.chance(0.5)) }, TODAY),
  ),
  'plan-aims.moveActivity': writer((w) => aims.moveActivity(w.doc, idOf(w, activityType), direction(w))),
  'plan-aims.removeActivity': writer((w) => aims.removeActivity(w.doc, idOf(w, activityType))),

  // Living documents
  'plan-documents.createDocumentFromTemplate': writer((w) =>
    w.random.chance(0.5) ? documents.createDocumentFromTemplate(w.doc, w.random.pick(DOCUMENT_KINDS), { date: pastDay(w), ...(w.random.chance(0.4) ? { meetingId: meeting(w) } : {}) }, TODAY) : undefined,
  ),
  'plan-documents.recordDocumentStep': writer((w) =>
    documents.recordDocumentStep(
      w.doc,
      { documentId: idOf(w, planDocumentType), status: w.random.pick(DOCUMENT_STATUSES), date: day(w, '2026-01-01', 170), ...(w.random.chance(0.3) ? { meetingId: meeting(w) } : {}), presentIds: someOf(w, ids(w, personType), 3), presentNote: maybe(w, () => words(w)), note: maybe(w, () => words(w)) },
      TODAY,
    ),
  ),
  'plan-documents.addSection': writer((w) => documents.addSection(w.doc, idOf(w, planDocumentType), words(w))),
  'plan-documents.renameSection': writer((w) => documents.renameSection(w.doc, idOf(w, documentSectionType), words(w))),
  'plan-documents.editSectionBody': writer((w) => documents.editSectionBody(w.doc, idOf(w, documentSectionType), { index: w.random.int(0, 400), remove: w.random.int(0, 30), insert: typed(w) })),
  'plan-documents.moveSection': writer((w) => documents.moveSection(w.doc, idOf(w, documentSectionType), direction(w))),
  'plan-documents.removeSection': writer((w) => documents.removeSection(w.doc, idOf(w, documentSectionType))),
  'plan-documents.removeDocument': writer((w) => (w.random.chance(0.3) ? documents.removeDocument(w.doc, idOf(w, planDocumentType)) : undefined)),

  // Maps, readiness, risks, stage
  'plan-maps.addStakeholder': writer((w) => maps.addStakeholder(w.doc, { name: words(w), kind: w.random.pick(STAKEHOLDER_KINDS), why: maybe(w, () => words(w)), involvement: w.random.pick(INVOLVEMENT) })),
  'plan-maps.updateStakeholder': writer((w) => maps.updateStakeholder(w.doc, idOf(w, stakeholderType), { involvement: w.random.pick(INVOLVEMENT), ...(w.random.chance(0.5) ? { why: words(w) } : {}) })),
  'plan-maps.removeStakeholder': writer((w) => maps.removeStakeholder(w.doc, idOf(w, stakeholderType))),
  'plan-maps.addAsset': writer((w) => maps.addAsset(w.doc, { kind: w.random.pick(ASSET_KINDS), description: words(w), source: maybe(w, () => words(w)), state: w.random.pick(ASSET_STATES) })),
  'plan-maps.updateAsset': writer((w) => maps.updateAsset(w.doc, idOf(w, assetType), { state: w.random.pick(ASSET_STATES), ...(w.random.chance(0.5) ? { description: words(w) } : {}) })),
  'plan-maps.removeAsset': writer((w) => maps.removeAsset(w.doc, idOf(w, assetType))),
  'plan-readiness.answerReadiness': writer((w) => readiness.answerReadiness(w.doc, { question: w.random.pick(READINESS_QUESTIONS), answer: w.random.pick(READINESS_ANSWERS), note: maybe(w, () => (w.random.chance(0.2) ? '' : words(w))) }, pastDay(w))),
  'plan-risks.addRisk': writer((w) => risks.addRisk(w.doc, { what: words(w, 2, 8), likelihood: w.random.pick(LEVELS), impact: w.random.pick(LEVELS), response: maybe(w, () => words(w)), warningSign: maybe(w, () => words(w)) })),
  'plan-risks.addStarterRisks': writer((w) => risks.addStarterRisks(w.doc, someOf(w, STARTER_RISKS.map((r) => r.key), 3))),
  'plan-risks.updateRisk': writer((w) => risks.updateRisk(w.doc, idOf(w, riskType), { likelihood: w.random.pick(LEVELS), ...(w.random.chance(0.5) ? { response: words(w) } : {}) })),
  'plan-risks.removeRisk': writer((w) => risks.removeRisk(w.doc, idOf(w, riskType))),
  'plan-stage.setStage': writer((w) => stage.setStage(w.doc, w.random.pick(STAGES), pastDay(w))),
  'plan-stage.setCyclePart': writer((w) => stage.setCyclePart(w.doc, w.random.pick(CYCLE_PARTS), w.random.chance(0.6), maybe(w, () => words(w)))),

  // The group's definition and values
  'plan-statement.startDefinition': writer((w) => (w.random.chance(0.4) ? statement.startDefinition(w.doc, maybe(w, () => typed(w)) ?? '') : undefined)),
  'plan-statement.editDefinition': writer((w) => statement.editDefinition(w.doc, idOf(w, statementType), { index: w.random.int(0, 200), remove: w.random.int(0, 20), insert: typed(w) })),
  'plan-statement.recordAgreement': writer((w) =>
    statement.recordAgreement(w.doc, idOf(w, statementType), { definitionAgreedOn: maybe(w, () => pastDay(w)), valuesAgreedOn: maybe(w, () => pastDay(w)), agreedMeetingId: maybe(w, () => meeting(w)) }, TODAY),
  ),
  'plan-statement.keepDefinition': writer((w) => statement.keepDefinition(w.doc, idOf(w, statementType))),
  'plan-statement.addValue': writer((w) => statement.addValue(w.doc, { name: words(w, 1, 3), meaning: maybe(w, () => words(w)), suggestion: maybe(w, () => w.random.pick(['equality', 'accessibility']), 0.2) })),
  'plan-statement.updateValue': writer((w) => statement.updateValue(w.doc, idOf(w, groupValueType), { name: maybe(w, () => words(w, 1, 3)), meaning: maybe(w, () => words(w)) })),
  'plan-statement.dropValue': writer((w) => statement.dropValue(w.doc, idOf(w, groupValueType))),
  'plan-statement.moveValue': writer((w) => statement.moveValue(w.doc, idOf(w, groupValueType), direction(w))),
  // The two long texts the screens edit splice by splice, with their own limits.
  'text.editText': writer((w) => {
    const where = textField(w);
    if (where) sharedText.editText(w.doc, where.type, where.id, where.field as never, { index: w.random.int(0, 100), remove: w.random.int(0, 10), insert: typed(w) });
  }),

  // The project itself
  'project.initialiseProject': { setup: true, run: (w) => void project.initialiseProject(w.doc, { name: words(w, 1, 4), purpose: maybe(w, () => words(w)) }, new Date('2026-01-01T09:00:00Z')) },
  'project.readProjectMeta': reader((w) => project.readProjectMeta(w.doc)),
  'project.updateProjectDetails': writer((w) => project.updateProjectDetails(w.doc, { ...(w.random.chance(0.6) ? { name: words(w, 1, 4) } : {}), ...(w.random.chance(0.5) ? { purpose: words(w) } : {}) })),
  'project.setProjectArchived': writer((w) => project.setProjectArchived(w.doc, w.random.chance(0.4))),

  // The generic write path every command uses
  'records.transact': writer((w) => records.transact(w.doc, () => runRandom(w, 2))),
  'records.insertRecord': writer((w) => {
    const source = anyRecord(w);
    const data = source && stored(w, source.type, source.id);
    if (!source || !data) return;
    const { id: _id, v: _v, createdAt, ...fields } = data;
    records.insertRecord(w.doc, source.type, { ...fields, createdAt } as never);
  }),
  'records.updateRecord': writer((w) => {
    const target = anyRecord(w);
    const donor = target && anyOfType(w, target.type);
    const data = donor && stored(w, target.type, donor);
    if (!target || !data) return;
    const field = w.random.pick(Object.keys(data).filter((k) => !['id', 'v', 'createdAt'].includes(k)).concat('archived'));
    records.updateRecord(w.doc, target.type, target.id, { [field]: data[field] } as never);
  }),
  'records.archiveRecord': writer((w) => {
    const target = anyRecord(w);
    if (target) records.archiveRecord(w.doc, target.type, target.id, w.random.chance(0.7));
  }),
  'records.removeRecord': writer((w) => {
    const target = anyRecord(w);
    if (target && w.random.chance(0.3)) records.removeRecord(w.doc, target.type, target.id);
  }),
  'records.readRecord': reader((w) => {
    const target = anyRecord(w);
    if (target) records.readRecord(w.doc, target.type, target.id);
  }),
  'records.readAll': reader((w) => records.readAll(w.doc, w.random.pick(recordTypes))),
  // Commands check a text against its record's rules, then change only the part that differs.
  'records.applyTextChange': writer((w) => {
    const where = textField(w);
    const ytext = where && getRecordMap(w.doc, where.type, where.id)?.get(where.field);
    if (!where || !(ytext instanceof Y.Text)) return;
    const next = typed(w);
    const data = stored(w, where.type, where.id);
    if (!data || !parseStoredRecord(where.type, { ...data, [where.field]: next }).ok) return;
    records.transact(w.doc, () => records.applyTextChange(ytext, next));
  }),

  // Review
  'review-evidence.setOutcomeStatus': writer((w) => evidence.setOutcomeStatus(w.doc, idOf(w, outcomeType), { status: w.random.pick(OUTCOME_STATUSES), agreedOn: maybe(w, () => pastDay(w)), note: maybe(w, () => typed(w)) })),
  'review-evidence.addEvidenceNote': writer((w) => evidence.addEvidenceNote(w.doc, { outcomeId: idOf(w, outcomeType), measureId: maybe(w, () => idOf(w, measureType)), text: typed(w) || 'Seen at the meeting', notedOn: pastDay(w) })),
  'review-evidence.updateEvidenceNote': writer((w) => evidence.updateEvidenceNote(w.doc, idOf(w, evidenceNoteType), { ...(w.random.chance(0.7) ? { text: typed(w) } : {}), ...(w.random.chance(0.4) ? { notedOn: pastDay(w) } : {}) })),
  'review-evidence.archiveEvidenceNote': writer((w) => evidence.archiveEvidenceNote(w.doc, idOf(w, evidenceNoteType))),
  'review-measures.setMeasureTarget': writer((w) =>
    measureNumbers.setMeasureTarget(w.doc, idOf(w, measureType), {
      unit: w.random.pick(MEASURE_UNITS),
      baseline: maybe(w, () => w.random.int(0, 120)),
      baselineOn: maybe(w, () => pastDay(w)),
      target: maybe(w, () => w.random.int(0, 120)),
      targetBy: maybe(w, () => day(w)),
    }),
  ),
  'review-measures.addMeasureValue': writer((w) =>
    measureNumbers.addMeasureValue(w.doc, { measureId: idOf(w, measureType), date: pastDay(w), value: w.random.chance(0.05) ? -1 : w.random.int(0, 120), source: maybe(w, () => words(w)) }),
  ),
  'review-measures.removeMeasureValue': writer((w) => measureNumbers.removeMeasureValue(w.doc, idOf(w, measureValueType))),
  'review-learning.startLearningReview': writer((w) =>
    learning.startLearningReview(w.doc, { title: words(w), scope: w.random.pick(REVIEW_SCOPES), heldOn: pastDay(w), periodFrom: maybe(w, () => pastDay(w)), periodTo: maybe(w, () => pastDay(w)), meetingId: maybe(w, () => meeting(w)) }),
  ),
  'review-learning.updateLearningReview': writer((w) =>
    learning.updateLearningReview(w.doc, idOf(w, learningReviewType), { [w.random.pick(REVIEW_PROMPTS).field]: typed(w), ...(w.random.chance(0.2) ? { periodTo: pastDay(w) } : {}), ...(w.random.chance(0.2) ? { title: words(w) } : {}) }),
  ),
  'review-learning.archiveLearningReview': writer((w) => learning.archiveLearningReview(w.doc, idOf(w, learningReviewType), w.random.chance(0.7))),
  'review-learning.addNextStep': writer((w) => learning.addNextStep(w.doc, idOf(w, learningReviewType), words(w))),
  'review-learning.updateNextStep': writer((w) => learning.updateNextStep(w.doc, idOf(w, nextStepType), words(w))),
  'review-learning.removeNextStep': writer((w) => learning.removeNextStep(w.doc, idOf(w, nextStepType))),
  'review-learning.turnNextStepIntoAction': writer((w) =>
    learning.turnNextStepIntoAction(w.doc, idOf(w, nextStepType), (what) => learning.createActionFromStep(w.doc, what, { meetingId: meeting(w), ownerPersonId: person(w), due: maybe(w, () => day(w)) })),
  ),
  'review-learning.createActionFromStep': writer((w) => learning.createActionFromStep(w.doc, words(w), { meetingId: meeting(w), ownerPersonId: person(w), due: maybe(w, () => day(w)) })),
  'review-you-said.addYouSaidWeDid': writer((w) =>
    youSaid.addYouSaidWeDid(w.doc, { raisedKind: w.random.pick(RAISED_KINDS), youSaid: typed(w) || 'Too many papers', weDid: typed(w) || 'Fewer papers', changedOn: pastDay(w), raisedOn: maybe(w, () => pastDay(w)), sourceId: maybe(w, () => idOf(w, questionnaireType)) }),
  ),
  'review-you-said.updateYouSaidWeDid': writer((w) => youSaid.updateYouSaidWeDid(w.doc, idOf(w, youSaidWeDidType), { ...(w.random.chance(0.6) ? { weDid: typed(w) } : {}), ...(w.random.chance(0.3) ? { raisedOn: pastDay(w) } : {}) })),
  'review-you-said.archiveYouSaidWeDid': writer((w) => youSaid.archiveYouSaidWeDid(w.doc, idOf(w, youSaidWeDidType), w.random.chance(0.7))),

  // Sharing: the project's devices and its sharing resets (keys and proofs made by core/sync)
  'sharing.registerDevice': writer((w) => {
    const known = w.random.chance(0.4) ? liveRecord(w, deviceType) : undefined;
    const proof = { key: keyText(w, 22), proof: keyText(w, 43) };
    return sharing.registerDevice(w.doc, { id: known?.id ?? keyText(w, 22), name: words(w, 1, 3), signingKey: known?.signingKey ?? keyText(w, 87), exchangeKey: known?.exchangeKey ?? keyText(w, 87), proof });
  }),
  'sharing.renameDevice': writer((w) => sharing.renameDevice(w.doc, idOf(w, deviceType), words(w, 1, 3))),
  'sharing.noteDeviceSeen': writer((w) => sharing.noteDeviceSeen(w.doc, idOf(w, deviceType), seenAt(w))),
  'sharing.recordSharingReset': writer((w) => {
    const devices = ids(w, deviceType);
    const kept = someOf(w, devices, 3);
    return sharing.recordSharingReset(w.doc, {
      id: `reset-${keyText(w, 20)}`,
      v: 1,
      createdAt: seenAt(w),
      byDevice: devices.length ? w.random.pick(devices) : keyText(w, 22),
      fromKey: keyText(w, 22),
      toKey: keyText(w, 22),
      room: keyText(w, 22),
      wrapKey: keyText(w, 87),
      kept: kept.map((device) => ({ device, iv: keyText(w, 16), secret: keyText(w, 64) })),
      removed: devices.filter((d) => !kept.includes(d)),
      proof: keyText(w, 43),
      signature: keyText(w, 86),
    });
  }),

  // Team: barriers, consent, the ledger, members, training
  'team-barriers.recordBarrier': writer((w) => {
    const agreed = w.random.chance(0.5);
    return barriers.recordBarrier(w.doc, { reasons: someOf(w, BARRIER_REASONS, 3), date: maybe(w, () => pastDay(w)), role: maybe(w, () => w.random.pick(ROLES)), detailsAgreed: agreed, ...(agreed || w.random.chance(0.1) ? { name: words(w, 1, 2), contact: maybe(w, () => words(w)), details: maybe(w, () => typed(w)) } : {}) });
  }),
  'team-barriers.forgetBarrierDetails': writer((w) => barriers.forgetBarrierDetails(w.doc, idOf(w, barrierType))),
  'team-barriers.removeBarrier': writer((w) => barriers.removeBarrier(w.doc, idOf(w, barrierType))),
  'team-consent.recordConsent': writer((w) => consent.recordConsent(w.doc, person(w), w.random.pick(CONSENT_PURPOSES), { given: w.random.chance(0.7), date: maybe(w, () => pastDay(w)), how: maybe(w, () => words(w)) })),
  'team-consent.withdrawConsent': writer((w) => consent.withdrawConsent(w.doc, person(w), w.random.pick(CONSENT_PURPOSES), pastDay(w))),
  'team-ledger.addContribution': writer((w) => {
    const kind = w.random.pick(CONTRIBUTION_KINDS);
    return ledger.addContribution(w.doc, {
      personId: person(w),
      kind,
      date: pastDay(w),
      forWhat: words(w),
      ...(kind === 'time-credit' ? { hours: w.random.int(1, 16) / 4 } : { amountPence: w.random.int(1, 9000) }),
      ...(kind === 'expense' ? { expenseType: w.random.pick(EXPENSE_TYPES), paid: maybe(w, () => w.random.pick(EXPENSE_PAID)) } : {}),
      ...(kind === 'payment' ? { basis: maybe(w, () => w.random.pick(PAYMENT_BASIS)), quantity: maybe(w, () => w.random.int(1, 8)) } : {}),
    });
  }),
  'team-ledger.addContributionsForPresent': writer((w) => {
    const kind = w.random.pick(CONTRIBUTION_KINDS);
    return ledger.addContributionsForPresent(w.doc, meeting(w), {
      kind,
      forWhat: w.random.pick(['Bus fare', 'Taxi', 'Time at the meeting', words(w)]),
      ...(kind === 'time-credit' ? { hours: w.random.int(1, 8) / 4 } : { amountPence: w.random.int(1, 3000) }),
      ...(kind === 'expense' ? { expenseType: w.random.pick(EXPENSE_TYPES) } : {}),
    });
  }),
  'team-ledger.removeContribution': writer((w) => ledger.removeContribution(w.doc, idOf(w, contributionType))),
  'team-members.addMember': writer((w) =>
    members.addMember(w.doc, { name: words(w, 1, 3), role: w.random.pick(ROLES), status: w.random.pick(STATUSES), statusSince: maybe(w, () => pastDay(w)), email: maybe(w, () => `m${w.random.int(1, 99)}@example.org`), phone: maybe(w, () => '07700 900123'), pronouns: maybe(w, () => 'they/them'), guest: maybe(w, () => true, 0.1) }, pastDay(w)),
  ),
  'team-members.updateMemberDetails': writer((w) => members.updateMemberDetails(w.doc, person(w), { ...(w.random.chance(0.3) ? { name: words(w, 1, 3) } : {}), ...(w.random.chance(0.5) ? { email: w.random.chance(0.3) ? '' : `x${w.random.int(1, 99)}@example.org` } : {}), ...(w.random.chance(0.4) ? { phone: '07700 900456' } : {}) })),
  'team-members.setMemberStatus': writer((w) => members.setMemberStatus(w.doc, person(w), w.random.pick(STATUSES), pastDay(w))),
  'team-members.saveInclusionProfile': writer((w) =>
    members.saveInclusionProfile(w.doc, person(w), w.random.chance(0.1) ? { declined: true } : { accessNeeds: someOf(w, ACCESS_NEEDS, 2), accessNotes: maybe(w, () => typed(w)), formats: someOf(w, FORMATS, 2), interpreter: w.random.chance(0.2), dietary: maybe(w, () => words(w)), note: maybe(w, () => typed(w)) }),
  ),
  'team-members.setSupport': writer((w) => members.setSupport(w.doc, person(w), someOf(w, SUPPORT_KINDS, 3), maybe(w, () => words(w)))),
  'team-members.setRecognition': writer((w) => members.setRecognition(w.doc, person(w), maybe(w, () => w.random.pick(RECOGNITIONS), 0.8))),
  'team-import.importMembers': writer((w) =>
    listImport.importMembers(
      w.doc,
      Array.from({ length: w.random.int(1, 4) }, (_, i) => ({ row: i + 2, input: { name: w.random.chance(0.1) ? '' : words(w, 1, 3), role: w.random.pick(ROLES), status: w.random.pick(STATUSES), email: maybe(w, () => `i${w.random.int(1, 99)}@example.org`), phone: maybe(w, () => '+44 7700 900789'), organisation: maybe(w, () => '=SUM(A1)', 0.2) } })),
      pastDay(w),
    ),
  ),
  'team-import.importStakeholders': writer((w) =>
    listImport.importStakeholders(
      w.doc,
      Array.from({ length: w.random.int(1, 3) }, (_, i) => ({ row: i + 2, input: { name: words(w, 1, 3), kind: w.random.pick(STAKEHOLDER_KINDS), why: maybe(w, () => words(w)), involvement: w.random.pick(INVOLVEMENT) } })),
    ),
  ),
  'team-privacy.savePrivacySettings': writer((w) =>
    privacy.savePrivacySettings(w.doc, { retentionMonths: w.random.chance(0.1) ? w.random.pick([0, 121, 2.5]) : w.random.int(1, 120), holder: maybe(w, () => words(w)), contact: maybe(w, () => `dpo${w.random.int(1, 9)}@example.org`), partners: maybe(w, () => words(w)) }),
  ),
  'team-privacy.keepPersonDetails': writer((w) => privacy.keepPersonDetails(w.doc, person(w), pastDay(w))),
  'team-training.addTraining': writer((w) => training.addTraining(w.doc, { personId: person(w), kind: w.random.pick(TRAINING_KINDS), date: pastDay(w), title: maybe(w, () => words(w)), note: maybe(w, () => words(w)) })),
  'team-training.removeTraining': writer((w) => training.removeTraining(w.doc, idOf(w, trainingType))),
};

function seriesInput(w: World): series.SeriesInput {
  return { title: words(w, 1, 3), from: day(w), weekday: w.random.int(0, 6), everyWeeks: w.random.int(1, 4), count: w.random.int(1, 5), startTime: clock(w, 8, 12), endTime: clock(w, 11, 20), place: maybe(w, () => words(w)), ...(w.random.chance(0.3) ? { venueId: idOf(w, venueType) } : {}) };
}

function anyOfType(w: World, type: RecordType): string | undefined {
  const all = ids(w, type);
  return all.length ? w.random.pick(all) : undefined;
}

/** What a new project gets first, so the other commands have members and meetings to work on. */
export const STARTERS = [
  ...Array<string>(3).fill('team-members.addMember'),
  'meeting-day-meetings.scheduleMeeting',
  'meeting-series.createMeetingSeries',
  ...Array<string>(3).fill('attendance.markAttendance'),
  'attendance.addWalkIn',
  'feedback-questionnaires.createFromTemplate',
  'plan-aims.addAim',
  'plan-aims.addAim',
  'plan-aims.addStarterOutcome',
  'plan-aims.addOutcome',
  ...Array<string>(2).fill('plan-aims.addObjective'),
  ...Array<string>(2).fill('plan-aims.addActivity'),
  'plan-documents.createDocumentFromTemplate',
  ...Array<string>(3).fill('plan-statement.startDefinition'),
  'plan-statement.addValue',
  'plan-statement.addValue',
  'plan-maps.addStakeholder',
  'review-learning.startLearningReview',
  'review-evidence.addEvidenceNote',
  ...Array<string>(2).fill('meeting-day-before.addAgendaItem'),
  'meeting-day-before.addPaper',
  'meeting-day-before.markCalled',
  'meeting-day-during.recordDecision',
  'meeting-day-during.addAction',
  ...Array<string>(2).fill('review-you-said.addYouSaidWeDid'),
  'team-barriers.recordBarrier',
  'team-training.addTraining',
  'meeting-day-venues.addVenue',
  'meeting-day-during.startNotes',
  'meeting-day-during.startReflection',
  'review-learning.addNextStep',
  'plan-risks.addRisk',
  'plan-maps.addAsset',
  'team-ledger.addContribution',
  'review-evidence.setOutcomeStatus',
  'meeting-day-before.markPaperSent',
  'meeting-day-arrangements.setArrangement',
];

/** Names of the generators drawn at random (all but the set-up ones). */
export const randomCommandNames = Object.keys(generators).filter((name) => !generators[name]!.setup);

/** Runs `count` commands drawn at random. */
function runRandom(w: World, count: number): void {
  for (let i = 0; i < count; i++) generators[w.random.pick(randomCommandNames)]!.run(w);
}
