import { useState } from 'preact/hooks';
import { addAsset, addStakeholder, removeAsset, removeStakeholder, updateAsset, updateStakeholder } from '../../core/commands/plan-maps';
import { ASSET_KIND_LABELS, ASSET_KINDS, assetType, type Asset, type AssetKind, type AssetState } from '../../core/domain/plan/asset';
import { INVOLVEMENT, INVOLVEMENT_LABELS, STAKEHOLDER_KIND_LABELS, STAKEHOLDER_KINDS, stakeholderType, type Involvement, type Stakeholder, type StakeholderKind } from '../../core/domain/plan/stakeholder';
import type { ProjectSession } from '../../core/projects/project-session';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ErrorMessage, PlanPart, RadioGroup, SelectField, Tag } from './bits';
import { useCommand, useRecords } from './use-plan';
import { compareText } from '../../core/format/intl';

const INVOLVEMENT_OPTIONS = INVOLVEMENT.map((v) => ({ value: v, label: INVOLVEMENT_LABELS[v] }));
const KIND_OPTIONS = STAKEHOLDER_KINDS.map((v) => ({ value: v, label: STAKEHOLDER_KIND_LABELS[v] }));
const ASSET_OPTIONS = ASSET_KINDS.map((v) => ({ value: v, label: ASSET_KIND_LABELS[v] }));

/** Ideas for who to include, from the Time to Shine toolkit's list, in our words. */
const STAKEHOLDER_IDEAS = [
  'People who use the service now',
  'People who might use it in future',
  'Families, friends and carers',
  'Local residents and community groups',
  'Voluntary and community organisations',
  'The council, the NHS and other public bodies',
  'Transport and other local services',
  'Funders',
  'Local businesses, such as care providers',
  'Campaign groups and researchers',
];

const ASSET_HINTS: Record<AssetKind, string> = {
  knowledge: 'Information the work needs, such as how a system works or what research says.',
  skills: 'Things people can do, such as chairing, listening, writing or problem solving.',
  experience: 'Wisdom from living with something, or from working in a role.',
  resources: 'Staff time, volunteers, venues, transport, money for expenses, training.',
};

export function MapsScreen({ session }: { session: ProjectSession }) {
  const stakeholders = useRecords<Stakeholder>(session.projectId, stakeholderType);
  const assets = useRecords<Asset>(session.projectId, assetType);
  if (!stakeholders || !assets) return <p role="status">Loading…</p>;
  return (
    <PlanPart
      projectId={session.projectId}
      title="Stakeholders and assets"
      intro="Map who should be involved and whether they are yet, and the knowledge, skills, experience and resources the group has, and still needs."
      credit="Based on the stakeholder and asset mapping activities in the Time to Shine co-production toolkit."
    >
      <Stakeholders session={session} stakeholders={stakeholders} />
      <Assets session={session} assets={assets} />
    </PlanPart>
  );
}

function Stakeholders({ session, stakeholders }: { session: ProjectSession; stakeholders: Stakeholder[] }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<StakeholderKind>('individual');
  const [why, setWhy] = useState('');
  const [involvement, setInvolvement] = useState<Involvement | ''>('not-yet');
  const { error, run } = useCommand();
  const sorted = [...stakeholders].sort((a, b) => a.kind.localeCompare(b.kind) || compareText(a.name, b.name));
  return (
    <section class="card" aria-labelledby="stakeholders-heading">
      <h3 id="stakeholders-heading">Who should be involved</h3>
      {sorted.length === 0 ? (
        <p class="empty">No one on the map yet.</p>
      ) : (
        <ul class="plan-list">
          {sorted.map((s) => (
            <StakeholderRow key={s.id} session={session} stakeholder={s} />
          ))}
        </ul>
      )}
      <form
        class="plan-add"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const result = run(() => addStakeholder(session.doc, { name, kind, ...(why.trim() ? { why } : {}), involvement: involvement as Involvement }));
          if (result.ok) {
            setName('');
            setWhy('');
          }
        }}
      >
        <h4>Add to the map</h4>
        <TextField label="Who" value={name} onInput={setName} required maxLength={160} hint="A person, a group of people or an organisation." />
        <details class="plan-ideas">
          <summary>Ideas for who to include</summary>
          <ul>
            {STAKEHOLDER_IDEAS.map((idea) => (
              <li key={idea}>{idea}</li>
            ))}
          </ul>
        </details>
        <RadioGroup legend="Is this a person or an organisation?" name="stakeholder-kind" value={kind} options={KIND_OPTIONS} onChange={setKind} inline />
        <TextField label="Why they should be involved" value={why} onInput={setWhy} maxLength={500} />
        <SelectField label="Involved yet?" value={involvement} options={INVOLVEMENT_OPTIONS} onChange={setInvolvement} />
        <ErrorMessage message={error} />
        <Button type="submit">Add to the map</Button>
      </form>
    </section>
  );
}

