import { useEffect, useRef, useState } from 'preact/hooks';
import { readQuestionnaire } from '../../core/commands/feedback-questionnaires';
import type { Question, Questionnaire } from '../../core/domain/questionnaire';
import { MAX_ANSWER_LENGTH, type Answer } from '../../core/domain/response';
import { checkAnswers, readyForKiosk } from '../../core/feedback/answers';
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
  type KioskTurn,
} from '../../core/feedback/kiosk';
import type { KioskSession } from '../../core/feedback/kiosk-session';
import { closeOpenTurns, keepTurnAnswers, type TurnAnswers } from '../../core/feedback/queue';
import { SCALE_LABELS } from '../../core/feedback/results';
import { formatNumber } from '../../core/format/intl';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { db } from '../../state/app-db';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { endKioskSession, kioskChecked, kioskSession, takeKioskPlace } from '../lock/kiosk-lock';
import { lockHere, unlocked } from '../lock/lock-state';
import { Face } from './Faces';
import { KioskLeave } from './KioskLeave';
import { kioskHash } from './kiosk-route';
import { addWaitingAnswers } from './queue-actions';
import { useKioskGuard } from './use-kiosk-guard';
import './feedback.css';

interface KioskProps {
  session: ProjectSession;
  questionnaireId: string;
  meetingId?: string;
}

const isThisKiosk = (running: KioskSession | null, props: KioskProps) =>
  running !== null && running.projectId === props.session.projectId && running.questionnaireId === props.questionnaireId && (running.meetingId ?? '') === (props.meetingId ?? '');

/**
 * Kiosk mode: the tablet handed round the room. One person at a time, one question at a time.
 * It shows only while kiosk mode, started from the questionnaire with the facilitator's PIN,
 * is running on this device for this questionnaire; its address alone opens nothing.
 */
export function KioskScreen(props: KioskProps) {
  const running = kioskSession.value;
  const matches = isThisKiosk(running, props);
  // Held once matched, so that the session ending (here or in another tab) is seen and handled by the kiosk.
  const [kiosk, setKiosk] = useState<KioskSession | null>(() => (matches ? running : null));
  useEffect(() => {
    if (matches && !kiosk) setKiosk(running);
  }, [matches]);
  const notRunning = kioskChecked.value && running === null && !kiosk;
  useEffect(() => {
    if (notRunning) location.replace(href('p', props.session.projectId, 'feedback', 'q', props.questionnaireId));
  }, [notRunning, props.session.projectId, props.questionnaireId]);
  // Another kiosk is running: this tab is covered by the kiosk lock (see DeviceLock).
  if (!kiosk) return null;
  return <KioskPlace {...props} kiosk={kiosk} />;
}

