import { plural, t } from '@lingui/core/macro';
import { youSaidWeDidType } from '../../core/domain/review/you-said-we-did';
import { useProjectId } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { LinkButton } from '../../ui/Button';
import { useBackupAge } from './backup-age';
import { LearningReviews } from './LearningReviews';

/** Review and share: look back together, show what changed, and share the project. */
export function ReviewHome() {
  const projectId = useProjectId();
  const said = useRecords(youSaidWeDidType)?.length;
  const backup = useBackupAge();
  const when = backup?.when ?? '';
  return (
    <>
      <section class="card" aria-labelledby="learning-heading">
        <h2 id="learning-heading">{t`Look back together`}</h2>
        <p>
          {t`At the end of a stage, or of the whole project, talk through what happened and write down what the group says, in its own words. Based on the review advice in SCIE’s “Co-production in social care” guide and West Berkshire’s “How to do co-production”.`}
        </p>
        <LearningReviews />
      </section>
      <div class="review-grid">
        <section class="card" aria-labelledby="said-heading">
          <h2 id="said-heading">{t`You said, we did`}</h2>
          <p>{t`What members raised, and what changed because of it.`}</p>
          <p class="review-count">
            {said === undefined ? '…' : said === 0 ? t`Nothing in the log yet.` : plural(said, { one: '# line in the log.', other: '# lines in the log.' })}
          </p>
          <LinkButton href={href('p', projectId, 'review', 'you-said')}>{t`Open the log`}</LinkButton>
        </section>
        <section class="card" aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">{t`Outcomes and evidence`}</h2>
          <p>{t`For each outcome: the figures, questionnaire results and notes that show progress, and where the group thinks it is.`}</p>
          <LinkButton href={href('p', projectId, 'review', 'evidence')}>{t`See the evidence`}</LinkButton>
        </section>
        <section class="card" aria-labelledby="pack-heading">
          <h2 id="pack-heading">{t`Project pack`}</h2>
          <p>{t`A printable report with charts, spreadsheet files and a README, for the group or for partners and funders.`}</p>
          <LinkButton href={href('p', projectId, 'review', 'pack')} variant="primary">
            {t`Make a project pack`}
          </LinkButton>
        </section>
        <section class="card" aria-labelledby="backup-heading">
          <h2 id="backup-heading">{t`Backup`}</h2>
          <p>{t`Keep a copy of the whole project, or pass changes to another device by file when there is no internet.`}</p>
          <p class="review-count">{backup === undefined ? '…' : backup ? t`Last backup: ${when}.` : t`No backup made on this device yet.`}</p>
          <LinkButton href={href('p', projectId, 'review', 'backup')}>{t`Back up or bring in changes`}</LinkButton>
        </section>
      </div>
    </>
  );
}
