import { t } from '@lingui/core/macro';
import { useEffect, useMemo, useRef, useState, type MutableRef } from 'preact/hooks';
import type { Question, Questionnaire } from '../../core/domain/questionnaire';
import type { Answer } from '../../core/domain/response';
import { checkAnswers } from '../../core/feedback/answers';
import {
  answer,
  IDLE_RESET_MS,
  sessionIsOver,
  skip,
  spokenText,
  startTurn,
  THANKS,
  THANKS_MS,
  WELCOME,
  welcomeSpeech,
  type KioskTurn,
} from '../../core/feedback/kiosk';
import type { KioskSession } from '../../core/feedback/kiosk-session';
import type { TurnAnswers } from '../../core/feedback/queue';
import { SCALE_LABELS } from '../../core/feedback/results';
import { today } from '../../core/format/calendar';
import { showAppLanguage } from '../../i18n/language';
import { useSession } from '../../state/project-context';
import { href } from '../../state/router';
import { addWaitingAnswers, keepKioskTurn } from '../../state/waiting-answers';
import { endKioskSession, kioskSession } from '../lock/kiosk-lock';
import { lockHere, unlocked } from '../lock/lock-state';
import { kioskHash } from './kiosk-route';
import { stopSpeaking } from './speech';
import { useKioskGuard } from './use-kiosk-guard';

export interface KioskState {
  /** Where the person at the kiosk is: the welcome screen, a question, or the thank-you screen. */
  turn: KioskTurn;
  question: Question | undefined;
  /** The words of each answer to the question on screen. */
  labels: readonly string[];
  /** The session started on an earlier day: it takes no more answers. */
  ended: boolean;
  /** Why an answer was not taken, or that answers could not be kept on the device. */
  problem: string | null;
  /** What "Read aloud" says on this screen; null where there is nothing to read. */
  speech: string | null;
  /** The heading of each screen takes the focus, so a screen reader starts there. */
  headingRef: MutableRef<HTMLHeadingElement | null>;
  /** Any touch or key press: the person is still there. */
  stillHere(): void;
  begin(): void;
  choose(value: Answer): void;
  skip(): void;
  startAgain(): void;
  nextPerson(): void;
  /** The facilitator has typed the PIN: kiosk mode ends on this device. */
  leave(): Promise<void>;
}

function answerLabels(question: Question): readonly string[] {
  if (question.kind === 'choice') return question.options ?? [];
  if (question.kind === 'text') return [];
  return SCALE_LABELS[question.kind];
}

/**
 * One kiosk session, person after person: each answer is kept on the device as it is given, a
 * turn ends when the person finishes or walks away (90 seconds), and what is kept joins the
 * project in shuffled batches. Nothing of one person is shown to the next.
 */
