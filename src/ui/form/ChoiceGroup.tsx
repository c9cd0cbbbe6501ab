import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Option } from './SelectField';
import './form.css';

interface GroupFrame {
  legend: ComponentChildren;
  hint?: ComponentChildren;
  /** Choices side by side where they fit (short words), else one under another. */
  inline?: boolean;
  disabled?: boolean;
}

function Group(props: GroupFrame & { children: ComponentChildren; grid?: boolean }) {
  const id = useId();
  return (
    <fieldset class="choices" disabled={props.disabled} aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <div class={props.inline ? 'choice-row' : props.grid ? 'choice-grid' : undefined}>{props.children}</div>
    </fieldset>
  );
}

/** Big round buttons for choosing one thing, inside a fieldset whose legend asks the question. */
export function RadioGroup<T extends string>(props: GroupFrame & { options: readonly Option<T>[]; value: T | '' | undefined; onChange: (value: T) => void }) {
  const name = useId();
  return (
    <Group {...props}>
      {props.options.map((o) => (
        <label class="choice" key={o.value}>
          <input type="radio" name={name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </Group>
  );
}

/** Tick boxes for choosing any number of things; the answer keeps the order they were ticked in. */
export function CheckboxGroup<T extends string>(props: GroupFrame & { options: readonly Option<T>[]; value: readonly T[]; onChange: (value: T[]) => void }) {
  return (
    <Group {...props} grid>
      {props.options.map((o) => (
        <Checkbox key={o.value} label={o.label} checked={props.value.includes(o.value)} onChange={(on) => props.onChange(toggle(props.value, o.value, on))} />
      ))}
    </Group>
  );
}

export function toggle<T>(chosen: readonly T[], value: T, on: boolean): T[] {
  const rest = chosen.filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}

/** One tick box with its words. */
export function Checkbox(props: { label: ComponentChildren; checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
