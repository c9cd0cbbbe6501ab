import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import type { MemberDetails } from '../../core/commands/team-members';
import { PREFER_NOT_TO_SAY } from '../../core/domain/base';
import { ROLE_LABELS, ROLES, STATUS_LABELS, STATUSES, type MemberStatus, type Person, type Role } from '../../core/domain/person';
import { today } from '../../core/format/calendar';
import { formatLocale } from '../../core/format/intl';
import type { Result } from '../../core/result';
import { SubmitRow } from '../../ui/Button';
import { Checkbox, RadioGroup } from '../../ui/form/ChoiceGroup';
import { optionsFrom } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { TextField } from '../../ui/TextField';
import { SaveOutcome } from './SaveOutcome';

/** A text answer that may be "prefer not to say". */
function DeclinableText(props: { label: string; hint?: string; value: string; onInput: (v: string) => void; type?: 'text' | 'email' | 'tel' }) {
  const declined = props.value === PREFER_NOT_TO_SAY;
  return (
    <div class="declinable">
      {!declined && <TextField label={props.label} hint={props.hint} value={props.value} onInput={props.onInput} type={props.type} />}
      {declined && (
        <p class="field">
          <strong>{props.label}:</strong> {t({ message: 'prefer not to say', comment: 'After the name of a question a member chose not to answer' })}
        </p>
      )}
      <Checkbox
        label={
          <>
            {t`Prefer not to say`}
            <span class="visually-hidden"> ({props.label.toLocaleLowerCase(formatLocale())})</span>
          </>
        }
        checked={declined}
        onChange={(on) => props.onInput(on ? PREFER_NOT_TO_SAY : '')}
      />
    </div>
  );
}

export interface MemberFormValues extends MemberDetails {
  status: MemberStatus;
  statusSince: string;
}

export function emptyMember(): MemberFormValues {
  return { name: '', pronouns: '', role: '' as Role, organisation: '', involvement: '', email: '', phone: '', status: 'active', statusSince: today() };
}

export function memberValues(p: Person): MemberFormValues {
  return {
    name: p.name,
    pronouns: p.pronouns ?? '',
    role: p.role,
    organisation: p.organisation ?? '',
    involvement: p.involvement ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    status: p.status,
    statusSince: p.statusSince ?? today(),
  };
}

/** The "about" questions for a member. With `withStatus`, also their status (for a new member). */
export function MemberForm(props: {
  initial: MemberFormValues;
  withStatus: boolean;
  submitLabel: string;
  onSubmit: (values: MemberFormValues) => Result<unknown>;
  onCancel?: () => void;
}) {
  const [v, setV] = useState<MemberFormValues>(props.initial);
  const command = useCommand();
  const [saved, setSaved] = useState<string | null>(null);
  const set =
    <K extends keyof MemberFormValues>(key: K) =>
    (value: MemberFormValues[K]) =>
      setV((old) => ({ ...old, [key]: value }));

  function submit(e: Event) {
    e.preventDefault();
    const result = command.run(() => props.onSubmit(v));
    setSaved(result.ok ? t`Saved.` : null);
  }

  return (
    <form onSubmit={submit} noValidate class="member-form">
      <p class="hint">{t`Only a name is needed. Anyone can choose not to answer any other question.`}</p>
      <TextField label={t`Name`} hint={t`The name they would like us to use.`} value={v.name} onInput={set('name')} required autoComplete="off" />
      <DeclinableText label={t`Pronouns`} hint={t`For example: she/her, he/him, they/them.`} value={v.pronouns ?? ''} onInput={set('pronouns')} />
      <RadioGroup
        legend={t`Role in the group`}
        hint={t`Choose the one that fits best, or “Prefer not to say”.`}
        options={optionsFrom(ROLES, ROLE_LABELS)}
        value={v.role}
        onChange={(r: Role) => set('role')(r)}
      />
      <DeclinableText label={t`Organisation`} hint={t`If they come from a service or group.`} value={v.organisation ?? ''} onInput={set('organisation')} />
      <TextField
        label={t`How they are involved`}
        hint={t`For example: comes to meetings, helps with the survey.`}
        value={v.involvement ?? ''}
        onInput={set('involvement')}
      />
      {props.withStatus && (
        <>
          <RadioGroup
            legend={t`Status`}
            options={optionsFrom(STATUSES, STATUS_LABELS)}
            value={v.status}
            onChange={(s: MemberStatus) => set('status')(s)}
            inline
          />
          <TextField
            label={t({ message: 'Since', comment: 'The date a member’s status began' })}
            type="date"
            value={v.statusSince}
            onInput={set('statusSince')}
            required
          />
        </>
      )}
      <fieldset class="choices">
        <legend>{t`Contact details`}</legend>
        <p class="hint">{t`Only used if they agree to be contacted.`}</p>
        <TextField label={t`Email`} type="email" value={v.email ?? ''} onInput={set('email')} />
        <TextField label={t`Phone`} type="tel" value={v.phone ?? ''} onInput={set('phone')} />
      </fieldset>
      <SaveOutcome error={command.error} saved={saved} />
      <SubmitRow label={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
