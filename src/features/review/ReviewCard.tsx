import { learningReviewType } from '../../core/domain/review/learning-review';
import { youSaidWeDidType } from '../../core/domain/review/you-said-we-did';
import { count } from '../../core/pack/format';
import type { DashboardCardProps } from '../section';
import { daysAgo, useLastBackup } from './last-backup';
import { useRecordCount } from './use-records';

/** The dashboard's summary: reviews, the log, and how long since the last backup. */
export function ReviewCard({ projectId }: DashboardCardProps) {
  const reviews = useRecordCount(projectId, learningReviewType);
  const said = useRecordCount(projectId, youSaidWeDidType);
  const lastBackup = useLastBackup(projectId);
  if (reviews === undefined || said === undefined || lastBackup === undefined) return <p>Look back on what you achieved and share a project pack.</p>;
  const stale = !lastBackup || Date.now() - new Date(lastBackup).getTime() > 14 * 86_400_000;
  return (
    <>
      <p>
        {count(reviews, 'learning review')} · {count(said, '“you said, we did” line', '“you said, we did” lines')}
      </p>
      <p class={stale ? 'review-nudge' : undefined}>{lastBackup ? `Last backup from this device: ${daysAgo(lastBackup)}.` : 'No backup made on this device yet.'}</p>
    </>
  );
}
