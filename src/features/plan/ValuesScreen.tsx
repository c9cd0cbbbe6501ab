import { useEffect, useState } from 'preact/hooks';
import { addValue, dropValue, editDefinition, keepDefinition, moveValue, recordAgreement, startDefinition, updateValue } from '../../core/commands/plan-statement';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { groupValueType, type GroupValue } from '../../core/domain/plan/group-value';
import { statementType, type Statement } from '../../core/domain/plan/statement';
import { todayIso } from '../../core/ids';
import { formatDate } from '../../core/plan/dates';
import { byOrder } from '../../core/plan/ordering';
import { DEFINITION_CREDIT, DEFINITION_SUGGESTIONS, VALUE_SUGGESTIONS, VALUES_CREDIT } from '../../core/plan/suggestions';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ErrorMessage, ItemActions, PlanPart, SelectField } from './bits';
import { SharedTextArea } from './SharedTextArea';
import { useCommand, useRecords } from './use-plan';

export function ValuesScreen({ session }: { session: ProjectSession }) {
  const statements = useRecords<Statement>(session.projectId, statementType);
  const values = useRecords<GroupValue>(session.projectId, groupValueType);
  const meetings = useRecords<Meeting>(session.projectId, meetingType);
  if (!statements || !values || !meetings) return <p role="status">Loading…</p>;
  const ordered = [...statements].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const statement = ordered[0];
  return (
    <PlanPart
      projectId={session.projectId}
      title="Our definition and values"
      intro="Agree together what co-production means for your group, and the values you will work by. Write them in your own words."
    >
      <section class="card" aria-labelledby="definition-heading">
        <h3 id="definition-heading">Our definition of co-production</h3>
        {statement ? <DefinitionEditor session={session} statement={statement} others={ordered.slice(1)} meetings={meetings} /> : <StartDefinition session={session} />}
        <p class="plan-credit">{DEFINITION_CREDIT}</p>
      </section>
      <ValuesList session={session} values={byOrder(values)} statement={statement} />
    </PlanPart>
  );
}

function StartDefinition({ session }: { session: ProjectSession }) {
  const { error, run } = useCommand();
  return (
    <div>
      <p>Start from one of these, then change it until it sounds like you. Or start with a blank page.</p>
      <ul class="plan-suggestions">
        {DEFINITION_SUGGESTIONS.map((s) => (
          <li key={s.key} class="plan-suggestion">
            <p>{s.text}</p>
            <Button onClick={() => run(() => startDefinition(session.doc, s.text))} aria-label={`Start from this: ${s.text.slice(0, 40)}…`}>
              Start from this
            </Button>
          </li>
        ))}
      </ul>
      <Button variant="primary" onClick={() => run(() => startDefinition(session.doc, ''))}>
        Write our own
      </Button>
      <ErrorMessage message={error} />
    </div>
  );
}

function meetingOptions(meetings: Meeting[]) {
  return [...meetings]
    .filter((m) => !m.cancelled)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => ({ value: m.id, label: `${m.title}, ${formatDate(m.date)}` }));
}

function DefinitionEditor({ session, statement, others, meetings }: { session: ProjectSession; statement: Statement; others: Statement[]; meetings: Meeting[] }) {
  const [agreedOn, setAgreedOn] = useState(statement.definitionAgreedOn ?? '');
  const [meetingId, setMeetingId] = useState(statement.agreedMeetingId ?? '');
  const { error, run } = useCommand();
  const [saved, setSaved] = useState(false);
  useEffect(() => setAgreedOn(statement.definitionAgreedOn ?? ''), [statement.definitionAgreedOn]);
  useEffect(() => setMeetingId(statement.agreedMeetingId ?? ''), [statement.agreedMeetingId]);
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return (
    <div>
      {others.length > 0 && (
        <div class="notice plan-copies" role="status">
          <p>Another device also started a definition while offline. Both are kept until you choose one.</p>
          {[statement, ...others].map((s) => (
            <div key={s.id} class="plan-copy">
              <p>“{s.definition || '(empty)'}”</p>
              <Button onClick={() => run(() => keepDefinition(session.doc, s.id))}>Keep this one</Button>
            </div>
          ))}
        </div>
      )}
      <SharedTextArea
        label="What co-production means to us"
        doc={session.doc}
        collection={statementType.collection}
        recordId={statement.id}
        field="definition"
        maxLength={5_000}
        onSplice={(splice) => editDefinition(session.doc, statement.id, splice)}
      />
      <form
        class="plan-agreed"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const result = run(() => recordAgreement(session.doc, statement.id, { definitionAgreedOn: agreedOn, valuesAgreedOn: statement.valuesAgreedOn ?? '', agreedMeetingId: meetingId }));
          setSaved(result.ok);
        }}
      >
        <div class="plan-field-row">
          <SelectField
            label="Agreed at meeting"
            optional
            emptyLabel="Not at a meeting"
            value={meetingId}
            options={meetingOptions(meetings)}
            onChange={(v) => {
              setMeetingId(v);
              setSaved(false);
              const m = byId.get(v);
              if (m && m.date <= todayIso()) setAgreedOn(m.date);
            }}
          />
          <TextField label="Date agreed" type="date" value={agreedOn} onInput={(v) => (setAgreedOn(v), setSaved(false))} hint="Leave empty if it is not agreed yet." />
        </div>
        <div class="row">
          <Button type="submit">Save agreement date</Button>
          {saved && <span role="status" class="plan-saved">Saved</span>}
        </div>
        <ErrorMessage message={error} />
      </form>
      {statement.definitionAgreedOn && <p class="plan-agreed-line">Agreed {formatDate(statement.definitionAgreedOn)}{statement.agreedMeetingId && byId.get(statement.agreedMeetingId) ? ` at ${byId.get(statement.agreedMeetingId)!.title}` : ''}.</p>}
    </div>
  );
}

