import { t } from '@lingui/core/macro';
import { useEffect, useState } from 'preact/hooks';
import { addValue, dropValue, moveValue, recordAgreement, startDefinition, updateValue } from '../../core/commands/plan-statement';
import type { GroupValue } from '../../core/domain/plan/group-value';
import type { Statement } from '../../core/domain/plan/statement';
import { formatDay } from '../../core/format/dates';
import { fail, type Result } from '../../core/result';
import { PRINCIPLE_SETS, VALUE_SUGGESTIONS } from '../../core/plan/suggestions';
import { useSession } from '../../state/project-context';
import { Button, SubmitRow } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { ItemActions } from '../../ui/form/ItemActions';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';

/** The group's values in its own order, suggestions to add, and when the group agreed them. */
export function ValuesList({ values, statement }: { values: GroupValue[]; statement: Statement | undefined }) {
  const { doc } = useSession();
  const command = useCommand();
  const adding = useCommand();
  const dating = useCommand();
  const [editing, setEditing] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [meaning, setMeaning] = useState('');
  const [agreedOn, setAgreedOn] = useState(statement?.valuesAgreedOn ?? '');
  useEffect(() => setAgreedOn(statement?.valuesAgreedOn ?? ''), [statement?.valuesAgreedOn]);
  const used = new Set(values.map((v) => v.suggestion));
  const unused = VALUE_SUGGESTIONS.filter((s) => !used.has(s.key));
  const agreedDay = statement?.valuesAgreedOn ? formatDay(statement.valuesAgreedOn, 'weekday') : undefined;

  // The agreement dates live with the definition; start an empty one if there is none yet.
  const saveAgreedOn = (): Result<unknown> => {
    const target =
      statement ??
      (() => {
        const started = startDefinition(doc, '');
        return started.ok ? started.value : undefined;
      })();
    if (!target) return fail(t`The date could not be saved. Try again.`);
    return recordAgreement(doc, target.id, {
      definitionAgreedOn: target.definitionAgreedOn ?? '',
      valuesAgreedOn: agreedOn,
      agreedMeetingId: target.agreedMeetingId ?? '',
    });
  };

  return (
    <section class="card" aria-labelledby="values-heading">
      <h3 id="values-heading">{t`Our values`}</h3>
      {values.length === 0 ? (
        <p class="empty">{t`No values yet. Add some of the suggestions below, or your own.`}</p>
      ) : (
        <ol class="plan-list">
          {values.map((value, i) => (
            <li key={value.id} class="plan-item">
              {editing === value.id ? (
                <ValueEdit value={value} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <p class="plan-item-title">{value.name}</p>
                  {value.meaning && <p class="plan-item-detail">{value.meaning}</p>}
                  <ItemActions
                    name={value.name}
                    first={i === 0}
                    last={i === values.length - 1}
                    onEdit={() => setEditing(value.id)}
                    onMove={(direction) => command.run(() => moveValue(doc, value.id, direction))}
                    onRemove={() => command.run(() => dropValue(doc, value.id))}
                  />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <CommandError error={command.error} />
      {unused.length > 0 && (
        <>
          <h4>{t`Suggestions`}</h4>
          <ul class="plan-suggestions">
            {unused.map((s) => {
              const suggested = s.name;
              return (
                <li key={s.key} class="plan-suggestion">
                  <p>
                    <strong>{suggested}</strong>: {s.meaning}
                  </p>
                  <Button
                    onClick={() => command.run(() => addValue(doc, { name: suggested, meaning: s.meaning, suggestion: s.key }))}
                    aria-label={t`Add ${suggested}`}
                  >
                    {t({ message: 'Add', comment: 'Button: add a suggested value to the group’s list' })}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {PRINCIPLE_SETS.map((set) => {
        const left = set.values.filter((v) => !used.has(v.key));
        if (left.length === 0) return null;
        const source = set.source;
        return (
          <details key={set.key} class="plan-principles">
            <summary>{t`Principles to draw on: ${source}`}</summary>
            <ul class="plan-suggestions">
              {left.map((s) => {
                const suggested = s.name;
                return (
                  <li key={s.key} class="plan-suggestion">
                    <p>
                      <strong>{suggested}</strong>: {s.meaning}
                    </p>
                    <Button
                      onClick={() => command.run(() => addValue(doc, { name: suggested, meaning: s.meaning, suggestion: s.key }))}
                      aria-label={t`Add ${suggested}`}
                    >
                      {t({ message: 'Add', comment: 'Button: add a suggested value to the group’s list' })}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
      <Form
        class="plan-add"
        onSubmit={() => {
          const result = adding.run(() => addValue(doc, { name, ...(meaning.trim() ? { meaning } : {}) }));
          if (result.ok) {
            setName('');
            setMeaning('');
          }
        }}
      >
        <h4>{t`Add your own value`}</h4>
        <TextField label={t`Value`} value={name} onInput={setName} required maxLength={80} hint={t`A word or two, such as “Honesty”.`} />
        <TextField label={t`What it means to us`} value={meaning} onInput={setMeaning} multiline maxLength={1000} />
        <CommandError error={adding.error} />
        <Button type="submit">{t`Add value`}</Button>
      </Form>
      {values.length > 0 && (
        <Form
          class="plan-agreed"
          onSubmit={() => {
            dating.run(saveAgreedOn);
          }}
        >
          <TextField
            label={t`Date the values were agreed`}
            type="date"
            value={agreedOn}
            onInput={setAgreedOn}
            hint={t`Leave empty if they are not agreed yet.`}
          />
          <CommandError error={dating.error} />
          <Button type="submit">{t`Save values date`}</Button>
        </Form>
      )}
      {agreedDay && <p class="plan-agreed-line">{t`Values agreed ${agreedDay}.`}</p>}
      <p class="plan-credit">
        {t`Starting values from the SCIE guide (equality, diversity, accessibility, reciprocity) and the Time to Shine toolkit. Keep, change or drop any of them.`}
      </p>
    </section>
  );
}

function ValueEdit({ value, onDone }: { value: GroupValue; onDone: () => void }) {
  const { doc } = useSession();
  const [name, setName] = useState(value.name);
  const [meaning, setMeaning] = useState(value.meaning ?? '');
  const command = useCommand();
  return (
    <Form
      class="inline-edit"
      onSubmit={() => {
        if (command.run(() => updateValue(doc, value.id, { name, meaning })).ok) onDone();
      }}
    >
      <TextField label={t`Value`} value={name} onInput={setName} required maxLength={80} autoFocus />
      <TextField label={t`What it means to us`} value={meaning} onInput={setMeaning} multiline maxLength={1000} error={command.error} />
      <SubmitRow label={t`Save`} onCancel={onDone} />
    </Form>
  );
}
