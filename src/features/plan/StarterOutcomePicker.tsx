import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addStarterOutcome } from '../../core/commands/plan-aims';
import type { Aim } from '../../core/domain/plan/aim';
import type { Outcome } from '../../core/domain/plan/outcome';
import { STARTER_OUTCOMES } from '../../core/plan/starter-outcomes';
import { fail } from '../../core/result';
import { useSession } from '../../state/project-context';
import { Button } from '../../ui/Button';
import { Checkbox, toggle } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { useCommand } from '../../ui/form/use-command';

/** The starter outcomes not yet under this aim, to tick and add with their suggested measures. */
export function StarterOutcomePicker({ aim, existing }: { aim: Aim; existing: Outcome[] }) {
  const { doc } = useSession();
  const used = new Set(existing.map((o) => o.starter));
  const available = STARTER_OUTCOMES.filter((s) => !used.has(s.key));
  const [chosen, setChosen] = useState<string[]>([]);
  const command = useCommand();
  if (!available.length) return null;
  return (
    <Form
      class="plan-starters"
      onSubmit={() => {
        if (!chosen.length) return command.run(() => fail(t`Tick at least one starter outcome to add.`));
        for (const key of chosen) if (!command.run(() => addStarterOutcome(doc, aim.id, key)).ok) return;
        setChosen([]);
      }}
    >
      <fieldset>
        <legend>{t`Starter outcomes that fit any co-produced project`}</legend>
        <p class="hint">{t`Each comes with suggested ways to know it is happening. Change the words to fit your group.`}</p>
        {available.map((s) => (
          <Checkbox
            key={s.key}
            label={
              <>
                <strong>{s.label}</strong>: {s.title}
              </>
            }
            checked={chosen.includes(s.key)}
            onChange={(on) => setChosen(toggle(chosen, s.key, on))}
          />
        ))}
      </fieldset>
      <CommandError error={command.error} />
      <Button type="submit">{t`Add ticked outcomes`}</Button>
    </Form>
  );
}
