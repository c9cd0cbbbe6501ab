import { useEffect, useState } from 'preact/hooks';
import {
  addSection,
  createDocumentFromTemplate,
  editSectionBody,
  moveSection,
  recordDocumentStep,
  removeDocument,
  removeSection,
  renameSection,
} from '../../core/commands/plan-documents';
import { attendanceType, type Attendance } from '../../core/domain/attendance';
import { meetingType, type Meeting } from '../../core/domain/meeting';
import { documentSectionType, SECTION_BODY_MAX, type DocumentSection } from '../../core/domain/plan/document-section';
import { DOCUMENT_STATUS_LABELS, documentVersionType, type DocumentStatus, type DocumentVersion, type SnapshotSection } from '../../core/domain/plan/document-version';
import { DOCUMENT_KIND_LABELS, planDocumentType, type DocumentKind, type PlanDocument } from '../../core/domain/plan/plan-document';
import { todayIso } from '../../core/ids';
import { formatDate } from '../../core/plan/dates';
import { currentVersion, NEXT_STEPS, versionsInOrder } from '../../core/plan/document-status';
import { DOCUMENT_TEMPLATES } from '../../core/plan/document-templates';
import { byOrder } from '../../core/plan/ordering';
import { compareVersions, type SectionChange } from '../../core/plan/version-diff';
import { projectedRecords } from '../../core/projection/queries';
import type { ProjectSession } from '../../core/projects/project-session';
import type { Result } from '../../core/result';
import { db } from '../../state/app-db';
import { useLiveQuery } from '../../state/use-live-query';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextField } from '../../ui/TextField';
import { ErrorMessage, InlineEdit, ItemActions, PlanPart, RadioGroup, SelectField, Tag } from './bits';
import { Disclosure } from './Disclosure';
import { SharedTextArea } from './SharedTextArea';
import { useCommand, usePeople, useRecords, type PersonChoice } from './use-plan';

const INTRO: Record<DocumentKind, string> = {
  terms: 'How your group works: its purpose, who is in it, roles, how decisions are made and more. Build it together, section by section.',
  'ground-rules': 'How members agree to treat each other. Keep them short, so they can be read out at the start of every meeting.',
};

const STEP_WORDS: Record<DocumentStatus, string> = {
  draft: 'Back to draft for more work',
  discussed: 'Discussed by the group',
  agreed: 'Agreed by the group',
};

function meetingChoices(meetings: Meeting[]) {
  return [...meetings]
    .filter((m) => !m.cancelled && m.date <= todayIso())
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((m) => ({ value: m.id, label: `${m.title}, ${formatDate(m.date)}` }));
}

function statusTone(status: DocumentStatus) {
  return status === 'agreed' ? 'good' : status === 'discussed' ? 'warn' : 'plain';
}

export function DocumentScreen({ session, kind }: { session: ProjectSession; kind: DocumentKind }) {
  const pid = session.projectId;
  const documents = useRecords<PlanDocument>(pid, planDocumentType);
  const sections = useRecords<DocumentSection>(pid, documentSectionType);
  const versions = useRecords<DocumentVersion>(pid, documentVersionType);
  const meetings = useRecords<Meeting>(pid, meetingType);
  const people = usePeople(pid);
  const template = DOCUMENT_TEMPLATES[kind];
  if (!documents || !sections || !versions || !meetings || !people) return <p role="status">Loading…</p>;
  const mine = documents.filter((d) => d.kind === kind).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const document = mine[0];
  return (
    <PlanPart projectId={pid} title={DOCUMENT_KIND_LABELS[kind]} intro={INTRO[kind]} credit={template.credit}>
      {!document ? (
        <StartDocument session={session} kind={kind} meetings={meetings} />
      ) : (
        <>
          {mine.length > 1 && <Copies session={session} documents={mine} />}
          <DocumentEditor
            session={session}
            document={document}
            sections={byOrder(sections.filter((s) => s.documentId === document.id))}
            versions={versionsInOrder(versions.filter((v) => v.documentId === document.id))}
            meetings={meetings}
            people={people}
          />
        </>
      )}
    </PlanPart>
  );
}

