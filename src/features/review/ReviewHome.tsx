import { youSaidWeDidType } from '../../core/domain/review/you-said-we-did';
import { count } from '../../core/pack/format';
import type { ProjectSession } from '../../core/projects/project-session';
import { href } from '../../state/router';
import { LinkButton } from '../../ui/Button';
import { daysAgo, useLastBackup } from './last-backup';
import { LearningReviews } from './LearningReviews';
import { useRecordCount } from './use-records';

/** Review and share: look back together, show what changed, and share the project. */
export function ReviewHome({ session }: { session: ProjectSession }) {
  const { projectId } = session;
  const said = useRecordCount(projectId, youSaidWeDidType);
  const lastBackup = useLastBackup(projectId);
  return (
    <>
      <section class="card" aria-labelledby="learning-heading">
        <h2 id="learning-heading">Look back together</h2>
        <p>
          At the end of a stage, or of the whole project, talk through what happened and write down what the group says, in its own words. Based on the review advice in
          SCIE’s “Co-production in social care” guide and West Berkshire’s “How to do co-production”.
        </p>
        <LearningReviews session={session} />
      </section>
      <div class="review-grid">
        <section class="card" aria-labelledby="said-heading">
          <h2 id="said-heading">You said, we did</h2>
          <p>What members raised, and what changed because of it.</p>
          <p class="review-count">{said === undefined ? '…' : said === 0 ? 'Nothing in the log yet.' : `${count(said, 'line')} in the log.`}</p>
          <LinkButton href={href('p', projectId, 'review', 'you-said')}>Open the log</LinkButton>
        </section>
        <section class="card" aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Outcomes and evidence</h2>
          <p>For each outcome: the figures, questionnaire results and notes that show progress, and where the group thinks it is.</p>
          <LinkButton href={href('p', projectId, 'review', 'evidence')}>See the evidence</LinkButton>
        </section>
        <section class="card" aria-labelledby="pack-heading">
          <h2 id="pack-heading">Project pack</h2>
          <p>A printable report with charts, spreadsheet files and a README, for the group or for partners and funders.</p>
          <LinkButton href={href('p', projectId, 'review', 'pack')} variant="primary">
            Make a project pack
          </LinkButton>
        </section>
        <section class="card" aria-labelledby="backup-heading">
          <h2 id="backup-heading">Backup</h2>
          <p>Keep a copy of the whole project, or pass changes to another device by file when there is no internet.</p>
          <p class="review-count">{lastBackup === undefined ? '…' : lastBackup ? `Last backup: ${daysAgo(lastBackup)}.` : 'No backup made on this device yet.'}</p>
          <LinkButton href={href('p', projectId, 'review', 'backup')}>Back up or bring in changes</LinkButton>
        </section>
      </div>
    </>
  );
}
