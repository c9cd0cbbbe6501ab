import { useState } from 'preact/hooks';
import { saveInclusionProfile } from '../../core/commands/team-members';
import { ACCESS_NEED_LABELS, ACCESS_NEEDS, FORMAT_LABELS, FORMATS, type InclusionProfile, type Person } from '../../core/domain/person';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { Checkbox, CheckboxGroup, FormMessage, optionsFrom } from './fields';

function summary(p: InclusionProfile | undefined): string {
  if (!p) return 'Not filled in yet.';
  if (p.declined) return 'They would rather not say.';
  const parts: string[] = [];
  if (p.accessNeeds?.length) parts.push(p.accessNeeds.map((n) => ACCESS_NEED_LABELS[n]).join(', '));
  if (p.formats?.length) parts.push(`Papers: ${p.formats.map((f) => FORMAT_LABELS[f]).join(', ')}`);
  if (p.interpreter) parts.push('Interpreter');
  if (p.childcare) parts.push('Childcare');
  if (p.travelSupport) parts.push('Travel support');
  return parts.length ? parts.join(' · ') : 'Filled in.';
}

/** Access needs and the rest of the inclusion checklist: sensitive, so hidden until asked for. */
export function InclusionCard({ session, person }: { session: ProjectSession; person: Person }) {
  const [open, setOpen] = useState(false);
  const [p, setP] = useState<InclusionProfile>(person.inclusion ?? {});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const set = <K extends keyof InclusionProfile>(key: K) => (value: InclusionProfile[K]) => setP((old) => ({ ...old, [key]: value }));

  function save(e: Event) {
    e.preventDefault();
    const r = saveInclusionProfile(session.doc, person.id, p);
    setMessage(r.ok ? { kind: 'ok', text: 'Inclusion profile saved.' } : { kind: 'error', text: r.message });
  }

  return (
    <section class="card sensitive" aria-labelledby="inclusion-heading">
      <h2 id="inclusion-heading">
        Inclusion profile <span class="sensitive-badge">Sensitive</span>
      </h2>
      <p class="hint">
        What helps them take part. Keep it to what is needed. It is left out of the project pack unless you choose to include it. Based on the inclusion checklist in the Iriss co-production project planner.
      </p>
      {!open ? (
        <>
          <p data-testid="inclusion-summary">{summary(person.inclusion)}</p>
          <Button aria-expanded="false" onClick={() => { setP(person.inclusion ?? {}); setOpen(true); }}>
            Show and change inclusion profile
          </Button>
        </>
      ) : (
        <form onSubmit={save} noValidate>
          <Checkbox label="They would rather not say" checked={p.declined === true} onChange={(on) => set('declined')(on || undefined)} />
          <CheckboxGroup legend="Access needs" options={optionsFrom(ACCESS_NEEDS, ACCESS_NEED_LABELS)} value={p.accessNeeds ?? []} onChange={set('accessNeeds')} disabled={p.declined} />
          {!p.declined && (
            <>
              <TextField label="Other access needs" multiline value={p.accessNotes ?? ''} onInput={set('accessNotes')} hint="In their words, for example: needs breaks every 40 minutes." />
              <CheckboxGroup legend="Papers in these formats" options={optionsFrom(FORMATS, FORMAT_LABELS)} value={p.formats ?? []} onChange={set('formats')} />
              <TextField label="Language" value={p.language ?? ''} onInput={set('language')} hint="The language they prefer, if not English." />
              <Checkbox label="Needs an interpreter (including British Sign Language)" checked={p.interpreter === true} onChange={set('interpreter')} />
              <Checkbox label="Needs childcare to take part" checked={p.childcare === true} onChange={set('childcare')} />
              <Checkbox label="Needs help with travel" checked={p.travelSupport === true} onChange={set('travelSupport')} />
              <TextField label="Food and drink needs" value={p.dietary ?? ''} onInput={set('dietary')} />
              <TextField label="Best days and times" value={p.bestTimes ?? ''} onInput={set('bestTimes')} hint="For example: weekday mornings, not school holidays." />
              <TextField label="Anything else" multiline value={p.note ?? ''} onInput={set('note')} />
            </>
          )}
          <FormMessage message={message} />
          <div class="row">
            <Button type="submit" variant="primary">
              Save inclusion profile
            </Button>
            <Button aria-expanded="true" onClick={() => { setOpen(false); setMessage(null); }}>
              Hide
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