function StartDocument({ session, kind, meetings }: { session: ProjectSession; kind: DocumentKind; meetings: Meeting[] }) {
  const template = DOCUMENT_TEMPLATES[kind];
  const [meetingId, setMeetingId] = useState('');
  const [date, setDate] = useState(todayIso());
  const { error, run } = useCommand();
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return (
    <section class="card" aria-labelledby="start-doc">
      <h3 id="start-doc">Start from the template</h3>
      <p>The template has these sections. You can change, add, move or remove any of them.</p>
      <ul class="plan-template-sections">
        {template.sections.map((s) => (
          <li key={s.key}>{s.heading}</li>
        ))}
      </ul>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run(() => createDocumentFromTemplate(session.doc, kind, { date, ...(meetingId ? { meetingId } : {}) }));
        }}
      >
        <div class="plan-field-row">
          <SelectField
            label="Drafted at meeting"
            optional
            emptyLabel="Not at a meeting"
            value={meetingId}
            options={meetingChoices(meetings)}
            onChange={(v) => {
              setMeetingId(v);
              const m = byId.get(v);
              if (m) setDate(m.date);
            }}
          />
          <TextField label="Date drafted" type="date" value={date} onInput={setDate} required />
        </div>
        <ErrorMessage message={error} />
        <Button type="submit" variant="primary">
          Start the {DOCUMENT_KIND_LABELS[kind].toLowerCase()}
        </Button>
      </form>
    </section>
  );
}

