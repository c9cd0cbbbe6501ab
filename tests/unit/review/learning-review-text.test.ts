import { describe, expect, it } from 'vitest';
import { startLearningReview } from '../../../src/core/commands/review-learning';
import { editText } from '../../../src/core/commands/text';
import { REVIEW_PROMPTS, learningReviewType } from '../../../src/core/domain/review/learning-review';
import { readRecord } from '../../../src/core/read/records';
import { seededRandom } from '../../../src/core/reference/random';
import { copyDoc, projectDoc, syncDocs } from '../meetings/fixtures';

/** What the learning review screen shows for one prompt: the record as the readers give it. */
const answer = (doc: ReturnType<typeof projectDoc>, id: string, field: string) =>
  String((readRecord(doc, learningReviewType, id) as Record<string, unknown> | undefined)?.[field] ?? '');

describe('the group’s words in a learning review', () => {
  it('keeps every word two facilitators type into the same answers offline (many seeds)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = seededRandom(seed);
      const a = projectDoc();
      const review = startLearningReview(a, { title: 'Looking back', scope: 'phase', heldOn: '2026-06-01' });
      if (!review.ok) throw new Error(review.message);
      const id = review.value.id;
      const b = copyDoc(a);
      const typed = new Map<string, string[]>();
      for (let step = 0; step < 16; step++) {
        const doc = random.chance(0.5) ? a : b;
        const field = random.pick(REVIEW_PROMPTS).field;
        const text = answer(doc, id, field);
        // Between words already typed, never inside one, so each word must survive the merge.
        const gaps = [...Array(text.length + 1).keys()].filter((i) => text.slice(0, i).split('<').length === text.slice(0, i).split('>').length);
        const word = `<${seed}-${step}>`;
        const result = editText(doc, learningReviewType, id, field, { index: random.pick(gaps), remove: 0, insert: word });
        expect(result.ok, field).toBe(true);
        typed.set(field, [...(typed.get(field) ?? []), word]);
        if (random.chance(0.2)) syncDocs(a, b);
      }
      syncDocs(a, b);
      for (const [field, words] of typed) {
        expect(answer(a, id, field)).toBe(answer(b, id, field));
        for (const word of words) expect(answer(a, id, field)).toContain(word);
      }
    }
  });
});
