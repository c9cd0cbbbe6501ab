import { t } from '@lingui/core/macro';
import { today } from '../core/format/calendar';
import type { KioskSession } from '../core/feedback/kiosk-session';
import {
  closeOpenTurns,
  flushQueue,
  keepTurnAnswers,
  queueResponse,
  waitingCount,
  type FlushOutcome,
  type QueueInput,
  type TurnAnswers,
} from '../core/feedback/queue';
import type { ProjectSession } from '../core/projects/project-session';
import { readAnonymityThreshold } from '../core/read/feedback';
import { fail, type Result } from '../core/result';
import { db } from './app-db';
import { useProjectId } from './project-context';
import { getProjectSession } from './project-sessions';
import { useLiveQuery } from './use-live-query';

/*
 * Feedback answers waiting on this device (src/core/feedback/queue.ts): kept as they are given
 * at the kiosk or typed in from paper, and moved into the project in shuffled batches.
 */

/** How many answers wait on this device to join the open project (of one questionnaire, or all). */
export function useWaitingCount(questionnaireId?: string): number | undefined {
  const projectId = useProjectId();
  return useLiveQuery(() => waitingCount(db, projectId, questionnaireId), [projectId, questionnaireId]);
}

/**
 * Moves waiting answers for a project into its doc: those of one questionnaire, or all.
 * `force` writes however few are waiting (the kiosk or paper entry is closing).
 */
export async function addWaitingAnswers(session: ProjectSession, options: { questionnaireId?: string; force?: boolean } = {}): Promise<Result<FlushOutcome>> {
  try {
    return await flushQueue(db, session.doc, {
      threshold: readAnonymityThreshold(session.doc),
      before: today(),
      whenSaved: () => session.store.whenSaved(),
      ...options,
    });
  } catch {
    return fail(t`The answers waiting on this device could not be added to the project yet. They are still safe on this device; try again in a moment.`);
  }
}

/**
 * Kiosk mode was ended from another tab while no tab showed the kiosk (it was closed, or the
 * browser was): the turn it left open is over, and what waits joins the project as the kiosk
 * itself would have done on leaving.
 */
export async function closeEndedKiosk(kiosk: KioskSession): Promise<void> {
  try {
    await closeOpenTurns(db);
    await addWaitingAnswers(await getProjectSession(kiosk.projectId), { questionnaireId: kiosk.questionnaireId, force: true });
  } catch {
    // The answers stay safe on this device and join when the project is next opened.
  }
}

/** One person's turn at the kiosk, kept on the device answer by answer. */
export function keepKioskTurn(input: Omit<QueueInput, 'answers' | 'source'>): TurnAnswers {
  return keepTurnAnswers(db, input);
}

/**
 * Closes turns left open by a kiosk that was reloaded, closed or killed part way. Only the
 * kiosk that has just taken the device's one kiosk place calls this.
 */
export function closeOpenKioskTurns(): Promise<number> {
  return closeOpenTurns(db);
}

/** Keeps one paper form's answers on the device until they can join a shuffled batch. */
export function keepPaperForm(input: Omit<QueueInput, 'source'>): Promise<void> {
  return queueResponse(db, { ...input, source: 'paper' });
}
