import type { Meeting } from '../domain/meeting';
import type { Activity } from '../domain/plan/activity';
import type { Aim } from '../domain/plan/aim';
import type { Asset } from '../domain/plan/asset';
import type { DocumentVersion, DocumentStatus } from '../domain/plan/document-version';
import type { Measure } from '../domain/plan/measure';
import type { MeetingSeries } from '../domain/plan/meeting-series';
import type { Objective } from '../domain/plan/objective';
import type { Outcome } from '../domain/plan/outcome';
import type { DocumentKind, PlanDocument } from '../domain/plan/plan-document';
import type { ReadinessAnswer } from '../domain/plan/readiness';
import type { Risk } from '../domain/plan/risk';
import { CYCLE_PARTS, type CyclePart, type CyclePartRecord, type ProjectStage } from '../domain/plan/stage';
import type { Stakeholder } from '../domain/plan/stakeholder';
import type { Statement } from '../domain/plan/statement';
import type { GroupValue } from '../domain/plan/group-value';
import { currentVersion } from './document-status';
import { readinessReading, READINESS_PROMPTS, type ReadinessReading } from './readiness';

/** The plan's records as the screens read them (archived ones left out). */
export interface PlanRecords {
  readiness: ReadinessAnswer[];
  statements: Statement[];
  values: GroupValue[];
  stage: ProjectStage[];
  cycle: CyclePartRecord[];
  aims: Aim[];
  outcomes: Outcome[];
  measures: Measure[];
  objectives: Objective[];
  activities: Activity[];
  series: MeetingSeries[];
  meetings: Meeting[];
  documents: PlanDocument[];
  versions: DocumentVersion[];
  stakeholders: Stakeholder[];
  assets: Asset[];
  risks: Risk[];
}

export interface DocumentSummary {
  exists: boolean;
  documentId?: string;
  status?: DocumentStatus;
  date?: string;
  meetingTitle?: string;
}

export interface PlanSummary {
  readiness: { answered: number; total: number; reading: ReadinessReading };
  definition: { written: boolean; agreedOn?: string; values: number; valuesAgreedOn?: string };
  stage?: ProjectStage;
  coProduced: CyclePart[];
  counts: { aims: number; outcomes: number; measures: number; objectives: number; activities: number; openActivities: number; overdueActivities: number };
  meetings: { total: number; upcoming: number; cancelled: number; next?: Meeting; series: number };
  documents: Record<DocumentKind, DocumentSummary>;
  stakeholders: { total: number; involved: number };
  assets: { have: number; need: number };
  risks: { total: number; serious: number };
}

/** What the plan holds, in numbers and states, for the overview and the dashboard card. */
export function planSummary(records: PlanRecords, today: string): PlanSummary {
  const answers = Object.fromEntries(records.readiness.map((a) => [a.question, a.answer]));
  const statement = [...records.statements].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const aims = new Set(records.aims.map((a) => a.id));
  const outcomes = records.outcomes.filter((o) => aims.has(o.aimId));
  const outcomeIds = new Set(outcomes.map((o) => o.id));
  const objectives = records.objectives.filter((o) => outcomeIds.has(o.outcomeId));
  const objectiveIds = new Set(objectives.map((o) => o.id));
  const activities = records.activities.filter((a) => objectiveIds.has(a.objectiveId));
  const open = activities.filter((a) => !a.done);
  const meetings = records.meetings.filter((m) => !m.archived);
  const upcoming = meetings.filter((m) => !m.cancelled && m.date >= today).sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
  const meetingTitles = new Map(records.meetings.map((m) => [m.id, m.title]));
  const documentFor = (kind: DocumentKind): DocumentSummary => {
    const document = [...records.documents].filter((d) => d.kind === kind).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
    if (!document) return { exists: false };
    const latest = currentVersion(records.versions.filter((v) => v.documentId === document.id));
    const meetingTitle = latest?.meetingId ? meetingTitles.get(latest.meetingId) : undefined;
    return {
      exists: true,
      documentId: document.id,
      ...(latest ? { status: latest.status, date: latest.date } : {}),
      ...(meetingTitle ? { meetingTitle } : {}),
    };
  };
  return {
    readiness: { answered: records.readiness.length, total: READINESS_PROMPTS.length, reading: readinessReading(answers) },
    definition: {
      written: Boolean(statement?.definition),
      ...(statement?.definitionAgreedOn ? { agreedOn: statement.definitionAgreedOn } : {}),
      values: records.values.length,
      ...(statement?.valuesAgreedOn ? { valuesAgreedOn: statement.valuesAgreedOn } : {}),
    },
    ...(records.stage[0] ? { stage: records.stage[0] } : {}),
    coProduced: CYCLE_PARTS.filter((part) => records.cycle.some((c) => c.part === part && c.coProduced)),
    counts: {
      aims: records.aims.length,
      outcomes: outcomes.length,
      measures: records.measures.filter((m) => outcomeIds.has(m.outcomeId)).length,
      objectives: objectives.length,
      activities: activities.length,
      openActivities: open.length,
      overdueActivities: open.filter((a) => a.due && a.due < today).length,
    },
    meetings: {
      total: meetings.length,
      upcoming: upcoming.length,
      cancelled: meetings.filter((m) => m.cancelled).length,
      ...(upcoming[0] ? { next: upcoming[0] } : {}),
      series: records.series.length,
    },
    documents: { terms: documentFor('terms'), 'ground-rules': documentFor('ground-rules') },
    stakeholders: { total: records.stakeholders.length, involved: records.stakeholders.filter((s) => s.involvement === 'involved').length },
    assets: { have: records.assets.filter((a) => a.state === 'have').length, need: records.assets.filter((a) => a.state === 'need').length },
    risks: { total: records.risks.length, serious: records.risks.filter(isSerious).length },
  };
}

/** High on one side and at least medium on the other. */
export function isSerious(risk: Pick<Risk, 'likelihood' | 'impact'>): boolean {
  return (risk.likelihood === 'high' && risk.impact !== 'low') || (risk.impact === 'high' && risk.likelihood !== 'low');
}
