import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { questionnaireType, type Question } from '../../core/domain/questionnaire';
import { SCALE_LABELS } from '../../core/feedback/results';
import { findTemplate } from '../../core/feedback/templates';
import { useDocRecord } from '../../state/doc-records';
import { useProjectId } from '../../state/project-context';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { Checkbox } from '../../ui/form/ChoiceGroup';
import { Face } from './Faces';

/** A paper version of a questionnaire, in ordinary or large print, for people who prefer paper. In the app's language. */
export function PrintScreen({ questionnaireId }: { questionnaireId: string }) {
  const projectId = useProjectId();
  const questionnaire = useDocRecord(questionnaireType, questionnaireId);
  const [large, setLarge] = useState(false);
  if (!questionnaire) return <p class="notice">{t`This questionnaire is not in the project.`}</p>;
  const template = findTemplate(questionnaire.template);
  return (
    <>
      <div class="card no-print print-controls">
        <h2>{t`Print a paper version`}</h2>
        <Checkbox label={t`Large print`} checked={large} onChange={setLarge} />
        <div class="row">
          <Button variant="primary" onClick={() => window.print()}>
            {t({ message: 'Print', comment: 'Button: print the paper version of a questionnaire' })}
          </Button>
          <LinkButton href={href('p', projectId, 'feedback', 'q', questionnaire.id)}>{t`Back to the questionnaire`}</LinkButton>
        </div>
      </div>
      <article class={`paper-form${large ? ' large-print' : ''}`} aria-label={t`Paper version`}>
        <h2 class="paper-title">{questionnaire.title}</h2>
        {questionnaire.intro && <p>{questionnaire.intro}</p>}
        <p class="paper-instructions">{t`Please do not write your name. For each question, tick one box, or leave it blank to skip it.`}</p>
        {questionnaire.questions.length === 0 && <p class="notice">{t`This questionnaire has no questions yet.`}</p>}
        <ol class="paper-questions">
          {questionnaire.questions.map((q) => (
            <li key={q.id} class="paper-question">
              <p class="paper-question-text">{q.text}</p>
              <PaperAnswers question={q} large={large} />
            </li>
          ))}
        </ol>
        <p class="paper-footer">{t`Thank you. Please hand this form back. It is typed in without any name, and only the date is kept.`}</p>
        {template?.credit && <p class="credit">{template.credit}</p>}
      </article>
    </>
  );
}

/** The boxes to tick, in the order people read them: "Yes" before "No" on paper. */
function paperLabels(question: Question): readonly string[] {
  if (question.kind === 'choice') return question.options ?? [];
  if (question.kind === 'yesno') {
    const [no, yes] = SCALE_LABELS.yesno;
    return [yes!, no!];
  }
  return question.kind === 'text' ? [] : SCALE_LABELS[question.kind];
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
  return (
    <ul class={`paper-boxes paper-${question.kind}`}>
      {paperLabels(question).map((label, i) => (
        <li key={`${i}-${label}`}>
          <span class="paper-box" aria-hidden="true" />
          {question.kind === 'faces3' && <Face point={i} size={large ? 72 : 56} />}
          {question.kind === 'agree5' && <Face point={i} of={5} size={large ? 56 : 40} />}
          <span>{label}</span>
        </li>
      ))}
    </ul>
  );
}
