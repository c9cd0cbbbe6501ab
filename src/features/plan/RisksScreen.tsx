import { useState } from 'preact/hooks';
import { addRisk, addStarterRisks, removeRisk, updateRisk, type RiskInput } from '../../core/commands/plan-risks';
import { LEVEL_LABELS, LEVELS, riskType, type Level, type Risk } from '../../core/domain/plan/risk';
import { RISKS_CREDIT, STARTER_RISKS } from '../../core/plan/starter-risks';
import { isSerious } from '../../core/plan/summary';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ErrorMessage, ItemActions, PlanPart, SelectField, Tag } from './bits';
import { useCommand, useRecords } from './use-plan';

const LEVEL_OPTIONS = LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }));
const levelRank: Record<Level, number> = { low: 0, medium: 1, high: 2 };

export function RisksScreen({ session }: { session: ProjectSession }) {
  const risks = useRecords<Risk>(session.projectId, riskType);
  if (!risks) return <p role="status">Loading…</p>;
  const sorted = [...risks].sort((a, b) => levelRank[b.likelihood] + levelRank[b.impact] - (levelRank[a.likelihood] + levelRank[a.impact]) || a.createdAt.localeCompare(b.createdAt));
  return (
    <PlanPart
      projectId={session.projectId}
      title="Risks and warning signs"
      intro="Think ahead about what could go wrong, the early warning signs to watch for, and what you will do. Look at this list together now and then."
      credit={RISKS_CREDIT}
    >
      {sorted.length === 0 ? (
        <p class="empty">No risks in the register yet. Start with the common ones below.</p>
      ) : (
        <ul class="plan-risks">
          {sorted.map((r) => (
            <RiskCard key={r.id} session={session} risk={r} />
          ))}
        </ul>
      )}
      <StarterRisks session={session} risks={risks} />
      <section class="card" aria-labelledby="add-risk">
        <h3 id="add-risk">Add your own risk</h3>
        <RiskForm session={session} onDone={() => undefined} />
      </section>
    </PlanPart>
  );
}

function RiskCard({ session, risk }: { session: ProjectSession; risk: Risk }) {
  const [editing, setEditing] = useState(false);
  const { error, run } = useCommand();
  if (editing)
    return (
      <li class="card">
        <RiskForm session={session} risk={risk} onDone={() => setEditing(false)} />
      </li>
    );
  return (
    <li class={`card plan-risk${isSerious(risk) ? ' serious' : ''}`}>
      <p class="plan-item-title">{risk.what}</p>
      <p>
        <Tag tone={risk.likelihood === 'high' ? 'bad' : risk.likelihood === 'medium' ? 'warn' : 'plain'}>Likelihood: {LEVEL_LABELS[risk.likelihood]}</Tag>{' '}
        <Tag tone={risk.impact === 'high' ? 'bad' : risk.impact === 'medium' ? 'warn' : 'plain'}>Impact: {LEVEL_LABELS[risk.impact]}</Tag>
      </p>
      <dl class="facts">
        {risk.warningSign && (
          <>
            <dt>Warning sign</dt>
            <dd>{risk.warningSign}</dd>
          </>
        )}
        {risk.response && (
          <>
            <dt>What we will do</dt>
            <dd>{risk.response}</dd>
          </>
        )}
      </dl>
      <ItemActions name={`risk “${risk.what}”`} onEdit={() => setEditing(true)} onRemove={() => run(() => removeRisk(session.doc, risk.id))} />
      <ErrorMessage message={error} />
    </li>
  );
}

function StarterRisks({ session, risks }: { session: ProjectSession; risks: Risk[] }) {
  const used = new Set(risks.map((r) => r.starter));
  const available = STARTER_RISKS.filter((s) => !used.has(s.key));
  const [chosen, setChosen] = useState<string[]>([]);
  const { error, run } = useCommand();
  if (!available.length) return null;
  return (
    <section class="card" aria-labelledby="starter-risks">
      <h3 id="starter-risks">Common risks and their warning signs</h3>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (run(() => (chosen.length ? addStarterRisks(session.doc, chosen) : { ok: false, message: 'Tick at least one risk to add.' })).ok) setChosen([]);
        }}
      >
        <fieldset>
          <legend>Tick the ones that could happen to your group</legend>
          {available.map((s) => (
            <label key={s.key} class="choice">
              <input type="checkbox" checked={chosen.includes(s.key)} onChange={(e) => setChosen((e.currentTarget as HTMLInputElement).checked ? [...chosen, s.key] : chosen.filter((k) => k !== s.key))} />
              <span>
                {s.what} <span class="hint">Watch for: {s.warningSign}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <ErrorMessage message={error} />
        <Button type="submit">Add ticked risks</Button>
      </form>
    </section>
  );
}

function RiskForm({ session, risk, onDone }: { session: ProjectSession; risk?: Risk; onDone: () => void }) {
  const [what, setWhat] = useState(risk?.what ?? '');
  const [likelihood, setLikelihood] = useState<Level | ''>(risk?.likelihood ?? 'medium');
  const [impact, setImpact] = useState<Level | ''>(risk?.impact ?? 'medium');
  const [response, setResponse] = useState(risk?.response ?? '');
  const [warningSign, setWarningSign] = useState(risk?.warningSign ?? '');
  const { error, run } = useCommand();
  return (
    <form
      class="plan-add"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input: RiskInput = { what, likelihood: likelihood as Level, impact: impact as Level, response, warningSign };
        const result = run(() => (risk ? updateRisk(session.doc, risk.id, input) : addRisk(session.doc, input)));
        if (result.ok) {
          if (!risk) {
            setWhat('');
            setResponse('');
            setWarningSign('');
          }
          onDone();
        }
      }}
    >
      <TextField label="What could go wrong" value={what} onInput={setWhat} required maxLength={300} autoFocus={Boolean(risk)} />
      <div class="plan-field-row">
        <SelectField label="How likely" value={likelihood} options={LEVEL_OPTIONS} onChange={setLikelihood} />
        <SelectField label="How bad it would be" value={impact} options={LEVEL_OPTIONS} onChange={setImpact} />
      </div>
      <TextField label="Warning sign to watch for" value={warningSign} onInput={setWarningSign} maxLength={300} />
      <TextField label="What we will do" value={response} onInput={setResponse} maxLength={500} multiline />
      <ErrorMessage message={error} />
      <div class="row">
        <Button type="submit" variant={risk ? 'primary' : 'secondary'}>
          {risk ? 'Save risk' : 'Add risk'}
        </Button>
        {risk && <Button onClick={onDone}>Cancel</Button>}
      </div>
    </form>
  );
}