function StakeholderRow({ session, stakeholder }: { session: ProjectSession; stakeholder: Stakeholder }) {
  const { error, run } = useCommand();
  return (
    <li class="plan-item plan-map-row">
      <p class="plan-item-title">
        {stakeholder.name} <Tag tone="muted">{stakeholder.kind === 'organisation' ? 'Organisation' : 'People'}</Tag>
      </p>
      {stakeholder.why && <p class="plan-item-detail">{stakeholder.why}</p>}
      <div class="plan-inline-fields">
        <SelectField
          label="Involved yet?"
          hiddenLabel={`(${stakeholder.name})`}
          value={stakeholder.involvement}
          options={INVOLVEMENT_OPTIONS}
          onChange={(v) => run(() => updateStakeholder(session.doc, stakeholder.id, { involvement: v as Involvement }))}
        />
        <Button variant="quiet" onClick={() => run(() => removeStakeholder(session.doc, stakeholder.id))} aria-label={`Remove ${stakeholder.name}`}>
          Remove
        </Button>
      </div>
      <ErrorMessage message={error} />
    </li>
  );
}

function Assets({ session, assets }: { session: ProjectSession; assets: Asset[] }) {
  const [kind, setKind] = useState<AssetKind | ''>('knowledge');
  const [description, setDescription] = useState('');
  const [source, setSource] = useState('');
  const [state, setState] = useState<AssetState>('have');
  const { error, run } = useCommand();
  return (
    <section class="card" aria-labelledby="assets-heading">
      <h3 id="assets-heading">What the group has, and still needs</h3>
      <div class="plan-asset-columns">
        {(['have', 'need'] as const).map((s) => {
          const list = assets.filter((a) => a.state === s);
          return (
            <div key={s}>
              <h4>{s === 'have' ? 'We have' : 'We still need'}</h4>
              {list.length === 0 ? (
                <p class="empty">Nothing yet.</p>
              ) : (
                ASSET_KINDS.filter((k) => list.some((a) => a.kind === k)).map((k) => (
                  <div key={k}>
                    <h5 class="plan-sub">{ASSET_KIND_LABELS[k]}</h5>
                    <ul class="plan-list">
                      {list
                        .filter((a) => a.kind === k)
                        .map((a) => (
                          <AssetRow key={a.id} session={session} asset={a} />
                        ))}
                    </ul>
                  </div>
                ))
              )}
            </div>
          );
        })}
      </div>
      <form
        class="plan-add"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const result = run(() => addAsset(session.doc, { kind: kind as AssetKind, description, ...(source.trim() ? { source } : {}), state }));
          if (result.ok) {
            setDescription('');
            setSource('');
          }
        }}
      >
        <h4>Add an asset</h4>
        <SelectField label="Kind" value={kind} options={ASSET_OPTIONS} onChange={setKind} hint={kind ? ASSET_HINTS[kind] : undefined} />
        <TextField label="What it is" value={description} onInput={setDescription} required maxLength={300} />
        <TextField label="Who brings it" value={source} onInput={setSource} maxLength={160} hint="A member, a partner, an organisation." />
        <RadioGroup
          legend="Does the group have it?"
          name="asset-state"
          value={state}
          options={[
            { value: 'have', label: 'We have it' },
            { value: 'need', label: 'We still need it' },
          ]}
          onChange={setState}
          inline
        />
        <ErrorMessage message={error} />
        <Button type="submit">Add asset</Button>
      </form>
    </section>
  );
}

function AssetRow({ session, asset }: { session: ProjectSession; asset: Asset }) {
  const { error, run } = useCommand();
  return (
    <li class="plan-item">
      <p class="plan-item-title">{asset.description}</p>
      {asset.source && <p class="plan-item-detail">From: {asset.source}</p>}
      <div class="plan-actions">
        <Button variant="quiet" onClick={() => run(() => updateAsset(session.doc, asset.id, { state: asset.state === 'have' ? 'need' : 'have' }))} aria-label={`${asset.state === 'have' ? 'Mark as still needed' : 'Mark as found'}: ${asset.description}`}>
          {asset.state === 'have' ? 'Mark as still needed' : 'Mark as found'}
        </Button>
        <Button variant="quiet" onClick={() => run(() => removeAsset(session.doc, asset.id))} aria-label={`Remove ${asset.description}`}>
          Remove
        </Button>
      </div>
      <ErrorMessage message={error} />
    </li>
  );
}
