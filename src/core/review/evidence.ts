import type { Attendance } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import { LADDER, type Decision, type LadderRung } from '../domain/meeting-day/decision';
import { type MemberStatus, type Person, type Role } from '../domain/person';
import type { Question, Questionnaire } from '../domain/questionnaire';
import type { FeedbackResponse } from '../domain/response';
import type { EvidenceNote, OutcomeStatus } from '../domain/review/outcome-evidence';
import { DEFAULT_ANONYMITY_THRESHOLD, netAgreement, questionResult, type QuestionResult } from '../feedback/results';
import type { MeasureRef, OutcomeRef } from './outcomes';
import { inPeriod, type Period } from './period';
import { isMember } from '../read/figures';

/** Who came to meetings in a period. Counts only meetings that were not cancelled and not archived. */
export interface AttendanceFigures {
  /** Meetings on or before `asOf`. */
  meetingsHeld: number;
  /** Meetings after `asOf`. */
  meetingsPlanned: number;
  meetingsCancelled: number;
  /** Times someone was marked present, across held meetings. */
  attendances: number;
  apologies: number;
  absences: number;
  /** Present marks per held meeting, to one decimal place (0 when none were held). */
  averagePresent: number;
  /** Different people present at least once. */
  peopleTakingPart: number;
  /** People present at half or more of the held meetings. */
  regularAttenders: number;
  /** Different people present at least once, by role. */
  peopleByRole: Partial<Record<Role, number>>;
}

export interface AttendanceInput {
  meetings: readonly Meeting[];
  attendance: readonly Attendance[];
  people: readonly Person[];
  asOf: string;
  period?: Period;
}

export function attendanceFigures({ meetings, attendance, people, asOf, period }: AttendanceInput): AttendanceFigures {
  const inRange = meetings.filter((m) => !m.archived && inPeriod(m.date, period));
  const held = new Set(inRange.filter((m) => !m.cancelled && m.date <= asOf).map((m) => m.id));
  const presentCount = new Map<string, number>();
  let attendances = 0;
  let apologies = 0;
  let absences = 0;
  for (const mark of attendance) {
    if (mark.archived || !held.has(mark.meetingId)) continue;
    if (mark.mark === 'present') {
      attendances++;
      presentCount.set(mark.personId, (presentCount.get(mark.personId) ?? 0) + 1);
    } else if (mark.mark === 'apologies') apologies++;
    else absences++;
  }
  const roleOf = new Map(people.map((p) => [p.id, p.role]));
  const peopleByRole: Partial<Record<Role, number>> = {};
  for (const personId of presentCount.keys()) {
    const role = roleOf.get(personId);
    if (role) peopleByRole[role] = (peopleByRole[role] ?? 0) + 1;
  }
  return {
    meetingsHeld: held.size,
    meetingsPlanned: inRange.filter((m) => !m.cancelled && m.date > asOf).length,
    meetingsCancelled: inRange.filter((m) => m.cancelled).length,
    attendances,
    apologies,
    absences,
    averagePresent: held.size ? Math.round((attendances / held.size) * 10) / 10 : 0,
    peopleTakingPart: presentCount.size,
    regularAttenders: [...presentCount.values()].filter((n) => n * 2 >= held.size).length,
    peopleByRole,
  };
}

/** How many people are involved, and how much they have said through feedback. */
export interface EngagementFigures {
  /** Members (not walk-in guests) by status. */
  membersByStatus: Record<MemberStatus, number>;
  /** Active members with lived experience or caring experience, and all active members. */
  activeWithLivedExperience: number;
  activeMembers: number;
  feedbackResponses: number;
  /** Free-text answers people wrote. */
  comments: number;
  questionnairesUsed: number;
}

export interface EngagementInput {
  people: readonly Person[];
  questionnaires: readonly Questionnaire[];
  responses: readonly FeedbackResponse[];
  period?: Period;
}

export function engagementFigures({ people, questionnaires, responses, period }: EngagementInput): EngagementFigures {
  const membersByStatus: Record<MemberStatus, number> = { interested: 0, active: 0, 'stepped-back': 0, left: 0 };
  let activeWithLivedExperience = 0;
  for (const person of people) {
    if (!isMember(person)) continue;
    membersByStatus[person.status]++;
    if (person.status === 'active' && (person.role === 'lived-experience' || person.role === 'carer')) activeWithLivedExperience++;
  }
  const textQuestions = new Map<string, Set<string>>();
  for (const q of questionnaires) textQuestions.set(q.id, new Set(q.questions.filter((x) => x.kind === 'text').map((x) => x.id)));
  let feedbackResponses = 0;
  let comments = 0;
  const used = new Set<string>();
  for (const response of responses) {
    if (response.archived || !inPeriod(response.day, period) || !textQuestions.has(response.questionnaireId)) continue;
    feedbackResponses++;
    used.add(response.questionnaireId);
    for (const questionId of textQuestions.get(response.questionnaireId)!) {
      const answer = response.answers[questionId];
      if (typeof answer === 'string' && answer.trim()) comments++;
    }
  }
  return { membersByStatus, activeWithLivedExperience, activeMembers: membersByStatus.active, feedbackResponses, comments, questionnairesUsed: used.size };
}

