import { readAnonymityThreshold } from '../../core/read/feedback';
import type { KioskSession } from '../../core/feedback/kiosk-session';
import { closeOpenTurns, flushQueue, type FlushOutcome } from '../../core/feedback/queue';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { fail, type Result } from '../../core/result';
import { db } from '../../state/app-db';
import { getProjectSession, onProjectOpened } from '../../state/project-sessions';

/**
 * Moves waiting answers for a project into its doc: those of one questionnaire, or all.
 * `force` writes however few are waiting (the kiosk or paper entry is closing).
 */
export async function addWaitingAnswers(session: ProjectSession, options: { questionnaireId?: string; force?: boolean } = {}): Promise<Result<FlushOutcome>> {
  try {
    return await flushQueue(db, session.doc, {
      threshold: readAnonymityThreshold(session.doc),
      before: todayIso(),
      whenSaved: () => session.store.whenSaved(),
      ...options,
    });
  } catch {
    return fail('The answers waiting on this device could not be added to the project yet. They are still safe on this device; try again in a moment.');
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

/*
 * When a project opens, answers left waiting by a kiosk that never closed properly (the
 * tablet restarted or ran flat) are added if they come from an earlier day, or if enough
 * wait to make a batch. A few from today stay waiting: the kiosk may be reopened and they
 * will join that session's batch, which keeps them hidden among more people.
 */
onProjectOpened((session) => void addWaitingAnswers(session));
