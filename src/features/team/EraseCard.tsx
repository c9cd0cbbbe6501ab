import { plural, t } from '@lingui/core/macro';
import { useRef, useState } from 'preact/hooks';
import { previewErasure, type ErasurePreview, type TextMention } from '../../core/commands/erasure';
import type { Person } from '../../core/domain/person';
import { eraseMember } from '../../core/team/erase-member';
import { useProjectId, useSession } from '../../state/project-context';
import { navigate } from '../../state/router';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { useCommand } from '../../ui/form/use-command';
import { useConfirm } from '../../ui/form/use-confirm';
import { compactProjectEverywhere } from '../sync/background';
import { placeWords, referenceWords } from './erase-words';
import { NameInText } from './NameInText';
import { teamNotice } from './team-notice';

/** Erasing a person for good: their details go; the counts they are part of stay, without their name; their name in text becomes "a member" where chosen. */
export function EraseCard({ person }: { person: Person }) {
  const session = useSession();
  const projectId = useProjectId();
  const command = useCommand();
  const [confirm, dialog] = useConfirm();
  const [busy, setBusy] = useState(false);
  const chosen = useRef<ReadonlySet<string>>(new Set());

  async function ask() {
    if (busy) return;
    const preview = command.run(() => previewErasure(session.doc, person.id));
    if (!preview.ok) return;
    const mentions = preview.value.mentions;
    chosen.current = new Set(mentions.filter((m) => !m.ordinary).map((m) => m.key));
    const yes = await confirm({
      title: t`Erase this person for good?`,
      body: <ErasureDetails preview={preview.value} onChoose={(keys) => (chosen.current = keys)} initial={chosen.current} />,
      confirmLabel: t`Erase for good`,
      cancelLabel: t`Cancel`,
      danger: true,
    });
    if (yes) await erase();
  }

  async function erase() {
    setBusy(true);
    const erased = await command.runAsync(() => eraseMember(session, person.id, { replace: [...chosen.current] }));
    if (!erased.ok) return setBusy(false);
    // The server's encrypted copy is compacted too, so no old ciphertext of their details is kept.
    await compactProjectEverywhere(session);
    const missed = erased.value.notReplaced.length;
    teamNotice.value = [
      t`The member has been erased from this project. Their attendance and any amounts given to them still count, without their name.`,
      missed > 0
        ? plural(missed, {
            one: '# place where their name was typed could not be changed, because the words changed meanwhile. Look for their name and change it by hand.',
            other: '# places where their name was typed could not be changed, because the words changed meanwhile. Look for their name and change it by hand.',
          })
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    navigate('p', projectId, 'team');
  }

  return (
    <section class="card danger-zone" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t`Erase this person`}</h2>
      <p>
        {t`If someone asks for their details to be removed, erase them. Their details go from this project on every device that shares it. Attendance counts and totals stay, without their name.`}
      </p>
      <CommandError error={command.error} />
      {busy && <p role="status">{t`Erasing…`}</p>}
      <Button variant="danger" onClick={() => void ask()} disabled={busy}>
        <NameInText name={person.name} text={(name) => t`Erase ${name}`} />
      </Button>
      {dialog}
    </section>
  );
}

/** What the erasure removes, what stays, and each place the name is typed, ticked to become "a member". */
function ErasureDetails({
  preview,
  initial,
  onChoose,
}: {
  preview: ErasurePreview;
  initial: ReadonlySet<string>;
  onChoose: (keys: ReadonlySet<string>) => void;
}) {
  const [chosen, setChosen] = useState(initial);
  const mentions = preview.mentions;
  const choose = (next: ReadonlySet<string>) => {
    setChosen(next);
    onChoose(next);
  };
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    choose(next);
  };
  const staying = preview.references.map(referenceWords).join(', ');
  const places = mentions.length;
  return (
    <>
      <p>
        <NameInText
          name={preview.name}
          text={(name) => t`This removes ${name} and everything about them: contact details, inclusion profile, consent and support. This cannot be undone.`}
        />
      </p>
      {preview.references.length > 0 && <p>{t`These stay, without their name: ${staying}.`}</p>}
      {places > 0 && (
        <fieldset class="erase-mentions">
          <legend>{plural(places, { one: 'Their name is typed in # place', other: 'Their name is typed in # places' })}</legend>
          <p class="hint" id="erase-mentions-hint">
            {t`Each ticked place will say “a member” instead. Untick any that are about someone else with the same name.`}
            {mentions.some((m) => m.ordinary) && <> {t`Where it looks like an everyday word (“we will”, “3 May”), it starts unticked.`}</>}
          </p>
          {places > 3 && (
            <div class="row erase-all">
              <Button onClick={() => choose(new Set(mentions.map((m) => m.key)))}>{t`Tick all`}</Button>
              <Button onClick={() => choose(new Set())}>{t`Untick all`}</Button>
            </div>
          )}
          <ul class="erase-mention-list">
            {mentions.map((m) => (
              <MentionChoice key={m.key} mention={m} checked={chosen.has(m.key)} onChange={(on) => toggle(m.key, on)} />
            ))}
          </ul>
        </fieldset>
      )}
    </>
  );
}

function MentionChoice({ mention: m, checked, onChange }: { mention: TextMention; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <li>
      <label class="choice erase-mention">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
          aria-describedby="erase-mentions-hint"
        />
        <span>
          <span class="erase-place">{placeWords(m)}</span>
          <span class="erase-words">
            “<bdi>{m.before}</bdi>
            <mark>
              <bdi>{m.matched}</bdi>
            </mark>
            <bdi>{m.after}</bdi>”
          </span>
        </span>
      </label>
    </li>
  );
}
