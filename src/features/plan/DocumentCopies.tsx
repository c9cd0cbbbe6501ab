import { plural, t } from '@lingui/core/macro';
import { removeDocument } from '../../core/commands/plan-documents';
import type { PlanDocument } from '../../core/domain/plan/plan-document';
import { dayOf } from '../../core/format/calendar';
import { formatDay } from '../../core/format/dates';
import { useSession } from '../../state/project-context';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';

/** Two devices each started the document while offline: the screen shows the first; the others can be removed. */
export function DocumentCopies({ documents }: { documents: PlanDocument[] }) {
  const { doc } = useSession();
  const command = useCommand();
  const [confirm, dialog] = useConfirm();
  const remove = async (document: PlanDocument, number: number) => {
    const yes = await confirm({
      title: t`Remove copy ${number}?`,
      body: <p>{t`Copy ${number} and its sections will be put aside. Move anything you need from it first.`}</p>,
      confirmLabel: t`Remove`,
      cancelLabel: t`Cancel`,
      danger: true,
    });
    if (yes) command.run(() => removeDocument(doc, document.id));
  };
  const copies = documents.length;
  return (
    <div class="notice" role="status">
      <p>
        {plural(copies, {
          other:
            'There are # copies of this document, started on different devices while offline. This screen shows the first. Remove a copy once you have moved anything you need from it.',
        })}
      </p>
      <ul>
        {documents.map((d, i) => {
          const number = i + 1;
          const day = formatDay(dayOf(d.createdAt), 'weekday');
          return (
            <li key={d.id} class="row">
              <span>{t`Copy ${number}, started ${day}`}</span>
              {i > 0 && (
                <Button variant="quiet" onClick={() => void remove(d, number)}>
                  {t`Remove copy ${number}`}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <CommandError error={command.error} />
      {dialog}
    </div>
  );
}