/** Takes the device's one kiosk place, so two tabs never both take answers. */
function KioskPlace(props: KioskProps & { kiosk: KioskSession }) {
  const [taken, setTaken] = useState(false);
  useEffect(() => {
    let live = true;
    const letGo = takeKioskPlace(() => {
      // A turn left open here is over: the kiosk that kept it was reloaded or closed part way.
      void closeOpenTurns(db)
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

function KioskGate(props: KioskProps & { kiosk: KioskSession }) {
  // Read once: a questionnaire edited on another device mid-session must not change under someone's finger.
  const [questionnaire] = useState(() => readQuestionnaire(props.session.doc, props.questionnaireId));
  const ready = questionnaire ? readyForKiosk(questionnaire) : { ok: false as const, message: 'This questionnaire is not in the project any more.' };
  if (!ready.ok || !questionnaire) {
    return (
      <div class="kiosk">
        <main id="main" class="kiosk-main" tabIndex={-1}>
          <h1>Kiosk mode cannot start</h1>
          <p class="kiosk-lead">{ready.ok ? '' : ready.message}</p>
          <LinkButton href={href('p', props.session.projectId, 'feedback', ...(questionnaire ? ['q', questionnaire.id] : []))} variant="primary">
            Back to the questionnaire
          </LinkButton>
        </main>
      </div>
    );
  }
  return <KioskSessionScreen {...props} questionnaire={questionnaire} />;
}

const TEXT_SIZES = ['Normal', 'Large', 'Largest'] as const;
const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';
const NOT_KEPT = 'These answers could not be kept on this tablet. Please tell the facilitator.';

function KioskSessionScreen({ session, questionnaire, kiosk }: KioskProps & { kiosk: KioskSession; questionnaire: Questionnaire }) {
  const guard = useKioskGuard(kioskHash(kiosk));
  const questionnaireHref = href('p', session.projectId, 'feedback', 'q', questionnaire.id);
  const [turn, setTurn] = useState<KioskTurn>(WELCOME);
  const [ended, setEnded] = useState(() => sessionIsOver(kiosk.startedDay));
  const [textSize, setTextSize] = useState(0);
  const [contrast, setContrast] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const turnRef = useRef(turn);
  turnRef.current = turn;
  const idleTimer = useRef<ReturnType<typeof setTimeout>>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** The current person's answers, kept on the device as each is given. */
  const turnAnswers = useRef<TurnAnswers | null>(null);
  const notKept = useRef(false);
  const leaving = useRef(false);

  function begin() {
    setProblem(null);
    notKept.current = false;
    turnAnswers.current = keepTurnAnswers(db, { projectId: session.projectId, questionnaireId: questionnaire.id, day: todayIso(), ...(kiosk.meetingId ? { meetingId: kiosk.meetingId } : {}) });
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
    void addWaitingAnswers(session, { questionnaireId: questionnaire.id });
  }

  function endTurn(next: KioskTurn) {
    void closeTurn().then(() => {
      if (notKept.current && next.step === 'thanks') setProblem(NOT_KEPT);
    });
    if (sessionIsOver(kiosk.startedDay)) {
      setEnded(true);
      void addWaitingAnswers(session, { questionnaireId: questionnaire.id, force: true });
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

  useEffect(() => {
    armIdle();
    if (canSpeak()) speechSynthesis.cancel();
    headingRef.current?.focus();
    if (turn.step !== 'thanks') return;
    const back = setTimeout(() => setTurn(WELCOME), THANKS_MS);
    return () => clearTimeout(back);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [turn.step, turn.step === 'question' ? turn.index : -1]);

  useEffect(() => {
    // Answers left waiting from an earlier day belong to a session that is over.
    void addWaitingAnswers(session, { questionnaireId: questionnaire.id, force: ended });
    const dayCheck = setInterval(() => {
      if (turnRef.current.step === 'welcome' && sessionIsOver(kiosk.startedDay)) endTurn(WELCOME);
    }, 60_000);
    return () => {
      clearInterval(dayCheck);
      clearTimeout(idleTimer.current);
      if (canSpeak()) speechSynthesis.cancel();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function stopHere() {
    leaving.current = true;
    guard.unlock();
    clearTimeout(idleTimer.current);
    setTurn(WELCOME);
    await closeTurn();
    await addWaitingAnswers(session, { questionnaireId: questionnaire.id, force: true });
  }

  async function leave() {
    await stopHere();
    await endKioskSession();
    // The PIN has just been typed: the app opens, whatever the device lock said before.
    unlocked();
    location.replace(questionnaireHref);
  }

  // Kiosk mode ended from another tab: whoever holds this tablet finds it locked, not open.
  const endedElsewhere = kioskSession.value === null;
  useEffect(() => {
    if (!endedElsewhere || leaving.current) return;
    lockHere();
    void stopHere().finally(() => location.replace(questionnaireHref));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [endedElsewhere]);

  function readAloud(text: string) {
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'en-GB';
    utterance.rate = 0.9;
    speechSynthesis.speak(utterance);
  }

  const question = turn.step === 'question' ? questionnaire.questions[turn.index] : undefined;
  const labels = question ? answerLabels(question) : [];
  const speech = ended ? null : question ? spokenText(question, labels) : turn.step === 'welcome' ? `${questionnaire.title}. ${questionnaire.intro ?? ''} Tap Start to begin.` : null;

  return (
    <div class={`kiosk kiosk-text-${textSize}${contrast ? ' kiosk-contrast' : ''}`} onPointerDown={armIdle} onKeyDown={armIdle} onInput={armIdle}>
      <header class="kiosk-bar">
        <div class="kiosk-tools">
          {speech && canSpeak() && (
            <Button onClick={() => readAloud(speech)}>
              <SpeakerIcon /> Read aloud
            </Button>
          )}
          <Button onClick={() => setTextSize(Math.max(0, textSize - 1))} disabled={textSize === 0}>
            <span aria-hidden="true">A−</span> Smaller text
          </Button>
          <Button onClick={() => setTextSize(Math.min(TEXT_SIZES.length - 1, textSize + 1))} disabled={textSize === TEXT_SIZES.length - 1}>
            <span aria-hidden="true">A+</span> Bigger text
          </Button>
          <Button onClick={() => setContrast(!contrast)} aria-pressed={contrast}>
            High contrast
          </Button>
          <span class="visually-hidden" role="status">
            Text size: {TEXT_SIZES[textSize]}
          </span>
        </div>
        <KioskLeave onLeave={() => void leave()} />
      </header>
      <main id="main" class="kiosk-main" tabIndex={-1}>
        {ended ? (
          <section class="kiosk-screen">
            <h1 ref={headingRef} tabIndex={-1}>
              This feedback session has ended
            </h1>
            <p class="kiosk-lead">It started on an earlier day. Please give the tablet back to the facilitator.</p>
          </section>
        ) : turn.step === 'welcome' ? (
          <section class="kiosk-screen">
            <h1 ref={headingRef} tabIndex={-1}>
              {questionnaire.title}
            </h1>
            {questionnaire.intro && <p class="kiosk-lead">{questionnaire.intro}</p>}
            <p>You do not give your name, and nobody can see what you choose. Skip any question you like. If you stop part way, the answers you gave still count.</p>
            <button type="button" class="kiosk-start" onClick={begin}>
              Start
            </button>
          </section>
        ) : turn.step === 'thanks' ? (
          <section class="kiosk-screen">
            <h1 ref={headingRef} tabIndex={-1}>
              Thank you
            </h1>
            {problem ? (
              <p class="error" role="alert">
                {problem}
              </p>
            ) : (
              <p class="kiosk-lead">Your answers are kept safely. Please pass the tablet to the next person.</p>
            )}
            <button type="button" class="kiosk-start" onClick={() => setTurn(WELCOME)}>
              Next person
            </button>
          </section>
        ) : question ? (
          <section class="kiosk-screen" data-question-index={turn.index}>
            <p class="kiosk-progress">
              Question {turn.index + 1} of {questionnaire.questions.length}
            </p>
            <h1 id="kiosk-question" ref={headingRef} tabIndex={-1} key={question.id}>
              {question.text}
            </h1>
            <AnswerChoices key={question.id} question={question} labels={labels} problem={problem} onAnswer={(value) => go(answer(turn, questionnaire, value))} />
            <div class="kiosk-footer">
              {question.kind !== 'text' && (
                <button type="button" class="kiosk-skip" onClick={() => go(skip(turn, questionnaire))}>
                  Skip this question
                </button>
              )}
              <Button variant="quiet" onClick={startAgain}>
                Start again
              </Button>
            </div>
          </section>
        ) : null}
      </main>
    </div>
  );
}

function SpeakerIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" class="speaker-icon">
      <path d="M3 9h4l5-4v14l-5-4H3z" />
      <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" class="speaker-waves" />
    </svg>
  );
}

function answerLabels(question: Question): readonly string[] {
  if (question.kind === 'choice') return question.options ?? [];
  if (question.kind === 'text') return [];
  return SCALE_LABELS[question.kind];
}

function AnswerChoices({ question, labels, problem, onAnswer }: { question: Question; labels: readonly string[]; problem: string | null; onAnswer: (value: Answer) => void }) {
  if (question.kind === 'text') return <TextAnswer problem={problem} onAnswer={onAnswer} />;
  if (question.kind === 'faces3') {
    return (
      <div class="kiosk-answers kiosk-faces" role="group" aria-labelledby="kiosk-question">
        {labels.map((label, i) => (
          <button type="button" key={label} class="kiosk-answer kiosk-face" onClick={() => onAnswer(i)}>
            <Face point={i} size={120} />
            <span>{label}</span>
          </button>
        ))}
      </div>
    );
  }
  if (question.kind === 'yesno') {
    return (
      <div class="kiosk-answers kiosk-yesno" role="group" aria-labelledby="kiosk-question">
        <button type="button" class="kiosk-answer" onClick={() => onAnswer(true)}>
          <span aria-hidden="true" class="kiosk-mark">✓</span> Yes
        </button>
        <button type="button" class="kiosk-answer" onClick={() => onAnswer(false)}>
          <span aria-hidden="true" class="kiosk-mark">✗</span> No
        </button>
      </div>
    );
  }
  return (
    <div class={`kiosk-answers kiosk-list kiosk-${question.kind}`} role="group" aria-labelledby="kiosk-question">
      {labels.map((label, i) => (
        <button type="button" key={`${i}-${label}`} class={`kiosk-answer point-${i}`} onClick={() => onAnswer(i)}>
          {label}
        </button>
      ))}
    </div>
  );
}

function TextAnswer({ problem, onAnswer }: { problem: string | null; onAnswer: (value: Answer) => void }) {
  const [text, setText] = useState('');
  const atLimit = text.length >= MAX_ANSWER_LENGTH;
  return (
    <form
      class="kiosk-text-answer"
      onSubmit={(e) => {
        e.preventDefault();
        onAnswer(text);
      }}
    >
      <textarea
        aria-labelledby="kiosk-question"
        aria-describedby="kiosk-text-count"
        rows={4}
        maxLength={MAX_ANSWER_LENGTH}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p id="kiosk-text-count" class={atLimit ? 'error' : 'hint'} aria-live="polite">
        {atLimit ? `That is the most this answer can hold: ${formatNumber(MAX_ANSWER_LENGTH)} characters.` : `You can write up to ${formatNumber(MAX_ANSWER_LENGTH)} characters.`}
      </p>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="kiosk-start">
        {text.trim() ? 'Next' : 'Skip this question'}
      </button>
    </form>
  );
}
