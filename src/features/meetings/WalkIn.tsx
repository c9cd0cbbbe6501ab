import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addWalkIn } from '../../core/commands/attendance';
import { ROLE_LABELS, STATUS_LABELS, type Person } from '../../core/domain/person';
import { walkInMatches } from '../../core/meetings/walk-in-match';
import { useSession } from '../../state/project-context';
import { Button } from '../../ui/Button';
import { Field, useFieldIds } from '../../ui/form/Field';
import { useCommand } from '../../ui/form/use-command';

/** Who an offered person is, so two people with one name can be told apart. */
function whoWords(person: Person): string {
  if (person.guest) return t({ message: 'Came before as a walk-in', comment: 'Under a name offered when adding a walk-in' });
  const role = ROLE_LABELS[person.role];
  const status = STATUS_LABELS[person.status];
  return t({ message: `${role} · ${status}`, comment: 'Under a name offered when adding a walk-in: their role and status, "Carer · Interested"' });
}

interface Props {
  meetingId: string;
  people: readonly Person[];
  /** Someone the group already knows came: mark them present (shown at once). */
  onKnown: (person: Person) => void;
  onAdded: (name: string, matched: boolean) => void;
}

/**
 * Someone who was not expected: type a name. People the group already knows with that name
 * (members, people marked "Interested", earlier walk-ins) are offered first, so nobody is
 * added twice; otherwise they come in as a new walk-in, marked present.
 */
export function WalkIn({ meetingId, people, onKnown, onAdded }: Props) {
  const { doc } = useSession();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const command = useCommand();
  const ids = useFieldIds(undefined, command.error);
  if (!open) {
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        {t`Add walk-in`}
      </Button>
    );
  }
  const matches = walkInMatches(people, name, 3);
  const close = () => {
    setName('');
    setOpen(false);
    command.clear();
  };
  function add(asNew: boolean) {
    const result = command.run(() => addWalkIn(doc, meetingId, name, { asNew }));
    if (!result.ok) return;
    onAdded(result.value.person.name, result.value.matched);
    close();
  }
  return (
    <form
      class="walk-in"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add(false);
      }}
    >
      <Field label={t`Walk-in’s name`} required ids={ids} error={command.error}>
        <div class="walk-in-row">
          <input
            id={ids.id}
            value={name}
            maxLength={120}
            autoFocus
            autoComplete="off"
            aria-describedby={ids.describedBy}
            aria-invalid={command.error ? true : undefined}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
          <Button type="submit" variant={matches.length ? 'secondary' : 'primary'}>
            {matches.length
              ? t({ message: 'Add as someone new', comment: 'Button: add the walk-in as a new person, not one of the names offered' })
              : t({ message: 'Add', comment: 'Button: add the walk-in whose name was typed' })}
          </Button>
          <Button onClick={close}>{t`Cancel`}</Button>
        </div>
      </Field>
      {matches.length > 0 && (
        <div class="walk-in-matches" role="group" aria-label={t`Already known to the group`}>
          <p class="walk-in-matches-title" aria-live="polite">
            {t`Is it someone the group knows?`}
          </p>
          <ul>
            {matches.map((person) => {
              const who = person.name;
              return (
                <li key={person.id}>
                  <button
                    type="button"
                    class="btn btn-primary walk-in-match"
                    onClick={() => {
                      onKnown(person);
                      close();
                    }}
                  >
                    <span>{t`${who} came`}</span>
                    <span class="walk-in-match-who">{whoWords(person)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </form>
  );
}
