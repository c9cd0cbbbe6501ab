import { useId } from 'preact/hooks';
import { MAX_OPTIONS, QUESTION_KIND_LABELS, QUESTION_KINDS, type Question, type QuestionKind } from '../../core/domain/questionnaire';
import { Button } from '../../ui/Button';
import type { MeasureOption } from './use-feedback';

interface Props {
  question: Question;
  number: number;
  total: number;
  measures: readonly MeasureOption[];
  onChange: (q: Question) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One question in the editor: its wording, its kind, its options, and the measure it gives evidence for. */
export function QuestionEditor({ question, number, total, measures, onChange, onMove, onRemove }: Props) {
  const id = useId();
  const setKind = (kind: QuestionKind) => {
    const { options: _options, ...rest } = question;
    onChange(kind === 'choice' ? { ...rest, kind, options: question.options ?? ['', ''] } : { ...rest, kind });
  };
  return (
    <fieldset class="question-editor">
      <legend>Question {number}</legend>
      <div class="field">
        <label for={`${id}-text`}>Wording</label>
        <textarea id={`${id}-text`} rows={2} maxLength={500} value={question.text} onInput={(e) => onChange({ ...question, text: (e.currentTarget as HTMLTextAreaElement).value })} />
      </div>
      <div class="field">
        <label for={`${id}-kind`}>How people answer</label>
        <select id={`${id}-kind`} value={question.kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as QuestionKind)}>
          {QUESTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {QUESTION_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      {question.kind === 'choice' && (
        <div class="field">
          <label for={`${id}-options`}>Options, one on each line</label>
          <p class="hint" id={`${id}-options-hint`}>
            Two to {MAX_OPTIONS} options.
          </p>
          <textarea
            id={`${id}-options`}
            aria-describedby={`${id}-options-hint`}
            rows={4}
            value={(question.options ?? []).join('\n')}
            onInput={(e) => onChange({ ...question, options: (e.currentTarget as HTMLTextAreaElement).value.split('\n').slice(0, MAX_OPTIONS + 1) })}
          />
        </div>
      )}
      {measures.length > 0 && (
        <div class="field">
          <label for={`${id}-measure`}>
            Evidence for a measure in the plan <span class="optional">(optional)</span>
          </label>
          <select
            id={`${id}-measure`}
            value={question.measureId ?? ''}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              const { measureId: _m, ...rest } = question;
              onChange(value ? { ...rest, measureId: value } : rest);
            }}
          >
            <option value="">Not linked</option>
            {measures.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="row">
        <Button onClick={() => onMove(-1)} disabled={number === 1} aria-label={`Move question ${number} up`}>
          ↑ Up
        </Button>
        <Button onClick={() => onMove(1)} disabled={number === total} aria-label={`Move question ${number} down`}>
          ↓ Down
        </Button>
        <Button variant="quiet" onClick={onRemove} aria-label={`Remove question ${number}`}>
          Remove
        </Button>
      </div>
    </fieldset>
  );
}
