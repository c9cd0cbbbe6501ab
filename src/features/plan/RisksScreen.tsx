import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addRisk, addStarterRisks, removeRisk, updateRisk, type RiskInput } from '../../core/commands/plan-risks';
import { LEVEL_LABELS, LEVELS, riskType, type Level, type Risk } from '../../core/domain/plan/risk';
import { STARTER_RISKS } from '../../core/plan/starter-risks';
import { isSerious } from '../../core/plan/summary';
import { fail } from '../../core/result';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button, SubmitRow } from '../../ui/Button';
import { Checkbox, toggle } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { ItemActions } from '../../ui/form/ItemActions';
import { optionsFrom, SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { Tag, type TagTone } from '../../ui/Tag';
import { TextField } from '../../ui/TextField';
import { PlanLoading, PlanPart } from './PlanPart';

const levelRank: Record<Level, number> = { low: 0, medium: 1, high: 2 };
const levelTone: Record<Level, TagTone> = { low: 'plain', medium: 'warn', high: 'bad' };

export function RisksScreen() {
  const risks = useRecords(riskType);
  if (!risks) return <PlanLoading />;
  const sorted = [...risks].sort(
    (a, b) => levelRank[b.likelihood] + levelRank[b.impact] - (levelRank[a.likelihood] + levelRank[a.impact]) || a.createdAt.localeCompare(b.createdAt),
  );
  return (
    <PlanPart
      title={t`Risks and warning signs`}
      intro={t`Think ahead about what could go wrong, the early warning signs to watch for, and what you will do. Look at this list together now and then.`}
      credit={t`Starter risks drawing on the risks and challenges in the Time to Shine co-production toolkit, the West Yorkshire co-production briefing (lone working, research ethics) and SCIE’s “Co-production in social care” (safeguarding). The toolkit’s warning-signs activity gave the idea of a sign for each risk; the signs themselves are ours. Change them to fit your group.`}
    >
      {sorted.length === 0 ? (
        <p class="empty">{t`No risks in the register yet. Start with the common ones below.`}</p>
      ) : (
        <ul class="plan-risks">
          {sorted.map((r) => (
            <RiskCard key={r.id} risk={r} />
          ))}
        </ul>
      )}
      <StarterRisks risks={risks} />
      <section class="card" aria-labelledby="add-risk">
        <h3 id="add-risk">{t`Add your own risk`}</h3>
        <RiskForm onDone={() => undefined} />
      </section>
    </PlanPart>
  );
}

function RiskCard({ risk }: { risk: Risk }) {
  const { doc } = useSession();
  const [editing, setEditing] = useState(false);
  const command = useCommand();
  if (editing)
    return (
      <li class="card">
        <RiskForm risk={risk} onDone={() => setEditing(false)} />
      </li>
    );
  const likelihood = LEVEL_LABELS[risk.likelihood];
  const impact = LEVEL_LABELS[risk.impact];
  const what = risk.what;
  return (
    <li class={`card plan-risk${isSerious(risk) ? ' serious' : ''}`}>
      <p class="plan-item-title">{what}</p>
      <p>
        <Tag tone={levelTone[risk.likelihood]}>{t`Likelihood: ${likelihood}`}</Tag> <Tag tone={levelTone[risk.impact]}>{t`Impact: ${impact}`}</Tag>
      </p>
      <dl class="facts">
        {risk.warningSign && (
          <>
            <dt>{t`Warning sign`}</dt>
            <dd>{risk.warningSign}</dd>
          </>
        )}
        {risk.response && (
          <>
            <dt>{t`What we will do`}</dt>
            <dd>{risk.response}</dd>
          </>
        )}
      </dl>
      <ItemActions name={t`risk “${what}”`} onEdit={() => setEditing(true)} onRemove={() => command.run(() => removeRisk(doc, risk.id))} />
      <CommandError error={command.error} />
    </li>
  );
}

function StarterRisks({ risks }: { risks: Risk[] }) {
  const { doc } = useSession();
  const used = new Set(risks.map((r) => r.starter));
  const available = STARTER_RISKS.filter((s) => !used.has(s.key));
  const [chosen, setChosen] = useState<string[]>([]);
  const command = useCommand();
  if (!available.length) return null;
  return (
    <section class="card" aria-labelledby="starter-risks">
      <h3 id="starter-risks">{t`Common risks and their warning signs`}</h3>
      <Form
        class="plan-starters"
        onSubmit={() => {
          const result = command.run(() => (chosen.length ? addStarterRisks(doc, chosen) : fail(t`Tick at least one risk to add.`)));
          if (result.ok) setChosen([]);
        }}
      >
        <fieldset>
          <legend>{t`Tick the ones that could happen to your group`}</legend>
          {available.map((s) => {
            const sign = s.warningSign;
            return (
              <Checkbox
                key={s.key}
                label={
                  <>
                    {s.what} <span class="hint">{t`Watch for: ${sign}`}</span>
                  </>
                }
                checked={chosen.includes(s.key)}
                onChange={(on) => setChosen(toggle(chosen, s.key, on))}
              />
            );
          })}
        </fieldset>
        <CommandError error={command.error} />
        <Button type="submit">{t`Add ticked risks`}</Button>
      </Form>
    </section>
  );
}

function RiskForm({ risk, onDone }: { risk?: Risk; onDone: () => void }) {
  const { doc } = useSession();
  const [what, setWhat] = useState(risk?.what ?? '');
  const [likelihood, setLikelihood] = useState<Level | ''>(risk?.likelihood ?? 'medium');
  const [impact, setImpact] = useState<Level | ''>(risk?.impact ?? 'medium');
  const [response, setResponse] = useState(risk?.response ?? '');
  const [warningSign, setWarningSign] = useState(risk?.warningSign ?? '');
  const command = useCommand();
  const levels = optionsFrom(LEVELS, LEVEL_LABELS);
  return (
    <Form
      class="plan-add"
      onSubmit={() => {
        const input: RiskInput = { what, likelihood: likelihood as Level, impact: impact as Level, response, warningSign };
        const result = command.run(() => (risk ? updateRisk(doc, risk.id, input) : addRisk(doc, input)));
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
      <TextField label={t`What could go wrong`} value={what} onInput={setWhat} required maxLength={300} autoFocus={Boolean(risk)} />
      <div class="plan-field-row">
        <SelectField label={t`How likely`} required value={likelihood} options={levels} onChange={setLikelihood} />
        <SelectField label={t`How bad it would be`} required value={impact} options={levels} onChange={setImpact} />
      </div>
      <TextField label={t`Warning sign to watch for`} value={warningSign} onInput={setWarningSign} maxLength={300} />
      <TextField label={t`What we will do`} value={response} onInput={setResponse} maxLength={500} multiline />
      <CommandError error={command.error} />
      <SubmitRow label={risk ? t`Save risk` : t`Add risk`} onCancel={risk ? onDone : undefined} variant={risk ? 'primary' : 'secondary'} />
    </Form>
  );
}
