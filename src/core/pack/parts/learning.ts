import { learningReviewType, REVIEW_PROMPTS } from '../../domain/review/learning-review';
import { nextStepType } from '../../domain/review/next-step';
import { count, shortDate, compareCodes } from '../format';
import { mayInclude } from '../options';
import type { PackPart } from '../part';
import type { ReportBlock } from '../report';

/** The group's learning reviews: when each was held and, when ticked, what it said in its own words, with the next steps it agreed. */
export const learningPart: PackPart = {
  id: 'learning',
  title: 'What we learnt',
  sensitive: ['wordsLearning'],
  section(ctx) {
    const reviews = [...ctx.source.records(learningReviewType)].sort((a, b) => compareCodes(a.heldOn, b.heldOn));
    if (reviews.length === 0) return null;
    const words = mayInclude(ctx.options, 'wordsLearning');
    const steps = ctx.source.records(nextStepType);
    const blocks: ReportBlock[] = [];
    for (const review of reviews) {
      blocks.push({ kind: 'heading', text: review.title });
      const period = review.periodFrom && review.periodTo ? `, looking back on ${shortDate(review.periodFrom)} to ${shortDate(review.periodTo)}` : '';
      blocks.push({ kind: 'paragraph', text: `Held on ${shortDate(review.heldOn)}${period}.` });
      const said = REVIEW_PROMPTS.filter((prompt) => review[prompt.field]?.trim());
      const mine = steps.filter((s) => s.reviewId === review.id).sort((a, b) => compareCodes(a.createdAt, b.createdAt));
      if (said.length === 0 && mine.length === 0) {
        blocks.push({ kind: 'paragraph', text: 'Nothing written down for this review yet.' });
        continue;
      }
      if (!words) {
        const parts = [said.length ? count(said.length, 'answer') : '', mine.length ? count(mine.length, 'next step') : ''].filter(Boolean).join(' and ');
        blocks.push({ kind: 'paragraph', text: `The group wrote down ${parts}. The wording is left out of this pack.` });
        continue;
      }
      for (const prompt of said) blocks.push({ kind: 'words', label: prompt.question, text: review[prompt.field]! });
      if (mine.length) {
        blocks.push({ kind: 'subheading', text: 'Next steps we agreed' });
        blocks.push({ kind: 'list', items: mine.map((s) => s.text) });
      }
    }
    return { id: 'learning', title: 'What we learnt', blocks };
  },
};