export function useKioskSession(questionnaire: Questionnaire, kiosk: KioskSession): KioskState {
  const session = useSession();
  const guard = useKioskGuard(kioskHash(kiosk));
  const questionnaireHref = href('p', session.projectId, 'feedback', 'q', questionnaire.id);
  const [turn, setTurn] = useState<KioskTurn>(WELCOME);
  const [ended, setEnded] = useState(() => sessionIsOver(kiosk.startedDay));
  const [problem, setProblem] = useState<string | null>(null);
  const turnRef = useRef(turn);
  turnRef.current = turn;
  const idleTimer = useRef<ReturnType<typeof setTimeout>>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** The current person's answers, kept on the device as each is given. */
  const turnAnswers = useRef<TurnAnswers | null>(null);
  const notKept = useRef(false);
  const leaving = useRef(false);
  const flush = (force: boolean) => addWaitingAnswers(session, { questionnaireId: questionnaire.id, force });

  function begin() {
    setProblem(null);
    notKept.current = false;
    turnAnswers.current = keepKioskTurn({
      projectId: session.projectId,
      questionnaireId: questionnaire.id,
      day: today(),
      ...(kiosk.meetingId ? { meetingId: kiosk.meetingId } : {}),
    });
    setTurn(startTurn());
  }

  /** Keeps everything this person has answered so far; a reload from here on loses nothing. */
  function keep(answers: Record<string, Answer>) {
    const checked = checkAnswers(questionnaire, answers);
    if (!checked.ok) return setProblem(checked.message);
    if (Object.keys(checked.value).length === 0) return;
    turnAnswers.current?.keep(checked.value).then(
      (kept) => {
        if (!kept.ok) notKept.current = true;
      },
      () => (notKept.current = true),
    );
  }

  /** The person has finished or walked away: their answers may now join a batch. */
  async function closeTurn() {
    const answers = turnAnswers.current;
    turnAnswers.current = null;
    if (!answers) return;
    await answers.close().catch(() => (notKept.current = true));
    void flush(false);
  }

  function endTurn(next: KioskTurn) {
    void closeTurn().then(() => {
      if (notKept.current && next.step === 'thanks') setProblem(t`These answers could not be kept on this tablet. Please tell the facilitator.`);
    });
    if (sessionIsOver(kiosk.startedDay)) {
      setEnded(true);
      void flush(true);
    }
    setTurn(next.step === 'thanks' ? THANKS : next);
  }

  function go(next: KioskTurn) {
    setProblem(null);
    if (next.step === 'thanks') {
      keep(next.given);
      return endTurn(next);
    }
    const before = turnRef.current;
    if (next.step === 'question' && before.step === 'question' && next.answers !== before.answers) keep(next.answers);
    setTurn(next);
  }

  function startAgain() {
    const answers = turnAnswers.current;
    turnAnswers.current = null;
    void answers?.discard();
    setTurn(WELCOME);
  }

  // Answers left unfinished for 90 seconds still count; the screen is cleared for the next person.
  function armIdle() {
    clearTimeout(idleTimer.current);
    if (turnRef.current.step !== 'question') return;
    idleTimer.current = setTimeout(() => endTurn(WELCOME), IDLE_RESET_MS);
  }

  async function stopHere() {
    leaving.current = true;
    guard.unlock();
    clearTimeout(idleTimer.current);
    setTurn(WELCOME);
    await closeTurn();
    await flush(true);
  }

  async function leave() {
    await stopHere();
    await endKioskSession();
    // The PIN has just been typed: the app opens, whatever the device lock said before.
    unlocked();
    location.replace(questionnaireHref);
    void showAppLanguage();
  }

  /** Kiosk mode ended from another tab: whoever holds this tablet finds it locked, not open. */
  function endedElsewhere() {
    if (leaving.current) return;
    lockHere();
    void stopHere().finally(() => {
      location.replace(questionnaireHref);
      void showAppLanguage();
    });
  }

  /** The session has started: what an earlier day left waiting joins, and the day is watched. */
  function start() {
    void flush(ended);
    const dayCheck = setInterval(() => {
      if (turnRef.current.step === 'welcome' && sessionIsOver(kiosk.startedDay)) endTurn(WELCOME);
    }, 60_000);
    return () => {
      clearInterval(dayCheck);
      clearTimeout(idleTimer.current);
      stopSpeaking();
    };
  }

  // The effects below call these as they are on the latest draw, and run only when their moment comes.
  const latest = useRef({ armIdle, start, endedElsewhere });
  latest.current = { armIdle, start, endedElsewhere };

  const questionIndex = turn.step === 'question' ? turn.index : -1;
  useEffect(() => {
    latest.current.armIdle();
    stopSpeaking();
    headingRef.current?.focus();
    if (turn.step !== 'thanks') return;
    const back = setTimeout(() => setTurn(WELCOME), THANKS_MS);
    return () => clearTimeout(back);
  }, [turn.step, questionIndex]);

  useEffect(() => latest.current.start(), []);

  const stillRunning = kioskSession.value !== null;
  useEffect(() => {
    if (!stillRunning) latest.current.endedElsewhere();
  }, [stillRunning]);

  const question = turn.step === 'question' ? questionnaire.questions[turn.index] : undefined;
  const labels = useMemo(() => (question ? answerLabels(question) : []), [question]);
  const speech = ended ? null : question ? spokenText(question, labels) : turn.step === 'welcome' ? welcomeSpeech(questionnaire) : null;
  return {
    turn,
    question,
    labels,
    ended,
    problem,
    speech,
    headingRef,
    stillHere: armIdle,
    begin,
    choose: (value) => go(answer(turn, questionnaire, value)),
    skip: () => go(skip(turn, questionnaire)),
    startAgain,
    nextPerson: () => setTurn(WELCOME),
    leave,
  };
}