function Copies({ session, documents }: { session: ProjectSession; documents: PlanDocument[] }) {
  const { error, run } = useCommand();
  return (
    <div class="notice" role="status">
      <p>
        There are {documents.length} copies of this document, started on different devices while offline. This screen shows the first. Remove a copy once you have moved anything you need from it.
      </p>
      <ul>
        {documents.map((d, i) => (
          <li key={d.id} class="row">
            <span>
              Copy {i + 1}, started {formatDate(d.createdAt.slice(0, 10))}
            </span>
            {i > 0 && (
              <Button variant="quiet" onClick={() => run(() => removeDocument(session.doc, d.id))}>
                Remove copy {i + 1}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ErrorMessage message={error} />
    </div>
  );
}

function snapshotOfRows(sections: DocumentSection[]): SnapshotSection[] {
  return sections.map((s) => ({ id: s.id, heading: s.heading, body: s.body }));
}

function DocumentEditor(props: { session: ProjectSession; document: PlanDocument; sections: DocumentSection[]; versions: DocumentVersion[]; meetings: Meeting[]; people: PersonChoice[] }) {
  const { session, document, sections, versions, meetings, people } = props;
  const current = currentVersion(versions);
  const status = current?.status ?? 'draft';
  const meetingTitle = (id: string | undefined) => (id ? meetings.find((m) => m.id === id)?.title : undefined);
  const changes = current ? compareVersions(current.sections, snapshotOfRows(sections)).filter((c) => c.kind !== 'same') : [];
  const [confirm, setConfirm] = useState<{ title: string; body: string; action: () => Result<unknown> } | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const { error, run } = useCommand();
  const step = <NextStep session={session} document={document} status={status} meetings={meetings} people={people} onRecorded={setRecorded} />;
  return (
    <>
      <section class="card plan-doc-status" aria-labelledby="doc-status">
        <h3 id="doc-status">
          Where it stands: <Tag tone={statusTone(status)}>{DOCUMENT_STATUS_LABELS[status]}</Tag>
        </h3>
        {current && (
          <p>
            Version {current.number}, {DOCUMENT_STATUS_LABELS[current.status].toLowerCase()}
            {meetingTitle(current.meetingId) ? ` at ${meetingTitle(current.meetingId)}` : ''} on {formatDate(current.date)}.
          </p>
        )}
        {changes.length > 0 && current && (
          <div class="notice">
            <p>
              {changes.length === 1 ? '1 section has' : `${changes.length} sections have`} changed since version {current.number}
              {current.status === 'agreed' ? ', which the group agreed' : ''}.
            </p>
            <Disclosure label="Show the changes" hideLabel="Hide the changes">{() => <ChangeList changes={changes} />}</Disclosure>
          </div>
        )}
        {status === 'agreed' ? (
          <div class="plan-reopen">
            <p class="hint">It is a living document: when the group wants to change it, reopen it as a new draft.</p>
            <Disclosure label="Reopen as a new draft" hideLabel="Not now">
              {() => step}
            </Disclosure>
          </div>
        ) : (
          step
        )}
        {recorded && (
          <p class="plan-saved" role="status">
            {recorded}
          </p>
        )}
      </section>
      <section aria-labelledby="doc-sections">
        <h3 id="doc-sections" class="plan-doc-heading">
          The sections
        </h3>
        <p class="hint">Everyone editing sees each other’s typing when online. Offline edits are merged when devices next connect.</p>
        <ErrorMessage message={error} />
        <ol class="plan-doc-sections">
          {sections.map((section, i) => (
            <SectionEditor
              key={section.id}
              session={session}
              section={section}
              first={i === 0}
              last={i === sections.length - 1}
              onRemove={() =>
                setConfirm({ title: 'Remove this section?', body: `“${section.heading}” will be taken out of the document. Earlier versions still show it.`, action: () => removeSection(session.doc, section.id) })
              }
            />
          ))}
        </ol>
        <Disclosure label="Add a section">
          {(close) => <AddSectionForm session={session} document={document} onDone={close} />}
        </Disclosure>
      </section>
      <History versions={versions} meetings={meetings} people={people} />
      {confirm && (
        <ConfirmDialog
          open
          title={confirm.title}
          confirmLabel="Remove"
          danger
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            run(confirm.action);
            setConfirm(null);
          }}
        >
          <p>{confirm.body}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

function AddSectionForm({ session, document, onDone }: { session: ProjectSession; document: PlanDocument; onDone: () => void }) {
  const [heading, setHeading] = useState('');
  const { error, run } = useCommand();
  return (
    <form
      class="plan-add"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (run(() => addSection(session.doc, document.id, heading)).ok) onDone();
      }}
    >
      <TextField label="Section heading" value={heading} onInput={setHeading} required maxLength={120} error={error} autoFocus />
      <div class="row">
        <Button type="submit">Add section</Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}

function SectionEditor({ session, section, first, last, onRemove }: { session: ProjectSession; section: DocumentSection; first: boolean; last: boolean; onRemove: () => void }) {
  const [renaming, setRenaming] = useState(false);
  const { error, run } = useCommand();
  return (
    <li class="card plan-doc-section">
      {renaming ? (
        <InlineEdit label="Section heading" initial={section.heading} maxLength={120} onSave={(heading) => renameSection(session.doc, section.id, heading)} onDone={() => setRenaming(false)} />
      ) : (
        <div class="plan-doc-section-head">
          <h4>{section.heading}</h4>
          <ItemActions
            name={`section “${section.heading}”`}
            editLabel="Rename"
            first={first}
            last={last}
            onEdit={() => setRenaming(true)}
            onUp={() => run(() => moveSection(session.doc, section.id, -1))}
            onDown={() => run(() => moveSection(session.doc, section.id, 1))}
            onRemove={onRemove}
          />
        </div>
      )}
      <ErrorMessage message={error} />
      <SharedTextArea
        label={`${section.heading}: text`}
        labelHidden
        doc={session.doc}
        collection={documentSectionType.collection}
        recordId={section.id}
        field="body"
        maxLength={SECTION_BODY_MAX}
        onSplice={(splice) => editSectionBody(session.doc, section.id, splice)}
      />
    </li>
  );
}

function usePresentAt(projectId: string, meetingId: string): string[] | undefined {
  return useLiveQuery(async () => {
    if (!meetingId) return [];
    const marks = await projectedRecords<Attendance>(db, projectId, attendanceType.collection, { k1: meetingId });
    return marks.filter((m) => m.mark === 'present').map((m) => m.personId);
  }, [projectId, meetingId]);
}

function NextStep(props: {
  session: ProjectSession;
  document: PlanDocument;
  status: DocumentStatus;
  meetings: Meeting[];
  people: PersonChoice[];
  onRecorded: (message: string) => void;
}) {
  const { session, document, status, meetings, people } = props;
  const steps = NEXT_STEPS[status];
  const [step, setStep] = useState<DocumentStatus>(steps[0]!);
  const [meetingId, setMeetingId] = useState('');
  const [date, setDate] = useState(todayIso());
  const [present, setPresent] = useState<string[]>([]);
  const [presentNote, setPresentNote] = useState('');
  const [note, setNote] = useState('');
  const { error, run } = useCommand();
  const attended = usePresentAt(session.projectId, meetingId);
  useEffect(() => setStep(NEXT_STEPS[status][0]!), [status]);
  // Who was marked present at the chosen meeting, as a starting point for "who agreed".
  useEffect(() => {
    if (attended) setPresent(attended.filter((id) => people.some((p) => p.id === id)));
  }, [attended?.join(','), people.length]);
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return (
    <form
      class="plan-next-step"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = run(() =>
          recordDocumentStep(session.doc, {
            documentId: document.id,
            status: step,
            date,
            ...(meetingId ? { meetingId } : {}),
            ...(step === 'agreed' ? { presentIds: present, presentNote } : {}),
            ...(note.trim() ? { note } : {}),
          }),
        );
        if (result.ok) {
          props.onRecorded(`Recorded: ${DOCUMENT_STATUS_LABELS[result.value.status].toLowerCase()} on ${formatDate(result.value.date)} (version ${result.value.number}).`);
          setNote('');
          setPresentNote('');
          setMeetingId('');
        }
      }}
    >
      <h4>Record the next step</h4>
      <RadioGroup legend="What happened?" name={`step-${document.id}`} value={step} options={steps.map((s) => ({ value: s, label: STEP_WORDS[s] }))} onChange={setStep} />
      <div class="plan-field-row">
        <SelectField
          label="At which meeting?"
          optional
          emptyLabel="Not at a meeting"
          value={meetingId}
          options={meetingChoices(meetings)}
          onChange={(v) => {
            setMeetingId(v);
            const m = byId.get(v);
            if (m) setDate(m.date);
          }}
        />
        <TextField label="Date" type="date" value={date} onInput={setDate} required />
      </div>
      {step === 'agreed' && (
        <fieldset class="plan-present">
          <legend>Who was there when it was agreed?</legend>
          {people.length ? (
            <>
              <p class="hint">{attended?.length ? 'Ticked from the register for that meeting. Change it if needed.' : 'Tick everyone who was there.'}</p>
              <div class="plan-people">
                {people.map((p) => (
                  <label key={p.id} class="choice">
                    <input
                      type="checkbox"
                      checked={present.includes(p.id)}
                      onChange={(e) => setPresent((e.currentTarget as HTMLInputElement).checked ? [...present, p.id] : present.filter((id) => id !== p.id))}
                    />
                    {p.name}
                  </label>
                ))}
              </div>
            </>
          ) : (
            <p class="hint">No members are listed in Team yet, so write who was there below.</p>
          )}
          <TextField label="Anyone else, or how many were there" value={presentNote} onInput={setPresentNote} maxLength={300} hint="For example: “9 members and a guest from the carers’ centre”." />
        </fieldset>
      )}
      <TextField label="Note" value={note} onInput={setNote} maxLength={500} hint="For example what the group asked to change." />
      <ErrorMessage message={error} />
      <Button type="submit" variant="primary">
        Record this step
      </Button>
    </form>
  );
}

function ChangeList({ changes }: { changes: SectionChange[] }) {
  const same = changes.filter((c) => c.kind === 'same').length;
  return (
    <div class="plan-changes">
      {changes
        .filter((c) => c.kind !== 'same')
        .map((c) => (
          <div key={c.id} class={`plan-change plan-change-${c.kind}`}>
            <p class="plan-change-head">
              <strong>{c.heading}</strong>{' '}
              {c.kind === 'added' ? <Tag tone="good">New section</Tag> : c.kind === 'removed' ? <Tag tone="bad">Section removed</Tag> : null}
              {c.previousHeading && <span class="hint"> (was “{c.previousHeading}”)</span>}
            </p>
            <p class="plan-diff">
              {c.words.map((w, i) =>
                w.kind === 'added' ? (
                  <ins key={i}>
                    <span class="visually-hidden">[added] </span>
                    {w.text}
                  </ins>
                ) : w.kind === 'removed' ? (
                  <del key={i}>
                    <span class="visually-hidden">[removed] </span>
                    {w.text}
                  </del>
                ) : (
                  <span key={i}>{w.text}</span>
                ),
              )}
            </p>
          </div>
        ))}
      {same > 0 && <p class="hint">{same === 1 ? '1 other section is' : `${same} other sections are`} the same.</p>}
    </div>
  );
}

function History({ versions, meetings, people }: { versions: DocumentVersion[]; meetings: Meeting[]; people: PersonChoice[] }) {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const titles = new Map(meetings.map((m) => [m.id, m.title]));
  const newestFirst = [...versions].reverse();
  return (
    <section class="card plan-history" aria-labelledby="doc-history">
      <h3 id="doc-history">Version history</h3>
      <ol class="plan-versions" reversed>
        {newestFirst.map((v) => {
          const previous = versions[versions.indexOf(v) - 1];
          const present = (v.presentIds ?? []).map((id) => names.get(id) ?? 'a former member');
          return (
            <li key={v.id} class="plan-version">
              <p>
                <strong>Version {v.number}</strong> <Tag tone={statusTone(v.status)}>{DOCUMENT_STATUS_LABELS[v.status]}</Tag> {formatDate(v.date)}
                {v.meetingId ? `, at ${titles.get(v.meetingId) ?? 'a meeting no longer listed'}` : ''}
              </p>
              {v.status === 'agreed' && (present.length > 0 || v.presentNote) && (
                <p class="plan-item-detail">
                  Present: {[present.join(', '), v.presentNote].filter(Boolean).join('; ')}
                </p>
              )}
              {v.note && <p class="plan-item-detail">Note: {v.note}</p>}
              {previous && (
                <Disclosure label={`What changed since version ${previous.number}`} hideLabel={`Hide the changes since version ${previous.number}`}>
                  {() => {
                    const changes = compareVersions(previous.sections, v.sections);
                    return changes.some((c) => c.kind !== 'same') ? <ChangeList changes={changes} /> : <p class="hint">The text did not change.</p>;
                  }}
                </Disclosure>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
