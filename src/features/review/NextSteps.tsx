import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addNextStep, removeNextStep } from '../../core/commands/review-learning';
import { nextStepType } from '../../core/domain/review/next-step';
import { useDocRecords } from '../../state/doc-records';
import { useSession } from '../../state/project-context';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { StepToAction } from './StepToAction';

/** The next steps a learning review agreed, each of which can become an action with an owner. */
export function NextSteps({ reviewId }: { reviewId: string }) {
  const session = useSession();
  const steps = [...useDocRecords(nextStepType, (s) => s.reviewId === reviewId)].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  const command = useCommand();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [converting, setConverting] = useState<string | null>(null);

  function add(e: Event) {
    e.preventDefault();
    if (command.run(() => addNextStep(session.doc, reviewId, text)).ok) setText('');
  }
  return (
    <section class="card" aria-labelledby="next-steps-heading">
      <h3 id="next-steps-heading">{t`Next steps we agreed`}</h3>
      {steps.length === 0 ? (
        <p class="empty">{t`No next steps yet. Add each thing the group will do next.`}</p>
      ) : (
        <ul class="step-list">
          {steps.map((step) => {
            const what = step.text;
            return (
              <li key={step.id}>
                <span class="step-text">{what}</span>
                {step.actionId && <span class="step-badge">{t`Added as an action`}</span>}
                <span class="row">
                  {!step.actionId && converting !== step.id && (
                    <Button
                      aria-label={t`Add as an action: ${what}`}
                      onClick={() => {
                        setMessage(null);
                        setConverting(step.id);
                      }}
                    >
                      {t`Add as an action`}
                    </Button>
                  )}
                  <Button variant="quiet" aria-label={t`Remove next step: ${what}`} onClick={() => command.run(() => removeNextStep(session.doc, step.id))}>
                    {t`Remove`}
                  </Button>
                </span>
                {converting === step.id && !step.actionId && (
                  <StepToAction
                    step={step}
                    onCancel={() => setConverting(null)}
                    onDone={(done) => {
                      setConverting(null);
                      setMessage(done);
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {message && (
        <p role="status" class="notice">
          {message}
        </p>
      )}
      <form onSubmit={add} noValidate class="step-form">
        <TextField
          label={t`A next step`}
          value={text}
          onInput={setText}
          maxLength={300}
          required
          hint={t`One thing someone will do, for example: Send out the easy-read summary.`}
        />
        <Button type="submit">{t`Add next step`}</Button>
      </form>
      <CommandError error={command.error} />
      <LinkButton href={href('p', session.projectId, 'review', 'evidence')}>{t`See the evidence for your outcomes`}</LinkButton>
    </section>
  );
}
