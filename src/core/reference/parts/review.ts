import type { ReferenceContext } from '../context';

/** Reference records for the review part of the app. */
export function addReviewRecords(ctx: ReferenceContext): void {
  void ctx;
}
