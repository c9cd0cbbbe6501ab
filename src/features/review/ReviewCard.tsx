import { plural, t } from '@lingui/core/macro';
import { learningReviewType } from '../../core/domain/review/learning-review';
import { youSaidWeDidType } from '../../core/domain/review/you-said-we-did';
import { useRecords } from '../../state/records';
import { useBackupAge } from './backup-age';

/** The dashboard's summary: reviews, the log, and how long since the last backup. */
export function ReviewCard() {
  const reviews = useRecords(learningReviewType)?.length;
  const said = useRecords(youSaidWeDidType)?.length;
  const backup = useBackupAge();
  const when = backup?.when ?? '';
  if (reviews === undefined || said === undefined || backup === undefined) return <p>{t`Look back on what you achieved and share a project pack.`}</p>;
  return (
    <>
      <p>
        {t`${plural(reviews, { one: '# learning review', other: '# learning reviews' })} · ${plural(said, { one: '# “you said, we did” line', other: '# “you said, we did” lines' })}`}
      </p>
      <p class={!backup || backup.stale ? 'review-nudge' : undefined}>
        {backup ? t`Last backup from this device: ${when}.` : t`No backup made on this device yet.`}
      </p>
    </>
  );
}
