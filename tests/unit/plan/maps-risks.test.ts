import { describe, expect, it } from 'vitest';
import { addAsset, addStakeholder, removeAsset, removeStakeholder, updateAsset, updateStakeholder } from '../../../src/core/commands/plan-maps';
import { addRisk, addStarterRisks, removeRisk, updateRisk } from '../../../src/core/commands/plan-risks';
import { readAll } from '../../../src/core/read/records';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { assetType } from '../../../src/core/domain/plan/asset';
import { riskType } from '../../../src/core/domain/plan/risk';
import { stakeholderType } from '../../../src/core/domain/plan/stakeholder';
import { STARTER_RISKS } from '../../../src/core/plan/starter-risks';

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('stakeholder map and asset map', () => {
  it('records who should be involved, why, and whether they are involved yet', () => {
    const doc = createProjectDoc('maps');
    const carers = must(addStakeholder(doc, { name: 'Carers who use the respite service', kind: 'individual', why: 'They know what works', involvement: 'involved' }));
    const gp = must(addStakeholder(doc, { name: 'Village surgery', kind: 'organisation', why: 'GPs refer carers', involvement: 'not-yet' }));
    must(updateStakeholder(doc, gp.id, { involvement: 'invited' }));
    must(removeStakeholder(doc, carers.id));
    expect(readAll(doc, stakeholderType).filter((s) => !s.archived).map((s) => [s.name, s.involvement])).toEqual([['Village surgery', 'invited']]);
    expect(addStakeholder(doc, { name: ' ', kind: 'organisation', involvement: 'involved' })).toEqual({ ok: false, message: 'Who cannot be empty.' });
    expect(addStakeholder(doc, { name: 'X', kind: 'club' as never, involvement: 'involved' })).toEqual({ ok: false, message: 'Choose a person or an organisation.' });
  });

  it('records the knowledge, skills, experience and resources the group has and still needs', () => {
    const doc = createProjectDoc('assets');
    const hall = must(addAsset(doc, { kind: 'resources', description: 'A free accessible hall', source: 'St Mary’s church', state: 'have' }));
    must(addAsset(doc, { kind: 'skills', description: 'Someone to write easy read papers', state: 'need' }));
    expect(must(updateAsset(doc, hall.id, { state: 'need' })).state).toBe('need');
    must(removeAsset(doc, hall.id));
    expect(readAll(doc, assetType).filter((a) => !a.archived).map((a) => a.description)).toEqual(['Someone to write easy read papers']);
    const huge = addAsset(doc, { kind: 'knowledge', description: 'k'.repeat(5_000), state: 'have' });
    expect(huge.ok ? '' : huge.message).toBe('What it is is too long: keep it to 300 characters or fewer.');
  });
});

describe('risks and warning signs', () => {
  it('adds the starter warning signs once each, with what we will do', () => {
    const doc = createProjectDoc('risks');
    const added = must(addStarterRisks(doc, STARTER_RISKS.map((r) => r.key)));
    expect(added).toHaveLength(STARTER_RISKS.length);
    expect(added.every((r) => r.warningSign && r.response)).toBe(true);
    expect(addStarterRisks(doc, ['drift-away'])).toEqual({ ok: false, message: 'Those starter risks are already in your register.' });
  });

  it('keeps a simple register the group can change', () => {
    const doc = createProjectDoc('risks-2');
    const risk = must(addRisk(doc, { what: 'The hall closes for repairs', likelihood: 'low', impact: 'high', response: 'Book the library as a back-up', warningSign: 'Notice of building work' }));
    expect(must(updateRisk(doc, risk.id, { likelihood: 'medium' })).likelihood).toBe('medium');
    expect(addRisk(doc, { what: 'x', likelihood: 'very' as never, impact: 'low' })).toEqual({ ok: false, message: 'Choose how likely it is: low, medium or high.' });
    must(removeRisk(doc, risk.id));
    expect(readAll(doc, riskType).filter((r) => !r.archived)).toHaveLength(0);
  });
});
