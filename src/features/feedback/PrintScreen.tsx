import { useState } from 'preact/hooks';
import type { Question } from '../../core/domain/questionnaire';
import { SCALE_LABELS } from '../../core/feedback/results';
import { findTemplate } from '../../core/feedback/templates';
import type { ProjectSession } from '../../core/projects/project-session';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { Face } from './Faces';
import { useQuestionnaire } from './use-feedback';

/** A paper version of a questionnaire, in ordinary or large print, for people who prefer paper. */
export function PrintScreen({ session, questionnaireId }: { session: ProjectSession; questionnaireId: string }) {
  const questionnaire = useQuestionnaire(session, questionnaireId);
  const [large, setLarge] = useState(false);
  if (!questionnaire) return <p class="notice">This questionnaire is not in the project.</p>;
  const template = findTemplate(questionnaire.template);
  return (
    <>
      <div class="card no-print print-controls">
        <h2>Print a paper version</h2>
        <label class="choice">
          <input type="checkbox" checked={large} onChange={() => setLarge(!large)} /> Large print
        </label>
        <div class="row">
          <Button variant="primary" onClick={() => window.print()}>
            Print
          </Button>
          <LinkButton href={href('p', session.projectId, 'feedback', 'q', questionnaire.id)}>Back to the questionnaire</LinkButton>
        </div>
      </div>
      <article class={`paper-form${large ? ' large-print' : ''}`} aria-label="Paper version">
        <h2 class="paper-title">{questionnaire.title}</h2>
        {questionnaire.intro && <p>{questionnaire.intro}</p>}
        <p class="paper-instructions">Please do not write your name. For each question, tick one box, or leave it blank to skip it.</p>
        {questionnaire.questions.length === 0 && <p class="notice">This questionnaire has no questions yet.</p>}
        <ol class="paper-questions">
          {questionnaire.questions.map((q) => (
            <li key={q.id} class="paper-question">
              <p class="paper-question-text">{q.text}</p>
              <PaperAnswers question={q} large={large} />
            </li>
          ))}
        </ol>
        <p class="paper-footer">Thank you. Please hand this form back. It is typed in without any name, and only the date is kept.</p>
        {template?.credit && <p class="credit">{template.credit}.</p>}
      </article>
    </>
  );
}

function PaperAnswers({ question, large }: { question: Question; large: boolean }) {
  if (question.kind === 'text') {
    return (
      <div class="paper-lines" aria-hidden="true">
        {Array.from({ length: large ? 5 : 4 }, (_, i) => (
          <span key={i} class="paper-line" />
        ))}
      </div>
    );
  }
  const labels = question.kind === 'choice' ? (question.options ?? []) : question.kind === 'yesno' ? ['Yes', 'No'] : SCALE_LABELS[question.kind];
  return (
    <ul class={`paper-boxes paper-${question.kind}`}>
      {labels.map((label, i) => (
        <li key={`${i}-${label}`}>
          <span class="paper-box" aria-hidden="true" />
          {question.kind === 'faces3' && <Face point={i} size={large ? 72 : 56} />}
          <span>{label}</span>
        </li>
      ))}
    </ul>
  );
}
