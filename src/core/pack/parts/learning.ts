import { learningReviewType, REVIEW_PROMPTS } from '../../domain/review/learning-review';
import { nextStepType } from '../../domain/review/next-step';
import { shortDate, compareCodes } from '../format';
import type { PackPart } from '../part';
import type { ReportBlock } from '../report';

/** The group's learning reviews, in its own words, with the next steps it agreed. */
export const learningPart: PackPart = {
  id: 'learning',
  title: 'What we learnt',
  section({ source }) {
    const reviews = [...source.records(learningReviewType)].sort((a, b) => compareCodes(a.heldOn, b.heldOn));
    if (reviews.length === 0) return null;
    const steps = source.records(nextStepType);
    const blocks: ReportBlock[] = [];
    for (const review of reviews) {
      blocks.push({ kind: 'heading', text: review.title });
      const period = review.periodFrom && review.periodTo ? `, looking back on ${shortDate(review.periodFrom)} to ${shortDate(review.periodTo)}` : '';
      blocks.push({ kind: 'paragraph', text: `Held on ${shortDate(review.heldOn)}${period}.` });
      let said = 0;
      for (const prompt of REVIEW_PROMPTS) {
        const text = review[prompt.field];
        if (text && text.trim()) {
          blocks.push({ kind: 'words', label: prompt.question, text });
          said++;
        }
      }
      const mine = steps.filter((s) => s.reviewId === review.id).sort((a, b) => compareCodes(a.createdAt, b.createdAt));
      if (mine.length) {
        blocks.push({ kind: 'subheading', text: 'Next steps we agreed' });
        blocks.push({ kind: 'list', items: mine.map((s) => s.text) });
      }
      if (said === 0 && mine.length === 0) blocks.push({ kind: 'paragraph', text: 'Nothing written down for this review yet.' });
    }
    return { id: 'learning', title: 'What we learnt', blocks };
  },
};
