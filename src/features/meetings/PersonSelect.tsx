import type { Person } from '../../core/domain/person';
import { compareText } from '../../core/format/intl';

/** A labelled list of people to choose from, members first, then walk-ins. */
export function PersonSelect(props: {
  id: string;
  label: string;
  value: string;
  people: readonly Person[];
  onChange: (id: string) => void;
  placeholder: string;
  hint?: string;
  required?: boolean;
}) {
  const live = props.people
    .filter((p) => !p.archived && p.status !== 'left')
    .sort((a, b) => Number(a.guest ?? false) - Number(b.guest ?? false) || compareText(a.name, b.name));
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        {!props.required && <span class="optional"> (optional)</span>}
      </label>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      <select
        id={props.id}
        value={props.value}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{props.placeholder}</option>
        {live.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
            {p.guest ? ' (walk-in)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
