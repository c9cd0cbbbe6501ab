import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { readyForKiosk } from '../../core/feedback/answers';
import type { KioskSession } from '../../core/feedback/kiosk-session';
import { readQuestionnaire } from '../../core/read/feedback';
import { showKioskLanguage } from '../../i18n/language';
import { useProjectId, useSession } from '../../state/project-context';
import { href } from '../../state/router';
import { closeOpenKioskTurns } from '../../state/waiting-answers';
import { LinkButton } from '../../ui/Button';
import { kioskChecked, kioskSession, takeKioskPlace } from '../lock/kiosk-lock';
import { KioskSessionScreen } from './KioskSessionScreen';
import './feedback.css';

interface KioskProps {
  questionnaireId: string;
  meetingId?: string;
}

const isThisKiosk = (running: KioskSession | null, projectId: string, props: KioskProps) =>
  running !== null &&
  running.projectId === projectId &&
  running.questionnaireId === props.questionnaireId &&
  (running.meetingId ?? '') === (props.meetingId ?? '');

/**
 * Kiosk mode: the tablet handed round the room. One person at a time, one question at a time.
 * It shows only while kiosk mode, started from the questionnaire with the facilitator's PIN,
 * is running on this device for this questionnaire; its address alone opens nothing.
 */
export function KioskScreen(props: KioskProps) {
  const projectId = useProjectId();
  const running = kioskSession.value;
  const matches = isThisKiosk(running, projectId, props);
  // Held once matched, so that the session ending (here or in another tab) is seen and handled by the kiosk.
  const [kiosk, setKiosk] = useState<KioskSession | null>(() => (matches ? running : null));
  useEffect(() => {
    if (matches && !kiosk) setKiosk(running);
  }, [matches, kiosk, running]);
  const notRunning = kioskChecked.value && running === null && !kiosk;
  useEffect(() => {
    if (notRunning) location.replace(href('p', projectId, 'feedback', 'q', props.questionnaireId));
  }, [notRunning, projectId, props.questionnaireId]);
  const [languageShown, setLanguageShown] = useState(false);
  useEffect(() => {
    if (!kiosk) return;
    let live = true;
    // Showing another language draws every screen afresh, this one included; the new one finds it shown.
    void showKioskLanguage()
      .catch(() => undefined)
      .then(() => live && setLanguageShown(true));
    return () => {
      live = false;
    };
  }, [kiosk]);
  // Another kiosk is running: this tab is covered by the kiosk lock (see DeviceLock).
  if (!kiosk || !languageShown) return null;
  return <KioskPlace questionnaireId={props.questionnaireId} kiosk={kiosk} />;
}

/** Takes the device's one kiosk place, so two tabs never both take answers. */
function KioskPlace(props: { questionnaireId: string; kiosk: KioskSession }) {
  const [taken, setTaken] = useState(false);
  useEffect(() => {
    let live = true;
    const letGo = takeKioskPlace(() => {
      // A turn left open here is over: the kiosk that kept it was reloaded or closed part way.
      void closeOpenKioskTurns()
        .catch(() => 0)
        .then(() => live && setTaken(true));
    });
    return () => {
      live = false;
      letGo();
    };
  }, []);
  return taken ? <KioskGate {...props} /> : null;
}

function KioskGate({ questionnaireId, kiosk }: { questionnaireId: string; kiosk: KioskSession }) {
  const session = useSession();
  // Read once: a questionnaire edited on another device mid-session must not change under someone's finger.
  const [questionnaire] = useState(() => readQuestionnaire(session.doc, questionnaireId));
  const ready = questionnaire ? readyForKiosk(questionnaire) : null;
  if (!ready?.ok || !questionnaire) {
    return (
      <div class="kiosk">
        <main id="main" class="kiosk-main" tabIndex={-1}>
          <h1>{t`Kiosk mode cannot start`}</h1>
          <p class="kiosk-lead">{ready ? (ready.ok ? '' : ready.message) : t`This questionnaire is not in the project any more.`}</p>
          <LinkButton href={href('p', session.projectId, 'feedback', ...(questionnaire ? ['q', questionnaire.id] : []))} variant="primary">
            {t`Back to the questionnaire`}
          </LinkButton>
        </main>
      </div>
    );
  }
  return <KioskSessionScreen questionnaire={questionnaire} kiosk={kiosk} />;
}