function ValuesList({ session, values, statement }: { session: ProjectSession; values: GroupValue[]; statement: Statement | undefined }) {
  const { error, run } = useCommand();
  const [editing, setEditing] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [meaning, setMeaning] = useState('');
  const [agreedOn, setAgreedOn] = useState(statement?.valuesAgreedOn ?? '');
  useEffect(() => setAgreedOn(statement?.valuesAgreedOn ?? ''), [statement?.valuesAgreedOn]);
  const used = new Set(values.map((v) => v.suggestion));
  const unused = VALUE_SUGGESTIONS.filter((s) => !used.has(s.key));
  return (
    <section class="card" aria-labelledby="values-heading">
      <h3 id="values-heading">Our values</h3>
      {values.length === 0 ? (
        <p class="empty">No values yet. Add some of the suggestions below, or your own.</p>
      ) : (
        <ol class="plan-list">
          {values.map((value, i) => (
            <li key={value.id} class="plan-item">
              {editing === value.id ? (
                <ValueEdit session={session} value={value} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <p class="plan-item-title">{value.name}</p>
                  {value.meaning && <p class="plan-item-detail">{value.meaning}</p>}
                  <ItemActions
                    name={value.name}
                    first={i === 0}
                    last={i === values.length - 1}
                    onEdit={() => setEditing(value.id)}
                    onUp={() => run(() => moveValue(session.doc, value.id, -1))}
                    onDown={() => run(() => moveValue(session.doc, value.id, 1))}
                    onRemove={() => run(() => dropValue(session.doc, value.id))}
                  />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <ErrorMessage message={error} />
      {unused.length > 0 && (
        <>
          <h4>Suggestions</h4>
          <ul class="plan-suggestions">
            {unused.map((s) => (
              <li key={s.key} class="plan-suggestion">
                <p>
                  <strong>{s.name}</strong>: {s.meaning}
                </p>
                <Button onClick={() => run(() => addValue(session.doc, { name: s.name, meaning: s.meaning, suggestion: s.key }))} aria-label={`Add ${s.name}`}>
                  Add
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <form
        class="plan-add"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const result = run(() => addValue(session.doc, { name, ...(meaning.trim() ? { meaning } : {}) }));
          if (result.ok) {
            setName('');
            setMeaning('');
          }
        }}
      >
        <h4>Add your own value</h4>
        <TextField label="Value" value={name} onInput={setName} required maxLength={80} hint="A word or two, such as “Honesty”." />
        <TextField label="What it means to us" value={meaning} onInput={setMeaning} multiline maxLength={1000} />
        <Button type="submit">Add value</Button>
      </form>
      {values.length > 0 && (
        <form
          class="plan-agreed"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            run(() => {
              // The agreement dates live with the definition; start an empty one if there is none yet.
              const target = statement ?? (() => {
                const started = startDefinition(session.doc, '');
                return started.ok ? started.value : undefined;
              })();
              if (!target) return { ok: false, message: 'The date could not be saved. Try again.' };
              return recordAgreement(session.doc, target.id, { definitionAgreedOn: target.definitionAgreedOn ?? '', valuesAgreedOn: agreedOn, agreedMeetingId: target.agreedMeetingId ?? '' });
            });
          }}
        >
          <TextField label="Date the values were agreed" type="date" value={agreedOn} onInput={setAgreedOn} hint="Leave empty if they are not agreed yet." />
          <Button type="submit">Save values date</Button>
        </form>
      )}
      {statement?.valuesAgreedOn && <p class="plan-agreed-line">Values agreed {formatDate(statement.valuesAgreedOn)}.</p>}
      <p class="plan-credit">{VALUES_CREDIT}</p>
    </section>
  );
}

function ValueEdit({ session, value, onDone }: { session: ProjectSession; value: GroupValue; onDone: () => void }) {
  const [name, setName] = useState(value.name);
  const [meaning, setMeaning] = useState(value.meaning ?? '');
  const { error, run } = useCommand();
  return (
    <form
      class="plan-inline-edit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (run(() => updateValue(session.doc, value.id, { name, meaning })).ok) onDone();
      }}
    >
      <TextField label="Value" value={name} onInput={setName} required maxLength={80} autoFocus />
      <TextField label="What it means to us" value={meaning} onInput={setMeaning} multiline maxLength={1000} error={error} />
      <div class="row">
        <Button type="submit" variant="primary">
          Save
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}

