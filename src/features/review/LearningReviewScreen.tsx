import { t } from '@lingui/core/macro';
import { i18n } from '#i18n';
import { archiveLearningReview } from '../../core/commands/review-learning';
import { formatDay } from '../../core/format/dates';
import { learningReviewType, REVIEW_PROMPTS, REVIEW_SCOPE_LABELS, type ReviewPromptField } from '../../core/domain/review/learning-review';
import { useDocRecord } from '../../state/doc-records';
import { useSession } from '../../state/project-context';
import { navigate } from '../../state/router';
import { useSharedText } from '../../state/shared-text';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { SharedTextField } from '../../ui/form/SharedTextField';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';
import { EvidenceFigures } from './EvidenceFigures';
import { NextSteps } from './NextSteps';
import { Subpage } from './Subpage';

/** One learning review: the guided prompts, the group's words, and the next steps it agrees. */
export function LearningReviewScreen({ reviewId }: { reviewId: string }) {
  const session = useSession();
  const review = useDocRecord(learningReviewType, reviewId);
  const command = useCommand();
  const [confirm, dialog] = useConfirm();
  if (!review || review.archived) {
    return (
      <Subpage title={t`Learning review`}>
        <p>{t`This learning review is not here any more. It may have been removed on another device.`}</p>
      </Subpage>
    );
  }
  const period =
    review.periodFrom || review.periodTo
      ? { ...(review.periodFrom ? { from: review.periodFrom } : {}), ...(review.periodTo ? { to: review.periodTo } : {}) }
      : undefined;

  async function remove() {
    const yes = await confirm({
      title: t`Remove this learning review?`,
      body: <p>{t`It will no longer show in the app or in project packs. It is kept in the project’s history, so it can be brought back from a backup.`}</p>,
      confirmLabel: t`Remove review`,
      cancelLabel: t`Cancel`,
      danger: true,
    });
    if (yes && command.run(() => archiveLearningReview(session.doc, reviewId)).ok) navigate('p', session.projectId, 'review');
  }

  return (
    <Subpage title={review.title}>
      <p class="lead">{heldWords(review.scope, review.heldOn, review.periodFrom, review.periodTo)}</p>
      <p class="hint">
        {t`Talk each question through together and write down what people say, in their words. Everything saves as you type. The questions are adapted from the “Endings” section of the Time to Shine co-production toolkit (Centre for Loneliness Studies, University of Sheffield), which asks groups to look back like this after each phase of work.`}
      </p>
      <details class="card review-figures">
        <summary>{t`What happened in this period (figures to help the conversation)`}</summary>
        <EvidenceFigures period={period} />
      </details>
      <section class="card" aria-label={t`The group’s words`}>
        {REVIEW_PROMPTS.map((prompt) => (
          <PromptField key={prompt.field} reviewId={reviewId} field={prompt.field} />
        ))}
      </section>
      <NextSteps reviewId={reviewId} />
      <div class="row review-actions">
        <Button variant="quiet" onClick={remove}>
          {t`Remove this review`}
        </Button>
      </div>
      <CommandError error={command.error} />
      {dialog}
    </Subpage>
  );
}

/** "The end of a stage, held on 6 Jan 2026, looking back on 1 Sept 2025 to 31 Dec 2025." */
function heldWords(scopeValue: keyof typeof REVIEW_SCOPE_LABELS, heldOn: string, from?: string, to?: string): string {
  const scope = i18n._(REVIEW_SCOPE_LABELS[scopeValue]);
  const held = formatDay(heldOn, 'date');
  if (!from || !to) return t`${scope}, held on ${held}.`;
  const start = formatDay(from, 'date');
  const end = formatDay(to, 'date');
  return t`${scope}, held on ${held}, looking back on ${start} to ${end}.`;
}

/** One of the guided questions, with the group's words typed straight into the shared text. */
function PromptField({ reviewId, field }: { reviewId: string; field: ReviewPromptField }) {
  const prompt = REVIEW_PROMPTS.find((p) => p.field === field)!;
  const text = useSharedText(learningReviewType, reviewId, field);
  return <SharedTextField text={text} label={i18n._(prompt.question)} hint={i18n._(prompt.hint)} maxLength={10_000} />;
}