/** How the group's decisions were made, and where each sat on the ladder of participation. */
export interface DecisionFigures {
  total: number;
  byConsensus: number;
  byVote: number;
  /** Decisions at each rung; `notRecorded` holds those with no rung chosen. */
  byLadder: Record<LadderRung | 'notRecorded', number>;
}

export interface DecisionInput {
  decisions: readonly Decision[];
  /** Decisions count only at meetings that are here (not archived) and in the period. */
  meetings: readonly Meeting[];
  period?: Period;
}

export function decisionFigures({ decisions, meetings, period }: DecisionInput): DecisionFigures {
  const dateOf = new Map(meetings.filter((m) => !m.archived).map((m) => [m.id, m.date]));
  const byLadder = Object.fromEntries([...LADDER, 'notRecorded'].map((r) => [r, 0])) as DecisionFigures['byLadder'];
  let total = 0;
  let byVote = 0;
  for (const decision of decisions) {
    const date = dateOf.get(decision.meetingId);
    if (decision.archived || date === undefined || !inPeriod(date, period)) continue;
    total++;
    if (decision.method === 'vote') byVote++;
    byLadder[decision.ladder ?? 'notRecorded']++;
  }
  return { total, byConsensus: total - byVote, byVote, byLadder };
}

/** One questionnaire question linked to a measure, with its answers (hidden below the threshold). */
export interface LinkedQuestionResult {
  questionnaireId: string;
  questionnaireTitle: string;
  question: Question;
  result: QuestionResult;
  /** Share agreeing minus share disagreeing, for agree/disagree questions that are shown. */
  netAgreement: number | null;
}

export interface MeasureEvidence {
  measure: MeasureRef;
  questions: LinkedQuestionResult[];
  notes: EvidenceNote[];
}

export interface OutcomeEvidence {
  outcome: OutcomeRef;
  status: OutcomeStatus | null;
  /** Notes attached to the outcome as a whole (not to one measure). */
  notes: EvidenceNote[];
  measures: MeasureEvidence[];
}

export interface EvidenceInput {
  outcomes: readonly OutcomeRef[];
  questionnaires: readonly Questionnaire[];
  responses: readonly FeedbackResponse[];
  statuses: readonly OutcomeStatus[];
  notes: readonly EvidenceNote[];
  period?: Period;
  threshold?: number;
  /** Free-text answers are shuffled before they are shown; tests pass a fixed order. */
  shuffle?: <T>(items: T[]) => T[];
}

/** For each outcome: its agreed status, and for each measure the questionnaire results and notes that show progress. */
export function outcomeEvidence(input: EvidenceInput): OutcomeEvidence[] {
  const threshold = input.threshold ?? DEFAULT_ANONYMITY_THRESHOLD;
  const responsesByQuestionnaire = new Map<string, FeedbackResponse[]>();
  for (const response of input.responses) {
    if (response.archived || !inPeriod(response.day, input.period)) continue;
    const list = responsesByQuestionnaire.get(response.questionnaireId);
    if (list) list.push(response);
    else responsesByQuestionnaire.set(response.questionnaireId, [response]);
  }
  const linked = new Map<string, { questionnaire: Questionnaire; question: Question }[]>();
  for (const questionnaire of input.questionnaires) {
    if (questionnaire.archived) continue;
    for (const question of questionnaire.questions) {
      if (!question.measureId) continue;
      const list = linked.get(question.measureId) ?? [];
      list.push({ questionnaire, question });
      linked.set(question.measureId, list);
    }
  }
  const liveNotes = input.notes.filter((n) => !n.archived && inPeriod(n.notedOn, input.period)).sort((a, b) => a.notedOn.localeCompare(b.notedOn));
  const statusOf = new Map(input.statuses.filter((s) => !s.archived).map((s) => [s.outcomeId, s]));

  return input.outcomes.map((outcome) => ({
    outcome,
    status: statusOf.get(outcome.id) ?? null,
    notes: liveNotes.filter((n) => n.outcomeId === outcome.id && !n.measureId),
    measures: outcome.measures.map((measure) => ({
      measure,
      notes: liveNotes.filter((n) => n.outcomeId === outcome.id && n.measureId === measure.id),
      questions: (linked.get(measure.id) ?? []).map(({ questionnaire, question }) => {
        const result = questionResult(question, responsesByQuestionnaire.get(questionnaire.id) ?? [], threshold, input.shuffle);
        return { questionnaireId: questionnaire.id, questionnaireTitle: questionnaire.title, question, result, netAgreement: netAgreement(result) };
      }),
    })),
  }));
}
