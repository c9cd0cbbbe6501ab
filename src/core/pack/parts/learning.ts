import { msg, plural } from '@lingui/core/macro';
import { learningReviewType, REVIEW_PROMPTS } from '../../domain/review/learning-review';
import { nextStepType } from '../../domain/review/next-step';
import { compareCodes, shortDate } from '../format';
import { mayInclude } from '../options';
import type { PackPart } from '../part';
import type { ReportBlock } from '../report';

const TITLE = msg`What we learnt`;

/** The group's learning reviews: when each was held and, when ticked, what it said in its own words, with the next steps it agreed. */
export const learningPart: PackPart = {
  id: 'learning',
  title: TITLE,
  sensitive: ['wordsLearning'],
  section(ctx) {
    const { i18n } = ctx;
    const reviews = [...ctx.source.records(learningReviewType)].sort((a, b) => compareCodes(a.heldOn, b.heldOn));
    if (reviews.length === 0) return null;
    const words = mayInclude(ctx.options, 'wordsLearning');
    const steps = ctx.source.records(nextStepType);
    const blocks: ReportBlock[] = [];
    for (const review of reviews) {
      blocks.push({ kind: 'heading', text: review.title });
      const held = shortDate(review.heldOn);
      if (review.periodFrom && review.periodTo) {
        const from = shortDate(review.periodFrom);
        const to = shortDate(review.periodTo);
        blocks.push({ kind: 'paragraph', text: i18n._(msg`Held on ${held}, looking back on ${from} to ${to}.`) });
      } else blocks.push({ kind: 'paragraph', text: i18n._(msg`Held on ${held}.`) });
      const said = REVIEW_PROMPTS.filter((prompt) => review[prompt.field]?.trim());
      const mine = steps.filter((s) => s.reviewId === review.id).sort((a, b) => compareCodes(a.createdAt, b.createdAt));
      if (said.length === 0 && mine.length === 0) {
        blocks.push({ kind: 'paragraph', text: i18n._(msg`Nothing written down for this review yet.`) });
        continue;
      }
      if (!words) {
        const answers = said.length;
        const next = mine.length;
        const text =
          answers && next
            ? msg`The group wrote down ${plural(answers, { one: '# answer', other: '# answers' })} and ${plural(next, { one: '# next step', other: '# next steps' })}. The wording is left out of this pack.`
            : answers
              ? msg`The group wrote down ${plural(answers, { one: '# answer', other: '# answers' })}. The wording is left out of this pack.`
              : msg`The group wrote down ${plural(next, { one: '# next step', other: '# next steps' })}. The wording is left out of this pack.`;
        blocks.push({ kind: 'paragraph', text: i18n._(text) });
        continue;
      }
      for (const prompt of said) blocks.push({ kind: 'words', label: i18n._(prompt.question), text: review[prompt.field]! });
      if (mine.length) {
        blocks.push({ kind: 'subheading', text: i18n._(msg`Next steps we agreed`) });
        blocks.push({ kind: 'list', items: mine.map((s) => s.text) });
      }
    }
    return { id: 'learning', title: i18n._(TITLE), blocks };
  },
};
