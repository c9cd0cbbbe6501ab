import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import type { Question } from '../../core/domain/questionnaire';
import { MAX_ANSWER_LENGTH, type Answer } from '../../core/domain/response';
import { CommandError } from '../../ui/form/CommandError';
import { answerLimit } from './answer-limit';
import { Face } from './Faces';

/** The big buttons (or the writing box) a person answers the question on screen with. */
export function KioskAnswers({
  question,
  labels,
  problem,
  onAnswer,
}: {
  question: Question;
  labels: readonly string[];
  problem: string | null;
  onAnswer: (value: Answer) => void;
}) {
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
    const [no, yes] = labels;
    return (
      <div class="kiosk-answers kiosk-yesno" role="group" aria-labelledby="kiosk-question">
        <button type="button" class="kiosk-answer" onClick={() => onAnswer(true)}>
          <span aria-hidden="true" class="kiosk-mark">
            ✓
          </span>{' '}
          {yes}
        </button>
        <button type="button" class="kiosk-answer" onClick={() => onAnswer(false)}>
          <span aria-hidden="true" class="kiosk-mark">
            ✗
          </span>{' '}
          {no}
        </button>
      </div>
    );
  }
  return (
    <div class={`kiosk-answers kiosk-list kiosk-${question.kind}`} role="group" aria-labelledby="kiosk-question">
      {labels.map((label, i) => (
        <button type="button" key={`${i}-${label}`} class={`kiosk-answer point-${i}`} onClick={() => onAnswer(i)}>
          {question.kind === 'agree5' && <Face point={i} of={5} size={56} />}
          <span>{label}</span>
        </button>
      ))}
    </div>
  );
}

function TextAnswer({ problem, onAnswer }: { problem: string | null; onAnswer: (value: Answer) => void }) {
  const [text, setText] = useState('');
  const limit = answerLimit(text.length);
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
      <p id="kiosk-text-count" class={limit.reached ? 'error' : 'hint'} aria-live="polite">
        {limit.words}
      </p>
      <CommandError error={problem} />
      <button type="submit" class="kiosk-start">
        {text.trim() ? t({ message: 'Next', comment: 'Kiosk button: keep this written answer and go on' }) : t`Skip this question`}
      </button>
    </form>
  );
}
