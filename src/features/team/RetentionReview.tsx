import { plural, t } from '@lingui/core/macro';
import { previewErasure } from '../../core/commands/erasure';
import { keepPersonDetails } from '../../core/commands/team-privacy';
import { personType, STATUS_LABELS } from '../../core/domain/person';
import { today } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { eraseMember } from '../../core/team/erase-member';
import { dueForReview } from '../../core/team/retention';
import { useProjectId, useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { href } from '../../state/router';
import { Button, LinkButton } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';
import { compactProjectEverywhere } from '../sync/background';

/** People whose details have been kept longer than the group's period: keep, anonymise or erase each. */
export function RetentionReview({ months }: { months: number }) {
  const projectId = useProjectId();
  const session = useSession();
  const people = useRecords(personType);
  const command = useCommand();
  const [confirm, dialog] = useConfirm();
  if (!people) return <p role="status">{t`Loading…`}</p>;
  const due = dueForReview(people, months, today());
  const period = plural(months, { one: '# month', other: '# months' });

  async function anonymise(personId: string, name: string) {
    const preview = previewErasure(session.doc, personId);
    if (!preview.ok) return command.run(() => preview);
    const yes = await confirm({
      title: t`Anonymise ${name}?`,
      body: t`Their details go from this project on every device. Their attendance and payments still count, without a name, and their name becomes “a member” wherever it is typed.`,
      confirmLabel: t`Anonymise`,
      cancelLabel: t`Cancel`,
      danger: true,
    });
    if (!yes) return;
    const keys = preview.value.mentions.map((m) => m.key);
    const done = await command.runAsync(() => eraseMember(session, personId, { replace: keys }));
    if (done.ok) await compactProjectEverywhere(session);
  }

  return (
    <section class="card" aria-labelledby="retention-heading" data-testid="retention-review">
      <h3 id="retention-heading">{t`Details due a review`}</h3>
      <p>{t`People who left, or stayed interested without taking part, for longer than ${period}. Keep their details (for another ${period}), anonymise them, or erase them.`}</p>
      <CommandError error={command.error} />
      {due.length === 0 ? (
        <p>{t`Nobody is due a review.`}</p>
      ) : (
        <ul class="plain-list retention-list">
          {due.map(({ person, since }) => {
            const name = person.name;
            const status = STATUS_LABELS[person.status];
            const day = formatDay(since, 'date');
            return (
              <li key={person.id} class="retention-item">
                <p>
                  <strong>{name}</strong> {t`${status} since ${day}`}
                </p>
                <div class="row">
                  <Button onClick={() => command.run(() => keepPersonDetails(session.doc, person.id, today()))}>{t`Keep`}</Button>
                  <Button onClick={() => void anonymise(person.id, name)}>{t`Anonymise`}</Button>
                  <LinkButton href={href('p', projectId, 'team', 'member', person.id)}>{t`Erase…`}</LinkButton>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {dialog}
    </section>
  );
}
