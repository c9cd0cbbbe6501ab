import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { saveInclusionProfile } from '../../core/commands/team-members';
import { ACCESS_NEED_LABELS, ACCESS_NEEDS, FORMAT_LABELS, FORMATS, type InclusionProfile, type Person } from '../../core/domain/person';
import { useSession } from '../../state/project-context';
import { Button } from '../../ui/Button';
import { Checkbox, CheckboxGroup } from '../../ui/form/ChoiceGroup';
import { optionsFrom } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { SaveOutcome } from './SaveOutcome';

function summary(p: InclusionProfile | undefined): string {
  if (!p) return t`Not filled in yet.`;
  if (p.declined) return t`They would rather not say.`;
  const parts: string[] = [];
  if (p.accessNeeds?.length) parts.push(p.accessNeeds.map((n) => ACCESS_NEED_LABELS[n]).join(', '));
  if (p.formats?.length) {
    const formats = p.formats.map((f) => FORMAT_LABELS[f]).join(', ');
    parts.push(t`Papers: ${formats}`);
  }
  if (p.interpreter) parts.push(t({ message: 'Interpreter', comment: 'A reminder on a member: they need an interpreter' }));
  if (p.childcare) parts.push(t({ message: 'Childcare', comment: 'A member needs childcare to take part' }));
  if (p.travelSupport) parts.push(t`Travel support`);
  return parts.length ? parts.join(' · ') : t`Filled in.`;
}

/** Access needs and the rest of the inclusion checklist: sensitive, so hidden until asked for. */
export function InclusionCard({ person }: { person: Person }) {
  const { doc } = useSession();
  const [open, setOpen] = useState(false);
  const [p, setP] = useState<InclusionProfile>(person.inclusion ?? {});
  const command = useCommand();
  const [saved, setSaved] = useState<string | null>(null);
  const set =
    <K extends keyof InclusionProfile>(key: K) =>
    (value: InclusionProfile[K]) =>
      setP((old) => ({ ...old, [key]: value }));

  function save(e: Event) {
    e.preventDefault();
    const result = command.run(() => saveInclusionProfile(doc, person.id, p));
    setSaved(result.ok ? t`Inclusion profile saved.` : null);
  }

  return (
    <section class="card sensitive" aria-labelledby="inclusion-heading">
      <h2 id="inclusion-heading">
        {t`Inclusion profile`} <span class="sensitive-badge">{t({ message: 'Sensitive', comment: 'Badge: this part holds sensitive personal details' })}</span>
      </h2>
      <p class="hint">
        {t`What helps them take part. Keep it to what is needed. It is left out of the project pack unless you choose to include it. Based on the inclusion checklist in the Iriss co-production project planner.`}
      </p>
      {!open ? (
        <>
          <p data-testid="inclusion-summary">{summary(person.inclusion)}</p>
          <Button
            aria-expanded="false"
            onClick={() => {
              setP(person.inclusion ?? {});
              setOpen(true);
            }}
          >
            {t`Show and change inclusion profile`}
          </Button>
        </>
      ) : (
        <form onSubmit={save} noValidate>
          <Checkbox label={t`They would rather not say`} checked={p.declined === true} onChange={(on) => set('declined')(on || undefined)} />
          <CheckboxGroup
            legend={t`Access needs`}
            options={optionsFrom(ACCESS_NEEDS, ACCESS_NEED_LABELS)}
            value={p.accessNeeds ?? []}
            onChange={set('accessNeeds')}
            disabled={p.declined === true}
          />
          {!p.declined && (
            <>
              <TextField
                label={t`Other access needs`}
                multiline
                value={p.accessNotes ?? ''}
                onInput={set('accessNotes')}
                hint={t`In their words, for example: needs breaks every 40 minutes.`}
              />
              <CheckboxGroup
                legend={t`Papers in these formats`}
                options={optionsFrom(FORMATS, FORMAT_LABELS)}
                value={p.formats ?? []}
                onChange={set('formats')}
              />
              <TextField
                label={t({ message: 'Language', comment: 'The language a member prefers' })}
                value={p.language ?? ''}
                onInput={set('language')}
                hint={t`The language they prefer, if not English.`}
              />
              <Checkbox label={t`Needs an interpreter (including British Sign Language)`} checked={p.interpreter === true} onChange={set('interpreter')} />
              <Checkbox label={t`Needs childcare to take part`} checked={p.childcare === true} onChange={set('childcare')} />
              <Checkbox label={t`Needs help with travel`} checked={p.travelSupport === true} onChange={set('travelSupport')} />
              <TextField label={t`Food and drink needs`} value={p.dietary ?? ''} onInput={set('dietary')} />
              <TextField
                label={t`Best days and times`}
                value={p.bestTimes ?? ''}
                onInput={set('bestTimes')}
                hint={t`For example: weekday mornings, not school holidays.`}
              />
              <TextField label={t`Anything else`} multiline value={p.note ?? ''} onInput={set('note')} />
            </>
          )}
          <SaveOutcome error={command.error} saved={saved} />
          <div class="row">
            <Button type="submit" variant="primary">
              {t`Save inclusion profile`}
            </Button>
            <Button
              aria-expanded="true"
              onClick={() => {
                setOpen(false);
                command.clear();
                setSaved(null);
              }}
            >
              {t({ message: 'Hide', comment: 'Button: close the inclusion profile form' })}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
