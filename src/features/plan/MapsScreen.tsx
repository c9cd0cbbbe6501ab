import { t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import { addAsset, addStakeholder, removeAsset, removeStakeholder, updateAsset, updateStakeholder } from '../../core/commands/plan-maps';
import { ASSET_KIND_LABELS, ASSET_KINDS, assetType, type Asset, type AssetKind, type AssetState } from '../../core/domain/plan/asset';
import {
  INVOLVEMENT,
  INVOLVEMENT_LABELS,
  STAKEHOLDER_KIND_LABELS,
  STAKEHOLDER_KINDS,
  stakeholderType,
  type Involvement,
  type Stakeholder,
  type StakeholderKind,
} from '../../core/domain/plan/stakeholder';
import { compareText } from '../../core/format/intl';
import { useSession } from '../../state/project-context';
import { useRecords } from '../../state/records';
import { Button } from '../../ui/Button';
import { RadioGroup } from '../../ui/form/ChoiceGroup';
import { CommandError } from '../../ui/form/CommandError';
import { Form } from '../../ui/form/Form';
import { optionsFrom, SelectField } from '../../ui/form/SelectField';
import { useCommand } from '../../ui/form/use-command';
import { Tag } from '../../ui/Tag';
import { TextField } from '../../ui/TextField';
import { PlanLoading, PlanPart } from './PlanPart';

/** Ideas for who to include, from the Time to Shine toolkit's list, in our words. */
function stakeholderIdeas(): string[] {
  return [
    t`People who use the service now`,
    t`People who might use it in future`,
    t`Families, friends and carers`,
    t`Local residents and community groups`,
    t`Voluntary and community organisations`,
    t`The council, the NHS and other public bodies`,
    t`Transport and other local services`,
    t`Funders`,
    t`Local businesses, such as care providers`,
    t`Campaign groups and researchers`,
  ];
}

function assetHint(kind: AssetKind): string {
  switch (kind) {
    case 'knowledge':
      return t`Information the work needs, such as how a system works or what research says.`;
    case 'skills':
      return t`Things people can do, such as chairing, listening, writing or problem solving.`;
    case 'experience':
      return t`Wisdom from living with something, or from working in a role.`;
    case 'resources':
      return t`Staff time, volunteers, venues, transport, money for expenses, training.`;
  }
}

export function MapsScreen() {
  const stakeholders = useRecords(stakeholderType);
  const assets = useRecords(assetType);
  if (!stakeholders || !assets) return <PlanLoading />;
  return (
    <PlanPart
      title={t`Stakeholders and assets`}
      intro={t`Map who should be involved and whether they are yet, and the knowledge, skills, experience and resources the group has, and still needs.`}
      credit={t`Based on the stakeholder and asset mapping activities in the Time to Shine co-production toolkit.`}
    >
      <Stakeholders stakeholders={stakeholders} />
      <Assets assets={assets} />
    </PlanPart>
  );
}

function Stakeholders({ stakeholders }: { stakeholders: Stakeholder[] }) {
  const { doc } = useSession();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<StakeholderKind>('individual');
  const [why, setWhy] = useState('');
  const [involvement, setInvolvement] = useState<Involvement | ''>('not-yet');
  const command = useCommand();
  const sorted = [...stakeholders].sort((a, b) => a.kind.localeCompare(b.kind) || compareText(a.name, b.name));
  return (
    <section class="card" aria-labelledby="stakeholders-heading">
      <h3 id="stakeholders-heading">{t`Who should be involved`}</h3>
      {sorted.length === 0 ? (
        <p class="empty">{t`No one on the map yet.`}</p>
      ) : (
        <ul class="plan-list">
          {sorted.map((s) => (
            <StakeholderRow key={s.id} stakeholder={s} />
          ))}
        </ul>
      )}
      <Form
        class="plan-add"
        onSubmit={() => {
          const result = command.run(() => addStakeholder(doc, { name, kind, ...(why.trim() ? { why } : {}), involvement: involvement as Involvement }));
          if (result.ok) {
            setName('');
            setWhy('');
          }
        }}
      >
        <h4>{t`Add to the map`}</h4>
        <TextField label={t`Who`} value={name} onInput={setName} required maxLength={160} hint={t`A person, a group of people or an organisation.`} />
        <details class="plan-ideas">
          <summary>{t`Ideas for who to include`}</summary>
          <ul>
            {stakeholderIdeas().map((idea) => (
              <li key={idea}>{idea}</li>
            ))}
          </ul>
        </details>
        <RadioGroup
          legend={t`Is this a person or an organisation?`}
          value={kind}
          options={optionsFrom(STAKEHOLDER_KINDS, STAKEHOLDER_KIND_LABELS)}
          onChange={setKind}
          inline
        />
        <TextField label={t`Why they should be involved`} value={why} onInput={setWhy} maxLength={500} />
        <SelectField label={t`Involved yet?`} required value={involvement} options={optionsFrom(INVOLVEMENT, INVOLVEMENT_LABELS)} onChange={setInvolvement} />
        <CommandError error={command.error} />
        <Button type="submit">{t`Add to the map`}</Button>
      </Form>
    </section>
  );
}

function StakeholderRow({ stakeholder }: { stakeholder: Stakeholder }) {
  const { doc } = useSession();
  const command = useCommand();
  const name = stakeholder.name;
  return (
    <li class="plan-item plan-map-row">
      <p class="plan-item-title">
        {name}{' '}
        <Tag tone="muted">
          {stakeholder.kind === 'organisation'
            ? t({ message: 'Organisation', comment: 'A kind of stakeholder, shown beside its name' })
            : t({ message: 'People', comment: 'A kind of stakeholder (a person or a group of people), shown beside its name' })}
        </Tag>
      </p>
      {stakeholder.why && <p class="plan-item-detail">{stakeholder.why}</p>}
      <div class="plan-inline-fields">
        <SelectField
          label={
            <>
              {t`Involved yet?`}
              <span class="visually-hidden"> ({name})</span>
            </>
          }
          required
          value={stakeholder.involvement}
          options={optionsFrom(INVOLVEMENT, INVOLVEMENT_LABELS)}
          onChange={(v) => command.run(() => updateStakeholder(doc, stakeholder.id, { involvement: v as Involvement }))}
        />
        <Button variant="quiet" onClick={() => command.run(() => removeStakeholder(doc, stakeholder.id))} aria-label={t`Remove ${name}`}>
          {t`Remove`}
        </Button>
      </div>
      <CommandError error={command.error} />
    </li>
  );
}

function Assets({ assets }: { assets: Asset[] }) {
  const { doc } = useSession();
  const [kind, setKind] = useState<AssetKind | ''>('knowledge');
  const [description, setDescription] = useState('');
  const [source, setSource] = useState('');
  const [state, setState] = useState<AssetState>('have');
  const command = useCommand();
  const columns = [
    { state: 'have' as const, heading: t`We have` },
    { state: 'need' as const, heading: t`We still need` },
  ];
  return (
    <section class="card" aria-labelledby="assets-heading">
      <h3 id="assets-heading">{t`What the group has, and still needs`}</h3>
      <div class="plan-asset-columns">
        {columns.map((column) => {
          const list = assets.filter((a) => a.state === column.state);
          return (
            <div key={column.state}>
              <h4>{column.heading}</h4>
              {list.length === 0 ? (
                <p class="empty">{t`Nothing yet.`}</p>
              ) : (
                ASSET_KINDS.filter((k) => list.some((a) => a.kind === k)).map((k) => (
                  <div key={k}>
                    <h5 class="plan-sub">{ASSET_KIND_LABELS[k]}</h5>
                    <ul class="plan-list">
                      {list
                        .filter((a) => a.kind === k)
                        .map((a) => (
                          <AssetRow key={a.id} asset={a} />
                        ))}
                    </ul>
                  </div>
                ))
              )}
            </div>
          );
        })}
      </div>
      <Form
        class="plan-add"
        onSubmit={() => {
          const result = command.run(() => addAsset(doc, { kind: kind as AssetKind, description, ...(source.trim() ? { source } : {}), state }));
          if (result.ok) {
            setDescription('');
            setSource('');
          }
        }}
      >
        <h4>{t`Add an asset`}</h4>
        <SelectField
          label={t({ message: 'Kind', comment: 'Which kind of asset: knowledge, skills, experience or resources' })}
          required
          value={kind}
          options={optionsFrom(ASSET_KINDS, ASSET_KIND_LABELS)}
          onChange={setKind}
          hint={kind ? assetHint(kind) : undefined}
        />
        <TextField label={t`What it is`} value={description} onInput={setDescription} required maxLength={300} />
        <TextField label={t`Who brings it`} value={source} onInput={setSource} maxLength={160} hint={t`A member, a partner, an organisation.`} />
        <RadioGroup
          legend={t`Does the group have it?`}
          value={state}
          options={[
            { value: 'have', label: t`We have it` },
            { value: 'need', label: t`We still need it` },
          ]}
          onChange={setState}
          inline
        />
        <CommandError error={command.error} />
        <Button type="submit">{t`Add asset`}</Button>
      </Form>
    </section>
  );
}

function AssetRow({ asset }: { asset: Asset }) {
  const { doc } = useSession();
  const command = useCommand();
  const description = asset.description;
  const source = asset.source;
  const have = asset.state === 'have';
  return (
    <li class="plan-item">
      <p class="plan-item-title">{description}</p>
      {source && <p class="plan-item-detail">{t`From: ${source}`}</p>}
      <div class="item-actions">
        <Button
          variant="quiet"
          onClick={() => command.run(() => updateAsset(doc, asset.id, { state: have ? 'need' : 'have' }))}
          aria-label={have ? t`Mark as still needed: ${description}` : t`Mark as found: ${description}`}
        >
          {have ? t`Mark as still needed` : t`Mark as found`}
        </Button>
        <Button variant="quiet" onClick={() => command.run(() => removeAsset(doc, asset.id))} aria-label={t`Remove ${description}`}>
          {t`Remove`}
        </Button>
      </div>
      <CommandError error={command.error} />
    </li>
  );
}
