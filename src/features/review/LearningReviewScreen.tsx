import { useState } from 'preact/hooks';
import { addNextStep, archiveLearningReview, removeNextStep, updateLearningReview } from '../../core/commands/review-learning';
import { readAll, readRecord } from '../../core/read/records';
import { collectionMap } from '../../core/doc/project-doc';
import { learningReviewType, REVIEW_PROMPTS, REVIEW_SCOPE_LABELS } from '../../core/domain/review/learning-review';
import { nextStepType } from '../../core/domain/review/next-step';
import { shortDate } from '../../core/pack/format';
import type { ProjectSession } from '../../core/projects/project-session';
import { href, navigate } from '../../state/router';
import { useYValue } from '../../state/use-y';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/TextField';
import { EvidenceFigures } from './EvidenceFigures';
import { StepToAction } from './StepToAction';
import { Subpage } from './Subpage';
import { WordsField } from './WordsField';

/** One learning review: the guided prompts, the group's words, and the next steps it agrees. */
export function LearningReviewScreen({ session, reviewId }: { session: ProjectSession; reviewId: string }) {
  const { doc, projectId } = session;
  const review = useYValue(collectionMap(doc, learningReviewType.collection), () => readRecord(doc, learningReviewType, reviewId));
  const [confirmArchive, setConfirmArchive] = useState(false);
  if (!review || review.archived) {
    return (
      <Subpage projectId={projectId} title="Learning review">
        <p>This learning review is not here any more. It may have been removed on another device.</p>
      </Subpage>
    );
  }
  const period = review.periodFrom || review.periodTo ? { ...(review.periodFrom ? { from: review.periodFrom } : {}), ...(review.periodTo ? { to: review.periodTo } : {}) } : undefined;
  return (
    <Subpage projectId={projectId} title={review.title}>
      <p class="lead">
        {REVIEW_SCOPE_LABELS[review.scope]}, held on {shortDate(review.heldOn)}
        {review.periodFrom && review.periodTo ? `, looking back on ${shortDate(review.periodFrom)} to ${shortDate(review.periodTo)}` : ''}.
      </p>
      <p class="hint">
        Talk each question through together and write down what people say, in their words. Everything saves as you type. The questions follow the review
        and learning advice in SCIE’s guide “Co-production in social care” and West Berkshire’s “How to do co-production”.
      </p>
      <details class="card review-figures">
        <summary>What happened in this period (figures to help the conversation)</summary>
        <EvidenceFigures session={session} period={period} />
      </details>
      <section class="card" aria-label="The group’s words">
        {REVIEW_PROMPTS.map((prompt) => (
          <WordsField
            key={prompt.field}
            label={prompt.question}
            hint={prompt.hint}
            value={review[prompt.field] ?? ''}
            maxLength={10_000}
            onSave={(words) => updateLearningReview(doc, reviewId, { [prompt.field]: words })}
          />
        ))}
      </section>
      <NextSteps session={session} reviewId={reviewId} />
      <div class="row review-actions">
        <Button variant="quiet" onClick={() => setConfirmArchive(true)}>
          Remove this review
        </Button>
      </div>
      <ConfirmDialog
        open={confirmArchive}
        title="Remove this learning review?"
        confirmLabel="Remove review"
        danger
        onCancel={() => setConfirmArchive(false)}
        onConfirm={() => {
          setConfirmArchive(false);
          archiveLearningReview(doc, reviewId);
          navigate('p', projectId, 'review');
        }}
      >
        <p>It will no longer show in the app or in project packs. It is kept in the project’s history, so it can be brought back from a backup.</p>
      </ConfirmDialog>
    </Subpage>
  );
}

function NextSteps({ session, reviewId }: { session: ProjectSession; reviewId: string }) {
  const { doc } = session;
  const steps = useYValue(collectionMap(doc, nextStepType.collection), () =>
    readAll(doc, nextStepType)
      .filter((s) => s.reviewId === reviewId && !s.archived)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  );
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [converting, setConverting] = useState<string | null>(null);

  function add(e: Event) {
    e.preventDefault();
    const result = addNextStep(doc, reviewId, text);
    if (!result.ok) return setError(result.message);
    setText('');
    setError(null);
  }
  return (
    <section class="card" aria-labelledby="next-steps-heading">
      <h3 id="next-steps-heading">Next steps we agreed</h3>
      {steps.length === 0 ? (
        <p class="empty">No next steps yet. Add each thing the group will do next.</p>
      ) : (
        <ul class="step-list">
          {steps.map((step) => (
            <li key={step.id}>
              <span class="step-text">{step.text}</span>
              {step.actionId && <span class="step-badge">Added as an action</span>}
              <span class="row">
                {!step.actionId && converting !== step.id && (
                  <Button
                    aria-label={`Add as an action: ${step.text}`}
                    onClick={() => {
                      setMessage(null);
                      setConverting(step.id);
                    }}
                  >
                    Add as an action
                  </Button>
                )}
                <Button variant="quiet" aria-label={`Remove next step: ${step.text}`} onClick={() => removeNextStep(doc, step.id)}>
                  Remove
                </Button>
              </span>
              {converting === step.id && !step.actionId && (
                <StepToAction
                  session={session}
                  step={step}
                  onCancel={() => setConverting(null)}
                  onDone={(done) => {
                    setConverting(null);
                    setMessage(done);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p role="status" class="notice">
          {message}
        </p>
      )}
      <form onSubmit={add} noValidate class="step-form">
        <TextField label="A next step" value={text} onInput={setText} maxLength={300} required error={error} hint="One thing someone will do, for example: Send out the easy-read summary." />
        <Button type="submit">Add next step</Button>
      </form>
      <p class="hint">
        <a href={href('p', session.projectId, 'review', 'evidence')}>See the evidence for your outcomes</a>
      </p>
    </section>
  );
}
