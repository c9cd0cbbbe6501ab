import { useState } from 'preact/hooks';
import { PREFER_NOT_TO_SAY } from '../../core/domain/base';
import { ROLE_LABELS, ROLES, STATUS_LABELS, STATUSES, type MemberStatus, type Person, type Role } from '../../core/domain/person';
import type { MemberDetails } from '../../core/commands/team-members';
import { todayIso } from '../../core/ids';
import { SubmitRow } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { Checkbox, FormMessage, optionsFrom, RadioGroup } from './fields';

/** A text answer that may be "prefer not to say". */
function DeclinableText(props: { label: string; hint?: string; value: string; onInput: (v: string) => void; type?: 'text' | 'email' | 'tel' }) {
  const declined = props.value === PREFER_NOT_TO_SAY;
  return (
    <div class="declinable">
      {!declined && <TextField label={props.label} hint={props.hint} value={props.value} onInput={props.onInput} type={props.type} />}
      {declined && (
        <p class="field">
          <strong>{props.label}:</strong> prefer not to say
        </p>
      )}
      <Checkbox
        label={
          <>
            Prefer not to say<span class="visually-hidden"> ({props.label.toLowerCase()})</span>
          </>
        }
        checked={declined} onChange={(on) => props.onInput(on ? PREFER_NOT_TO_SAY : '')} />
    </div>
  );
}

export interface MemberFormValues extends MemberDetails {
  status: MemberStatus;
  statusSince: string;
}

export function emptyMember(): MemberFormValues {
  return { name: '', pronouns: '', role: '' as Role, organisation: '', involvement: '', email: '', phone: '', status: 'active', statusSince: todayIso() };
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
    statusSince: p.statusSince ?? todayIso(),
  };
}

/** The "about" questions for a member. With `withStatus`, also their status (for a new member). */
export function MemberForm(props: {
  initial: MemberFormValues;
  withStatus: boolean;
  submitLabel: string;
  onSubmit: (values: MemberFormValues) => { ok: true } | { ok: false; message: string };
  onCancel?: () => void;
}) {
  const [v, setV] = useState<MemberFormValues>(props.initial);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const set = <K extends keyof MemberFormValues>(key: K) => (value: MemberFormValues[K]) => setV((old) => ({ ...old, [key]: value }));

  function submit(e: Event) {
    e.preventDefault();
    const result = props.onSubmit(v);
    setMessage(result.ok ? { kind: 'ok', text: 'Saved.' } : { kind: 'error', text: result.message });
  }

  return (
    <form onSubmit={submit} noValidate class="member-form">
      <p class="hint">Only a name is needed. Anyone can choose not to answer any other question.</p>
      <TextField label="Name" hint="The name they would like us to use." value={v.name} onInput={set('name')} required autoComplete="off" />
      <DeclinableText label="Pronouns" hint="For example: she/her, he/him, they/them." value={v.pronouns ?? ''} onInput={set('pronouns')} />
      <RadioGroup legend="Role in the group" hint="Choose the one that fits best, or “Prefer not to say”." options={optionsFrom(ROLES, ROLE_LABELS)} value={v.role} onChange={(r: Role) => set('role')(r)} />
      <DeclinableText label="Organisation" hint="If they come from a service or group." value={v.organisation ?? ''} onInput={set('organisation')} />
      <TextField label="How they are involved" hint="For example: comes to meetings, helps with the survey." value={v.involvement ?? ''} onInput={set('involvement')} />
      {props.withStatus && (
        <>
          <RadioGroup legend="Status" options={optionsFrom(STATUSES, STATUS_LABELS)} value={v.status} onChange={(s: MemberStatus) => set('status')(s)} inline />
          <TextField label="Since" type="date" value={v.statusSince} onInput={set('statusSince')} required />
        </>
      )}
      <fieldset class="choices">
        <legend>Contact details</legend>
        <p class="hint">Only used if they agree to be contacted.</p>
        <TextField label="Email" type="email" value={v.email ?? ''} onInput={set('email')} />
        <TextField label="Phone" type="tel" value={v.phone ?? ''} onInput={set('phone')} />
      </fieldset>
      <FormMessage message={message} />
      <SubmitRow label={props.submitLabel} onCancel={props.onCancel} />
    </form>
  );
}
