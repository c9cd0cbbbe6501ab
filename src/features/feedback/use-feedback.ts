import { useRef } from 'preact/hooks';
import { collectionMap } from '../../core/doc/project-doc';
import { readAnonymityThreshold, readQuestionnaire } from '../../core/read/feedback';
import type { Questionnaire } from '../../core/domain/questionnaire';
import type { FeedbackResponse } from '../../core/domain/response';
import type { ProjectSession } from '../../core/projects/project-session';
import { waitingCount } from '../../core/feedback/queue';
import { countProjected, projectedIds, projectedRecords } from '../../core/projection/queries';
import { db } from '../../state/app-db';
import { useLiveQuery } from '../../state/use-live-query';
import { useYValue } from '../../state/use-y';
import { compareText, formatDateWith, formatNumber } from '../../core/format/intl';


/** Every questionnaire in the project (archived ones too), by title. */
export function useQuestionnaires(projectId: string): Questionnaire[] | undefined {
  return useLiveQuery(
    async () => (await projectedRecords<Questionnaire>(db, projectId, 'questionnaires')).sort((a, b) => compareText(a.title, b.title)),
    [projectId],
  );
}

/**
 * One questionnaire, read from the doc so edits from other devices show at once. The same
 * object comes back until the questionnaire really changes, so screens can depend on it.
 */
export function useQuestionnaire(session: ProjectSession, id: string): Questionnaire | undefined {
  const last = useRef<{ json: string; value: Questionnaire | undefined } | null>(null);
  return useYValue(collectionMap(session.doc, 'questionnaires'), () => {
    const value = readQuestionnaire(session.doc, id);
    const json = JSON.stringify(value ?? null);
    if (last.current?.json !== json) last.current = { json, value };
    return last.current.value;
  });
}

/** How many responses each questionnaire has in the project, counted on the index without reading them. */
export function useResponseCounts(projectId: string): Map<string, number> | undefined {
  return useLiveQuery(async () => {
    const ids = await projectedIds(db, projectId, 'questionnaires');
    const counts = await Promise.all(ids.map((id) => countProjected(db, projectId, 'responses', { k1: id })));
    return new Map(ids.map((id, i) => [id, counts[i]!]));
  }, [projectId]);
}

export function useResponses(projectId: string, questionnaireId: string): FeedbackResponse[] | undefined {
  return useLiveQuery(
    () => projectedRecords<FeedbackResponse>(db, projectId, 'responses', { k1: questionnaireId }),
    [projectId, questionnaireId],
  );
}

export function useThreshold(session: ProjectSession): number {
  return useYValue(collectionMap(session.doc, 'feedbackSettings'), () => readAnonymityThreshold(session.doc));
}

/** Responses waiting on this device to join the project. */
export function useWaiting(projectId: string, questionnaireId?: string): number | undefined {
  return useLiveQuery(() => waitingCount(db, projectId, questionnaireId), [projectId, questionnaireId]);
}

export interface MeetingOption {
  id: string;
  label: string;
  date: string;
}

/** Meetings to tie a kiosk session or a round to, newest first. */
export function useMeetings(projectId: string): MeetingOption[] | undefined {
  return useLiveQuery(
    async () =>
      (await projectedRecords<{ id: string; title?: string; date?: string; archived?: boolean; cancelled?: boolean }>(db, projectId, 'meetings'))
        .filter((m) => !m.archived && !m.cancelled && typeof m.date === 'string')
        .sort((a, b) => (a.date! < b.date! ? 1 : -1))
        .map((m) => ({ id: m.id, date: m.date!, label: `${formatDay(m.date!)}: ${m.title ?? 'Meeting'}` })),
    [projectId],
  );
}

export interface MeasureOption {
  id: string;
  label: string;
}

/** Outcome measures from the plan, to link questions to; empty until the plan has some. */
export function useMeasures(projectId: string): MeasureOption[] | undefined {
  return useLiveQuery(
    async () =>
      (await projectedRecords<{ id: string; text?: unknown; title?: unknown; archived?: boolean }>(db, projectId, 'measures'))
        .filter((m) => !m.archived)
        .map((m) => ({ id: m.id, label: String(m.text ?? m.title ?? 'Unnamed measure') }))
        .sort((a, b) => compareText(a.label, b.label)),
    [projectId],
  );
}

export function formatDay(day: string): string {
  const date = new Date(day + 'T12:00:00Z');
  return Number.isNaN(date.getTime()) ? day : formatDateWith(date, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function formatMonth(month: string): string {
  const date = new Date(month + '-15T12:00:00Z');
  return Number.isNaN(date.getTime()) ? month : formatDateWith(date, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export const plural = (n: number, one: string, many = one + 's') => `${formatNumber(n)} ${n === 1 ? one : many}`;
