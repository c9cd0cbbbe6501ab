import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Result } from '../../core/result';
import { href } from '../../state/router';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';

/** The frame of each part of the plan: a way back to the plan, its heading, what it is for and whose idea it is. */
export function PlanPart(props: { projectId: string; title: string; intro?: ComponentChildren; credit?: string; children: ComponentChildren }) {
  return (
    <div class="plan-part">
      <nav aria-label="Plan">
        <a class="plan-back" href={href('p', props.projectId, 'plan')}>
          <span aria-hidden="true">←</span> All of the plan
        </a>
      </nav>
      <h2 class="plan-part-title">{props.title}</h2>
      {props.intro && <p class="lead">{props.intro}</p>}
      {props.children}
      {props.credit && <p class="plan-credit">{props.credit}</p>}
    </div>
  );
}

export function ErrorMessage({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p class="error plan-error" role="alert">
      {message}
    </p>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

export function SelectField<T extends string>(props: { label: string; /** More words for screen readers only. */ hiddenLabel?: string; value: T | ''; options: readonly Option<T>[]; onChange: (value: T | '') => void; hint?: string; optional?: boolean; emptyLabel?: string }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>
        {props.label}
        {props.hiddenLabel && <span class="visually-hidden"> {props.hiddenLabel}</span>}
        {props.optional && <span class="optional"> (optional)</span>}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <select id={id} value={props.value} aria-describedby={props.hint ? `${id}-hint` : undefined} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T | '')}>
        {props.optional && <option value="">{props.emptyLabel ?? 'None'}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A set of big radio buttons inside a fieldset with its question as the legend. */
export function RadioGroup<T extends string>(props: { legend: ComponentChildren; hint?: string; name: string; value: T | undefined; options: readonly Option<T>[]; onChange: (value: T) => void; inline?: boolean }) {
  const id = useId();
  return (
    <fieldset class="plan-radios" aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <div class={props.inline ? 'plan-choice-row' : undefined}>
        {props.options.map((o) => (
          <label key={o.value} class="choice">
            <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Edit, move up, move down and remove for one item in a list the group puts in order. */
export function ItemActions(props: { name: string; editLabel?: string; onEdit?: () => void; onUp?: () => void; onDown?: () => void; onRemove?: () => void; first?: boolean; last?: boolean }) {
  return (
    <div class="plan-actions">
      {props.onEdit && (
        <Button variant="quiet" onClick={props.onEdit} aria-label={`${props.editLabel ?? 'Change'} ${props.name}`}>
          {props.editLabel ?? 'Change'}
        </Button>
      )}
      {props.onUp && (
        <Button variant="quiet" onClick={props.onUp} disabled={props.first} aria-label={`Move up: ${props.name}`}>
          Move up
        </Button>
      )}
      {props.onDown && (
        <Button variant="quiet" onClick={props.onDown} disabled={props.last} aria-label={`Move down: ${props.name}`}>
          Move down
        </Button>
      )}
      {props.onRemove && (
        <Button variant="quiet" onClick={props.onRemove} aria-label={`Remove ${props.name}`}>
          Remove
        </Button>
      )}
    </div>
  );
}

/** A one-field form to change some text: Save or Cancel, with the command's message if it fails. */
export function InlineEdit(props: { label: string; initial: string; maxLength: number; multiline?: boolean; onSave: (value: string) => Result<unknown>; onDone: () => void }) {
  const [value, setValue] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="plan-inline-edit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = props.onSave(value);
        if (!result.ok) return setError(result.message);
        props.onDone();
      }}
    >
      <TextField label={props.label} value={value} onInput={setValue} maxLength={props.maxLength} multiline={props.multiline} error={error} required autoFocus />
      <div class="row">
        <Button type="submit" variant="primary">
          Save
        </Button>
        <Button onClick={props.onDone}>Cancel</Button>
      </div>
    </form>
  );
}

/** Small words in a coloured pill: a status or a kind. */
export function Tag({ tone = 'plain', children }: { tone?: 'plain' | 'good' | 'warn' | 'bad' | 'muted'; children: ComponentChildren }) {
  return <span class={`plan-tag plan-tag-${tone}`}>{children}</span>;
}
