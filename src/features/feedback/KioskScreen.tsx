import { useEffect, useRef, useState } from 'preact/hooks';
import { readQuestionnaire } from '../../core/commands/feedback-questionnaires';
import type { Question, Questionnaire } from '../../core/domain/questionnaire';
import { MAX_ANSWER_LENGTH, type Answer } from '../../core/domain/response';
import { checkAnswers, readyForKiosk } from '../../core/feedback/answers';
import {
  answer,
  answersToKeep,
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
import { queueResponse } from '../../core/feedback/queue';
import { SCALE_LABELS } from '../../core/feedback/results';
import { todayIso } from '../../core/ids';
import type { ProjectSession } from '../../core/projects/project-session';
import { db } from '../../state/app-db';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { Face } from './Faces';
import { KioskLeave } from './KioskLeave';
import { addWaitingAnswers } from './queue-actions';
import { kioskLeftHere, useKioskGuard } from './use-kiosk-guard';
import './feedback.css';
import { formatNumber } from '../../core/format/intl';

interface KioskProps {
  session: ProjectSession;
  questionnaireId: string;
  meetingId?: string;
}

/** Kiosk mode: the tablet handed round the room. One person at a time, one question at a time. */
export function KioskScreen(props: KioskProps) {
  const [left] = useState(() => kioskLeftHere.is(props.questionnaireId));
  useEffect(() => {
    if (left) location.replace(href('p', props.session.projectId, 'feedback', 'q', props.questionnaireId));
  }, [left, props.session.projectId, props.questionnaireId]);
  if (left) return null;
  return <KioskGate {...props} />;
}

function KioskGate(props: KioskProps) {
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
  return <KioskSession {...props} questionnaire={questionnaire} />;
}

const TEXT_SIZES = ['Normal', 'Large', 'Largest'] as const;
const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';

function KioskSession({ session, questionnaire, meetingId }: KioskProps & { questionnaire: Questionnaire }) {
  const kioskHash = href('p', session.projectId, 'feedback', 'kiosk', questionnaire.id, ...(meetingId ? [meetingId] : []));
  const guard = useKioskGuard(kioskHash);
  const [startedDay] = useState(() => todayIso());
  const [turn, setTurn] = useState<KioskTurn>(WELCOME);
  const [ended, setEnded] = useState(false);
  const [textSize, setTextSize] = useState(0);
  const [contrast, setContrast] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const turnRef = useRef(turn);
  turnRef.current = turn;
  const idleTimer = useRef<ReturnType<typeof setTimeout>>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  /** Hands one person's answers to the device queue; a batch goes into the project once enough wait. */
  async function keep(answers: Record<string, Answer>) {
    const checked = checkAnswers(questionnaire, answers);
    if (!checked.ok) return setProblem(checked.message);
    if (Object.keys(checked.value).length === 0) return;
    try {
      await queueResponse(db, { projectId: session.projectId, questionnaireId: questionnaire.id, day: todayIso(), ...(meetingId ? { meetingId } : {}), source: 'kiosk', answers: checked.value });
    } catch {
      return setProblem('These answers could not be kept on this tablet. Please tell the facilitator.');
    }
    void addWaitingAnswers(session, { questionnaireId: questionnaire.id });
  }

  function endTurn(next: KioskTurn) {
    const answers = answersToKeep(turnRef.current.step === 'question' && next.step !== 'thanks' ? turnRef.current : next);
    if (answers) void keep(answers);
    if (sessionIsOver(startedDay)) {
      setEnded(true);
      void addWaitingAnswers(session, { questionnaireId: questionnaire.id, force: true });
    }
    setTurn(next.step === 'thanks' ? THANKS : next);
  }

  function go(next: KioskTurn) {
    setProblem(null);
    if (next.step === 'thanks') endTurn(next);
    else setTurn(next);
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
    void addWaitingAnswers(session, { questionnaireId: questionnaire.id });
    const dayCheck = setInterval(() => {
      if (turnRef.current.step === 'welcome' && sessionIsOver(startedDay)) endTurn(WELCOME);
    }, 60_000);
    return () => {
      clearInterval(dayCheck);
      clearTimeout(idleTimer.current);
      if (canSpeak()) speechSynthesis.cancel();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function leave() {
    guard.unlock();
    clearTimeout(idleTimer.current);
    const unfinished = answersToKeep(turnRef.current);
    setTurn(WELCOME);
    if (unfinished) await keep(unfinished);
    await addWaitingAnswers(session, { questionnaireId: questionnaire.id, force: true });
    kioskLeftHere.mark(questionnaire.id);
    location.replace(href('p', session.projectId, 'feedback', 'q', questionnaire.id));
  }

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
            <button type="button" class="kiosk-start" onClick={() => go(startTurn())}>
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
              <Button variant="quiet" onClick={() => setTurn(WELCOME)}>
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
