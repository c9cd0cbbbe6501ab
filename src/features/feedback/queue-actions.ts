import { onProjectOpened } from '../../state/project-sessions';
import { addWaitingAnswers } from '../../state/waiting-answers';

// The lock screen loads this file when kiosk mode ends with no kiosk tab open.
export { closeEndedKiosk } from '../../state/waiting-answers';

/*
 * When a project opens, answers left waiting by a kiosk that never closed properly (the
 * tablet restarted or ran flat) are added if they come from an earlier day, or if enough
 * wait to make a batch. A few from today stay waiting: the kiosk may be reopened and they
 * will join that session's batch, which keeps them hidden among more people.
 */
onProjectOpened((session) => void addWaitingAnswers(session));
