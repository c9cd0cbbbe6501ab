import { t } from '@lingui/core/macro';
import type { Person } from '../../core/domain/person';
import { today } from '../../core/format/calendar';
import { subjectAccessText } from '../../core/team/subject-access';
import { useSession } from '../../state/project-context';
import { downloadFile, makeFile } from '../../ui/save-file';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';

/** Their own data, for a subject access request: one readable file, made on this device. Correcting is the cards above; erasing the card below. */
export function OwnDataCard({ person }: { person: Person }) {
  const { doc } = useSession();
  const command = useCommand();

  function save() {
    const made = command.run(() => subjectAccessText(doc, person.id, today()));
    if (!made.ok) return;
    const safeName = made.value.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'member';
    downloadFile(makeFile(made.value.text, `${safeName} - data held.txt`, 'text/plain;charset=utf-8'));
  }

  return (
    <section class="card" aria-labelledby="own-data-heading">
      <h2 id="own-data-heading">{t`Their own data`}</h2>
      <p>
        {t`If they ask what the group holds about them, save it as a file they can read: their details, consent, needs, attendance, payments, and every place their name is typed. To correct anything, change it above; to remove them, erase them below.`}
      </p>
      <CommandError error={command.error} />
      <Button onClick={save}>{t`Save their data as a file`}</Button>
    </section>
  );
}
