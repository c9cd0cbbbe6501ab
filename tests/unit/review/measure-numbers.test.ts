import { describe, expect, it } from 'vitest';
import { addMeasure, addAim, addOutcome, removeMeasure } from '../../../src/core/commands/plan-aims';
import { addMeasureValue, removeMeasureValue, setMeasureTarget } from '../../../src/core/commands/review-measures';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { measureTargetId, measureTargetType, measureValueType } from '../../../src/core/domain/review/measure-numbers';
import { readAll, readRecord } from '../../../src/core/read/records';
import { seededRandom } from '../../../src/core/reference/random';
import { measureProgress } from '../../../src/core/review/measure-progress';
import { addStarterOutcome } from '../../../src/core/commands/plan-aims';
import { recordBarrier } from '../../../src/core/commands/team-barriers';
import { initialiseProject } from '../../../src/core/commands/project';
import { defaultPackOptions } from '../../../src/core/pack/options';
import { packContext } from '../../../src/core/pack/part';
import { evidencePart } from '../../../src/core/pack/parts/evidence';
import { reportBodyHtml } from '../../../src/core/pack/report-html';
import { sourceFromDoc } from '../../../src/core/pack/source';
import { readOutcomes } from '../../../src/core/review/outcomes';

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function measureIn(doc = createProjectDoc('numbers')) {
  const aim = must(addAim(doc, { title: 'Carers shape respite' }));
  const outcome = must(addOutcome(doc, aim.id, { title: 'More carers take part' }));
  const measure = must(addMeasure(doc, outcome.id, { kind: 'count', text: 'Carers at meetings' }));
  return { doc, measure };
}

describe('measures that hold numbers', () => {
  it('keeps a baseline, a target and dated figures, and shows how far the latest has come', () => {
    const { doc, measure } = measureIn();
    must(setMeasureTarget(doc, measure.id, { unit: 'count', baseline: 4, baselineOn: '2026-01-10', target: 12, targetBy: '2026-12-31' }));
    must(addMeasureValue(doc, { measureId: measure.id, date: '2026-06-01', value: 8, source: 'Head count at the June meeting' }));
    const early = must(addMeasureValue(doc, { measureId: measure.id, date: '2026-03-01', value: 6 }));
    const progress = measureProgress(readRecord(doc, measureTargetType, measureTargetId(measure.id)), readAll(doc, measureValueType), {
      value: 10,
      asOf: '2026-07-01',
    })!;
    expect(progress.baseline).toEqual({ value: 4, date: '2026-01-10' });
    expect(progress.target).toEqual({ value: 12, date: '2026-12-31' });
    expect(progress.points.map((p) => `${p.date} ${p.value} ${p.from}`)).toEqual(['2026-03-01 6 typed', '2026-06-01 8 typed', '2026-07-01 10 app']);
    expect(progress.towardsTarget).toBe(0.75);
    must(removeMeasureValue(doc, early.id));
    expect(measureProgress(readRecord(doc, measureTargetType, measureTargetId(measure.id)), readAll(doc, measureValueType))!.points).toHaveLength(1);
    // Clearing the target keeps the rest.
    must(setMeasureTarget(doc, measure.id, { unit: 'count', baseline: 4, baselineOn: '2026-01-10' }));
    expect(readRecord(doc, measureTargetType, measureTargetId(measure.id))).toMatchObject({ baseline: 4 });
    expect(readRecord(doc, measureTargetType, measureTargetId(measure.id))!.target).toBeUndefined();
  });

  it('refuses figures that cannot be right, in plain words, and changes nothing', () => {
    const { doc, measure } = measureIn();
    must(setMeasureTarget(doc, measure.id, { unit: 'percentage', baseline: 20, target: 60 }));
    const before = JSON.stringify(doc.toJSON());
    expect(addMeasureValue(doc, { measureId: measure.id, date: '2026-02-01', value: 120 })).toEqual({
      ok: false,
      message: 'A percentage cannot be more than 100.',
    });
    expect(addMeasureValue(doc, { measureId: measure.id, date: '2026-02-01', value: -3 }).ok).toBe(false);
    expect(addMeasureValue(doc, { measureId: measure.id, date: 'soon', value: 3 }).ok).toBe(false);
    expect(addMeasureValue(doc, { measureId: measure.id, date: '2026-02-01', value: Number.NaN }).ok).toBe(false);
    expect(setMeasureTarget(doc, measure.id, { unit: 'percentage', target: 140 })).toEqual({ ok: false, message: 'A percentage cannot be more than 100.' });
    expect(setMeasureTarget(doc, measure.id, { unit: 'count', baselineOn: '2026-05-01', targetBy: '2026-01-01' }).ok).toBe(false);
    must(removeMeasure(doc, measure.id));
    const gone = JSON.stringify(doc.toJSON());
    expect(addMeasureValue(doc, { measureId: measure.id, date: '2026-02-01', value: 3 })).toEqual({
      ok: false,
      message: 'That measure is no longer in the plan.',
    });
    expect(JSON.stringify(doc.toJSON())).toBe(gone);
    expect(before).not.toBe(gone);
  });

  it('puts any figures in date order, typed before counted on the same day, and measures progress against the baseline', () => {
    const random = seededRandom(3);
    for (let run = 0; run < 100; run++) {
      const { doc, measure } = measureIn(createProjectDoc(`n-${run}`));
      const baseline = random.int(0, 50);
      const target = random.int(0, 50);
      must(setMeasureTarget(doc, measure.id, { unit: 'count', baseline, target }));
      const n = random.int(0, 8);
      for (let i = 0; i < n; i++)
        must(addMeasureValue(doc, { measureId: measure.id, date: `2026-0${random.int(1, 9)}-1${random.int(0, 9)}`, value: random.int(0, 60) }));
      const progress = measureProgress(readRecord(doc, measureTargetType, measureTargetId(measure.id)), readAll(doc, measureValueType))!;
      expect(progress.points).toHaveLength(n);
      const dates = progress.points.map((p) => p.date);
      expect(dates).toEqual([...dates].sort());
      if (n === 0 || baseline === target) expect(progress.towardsTarget).toBeNull();
      else expect(progress.towardsTarget).toBeCloseTo((progress.latest!.value - baseline) / (target - baseline));
    }
  });
});

describe('the funder pack', () => {
  it('shows typed and counted figures with the baseline and target, and says where each came from', () => {
    const doc = createProjectDoc('funder');
    must(initialiseProject(doc, { name: 'Carers together', purpose: 'Respite' }));
    const aim = must(addAim(doc, { title: 'Carers shape respite' }));
    const starter = must(addStarterOutcome(doc, aim.id, 'engagement'));
    const couldNot = starter.measures.find((m) => m.source === 'could-not-take-part')!;
    for (let i = 0; i < 7; i++) must(recordBarrier(doc, { reasons: ['travel'], date: '2026-02-0' + (i + 1) }));
    must(setMeasureTarget(doc, couldNot.id, { unit: 'count', baseline: 12, baselineOn: '2026-01-05', target: 3, targetBy: '2026-12-31' }));
    must(addMeasureValue(doc, { measureId: couldNot.id, date: '2026-01-31', value: 9, source: 'Sign-up sheet at the carers’ café' }));
    const wouldLike = starter.measures.find((m) => m.kind === 'question')!;
    must(setMeasureTarget(doc, wouldLike.id, { unit: 'percentage', baseline: 40, target: 75 }));
    must(addMeasureValue(doc, { measureId: wouldLike.id, date: '2026-02-20', value: 55 }));
    const source = sourceFromDoc(doc)!;
    const ctx = packContext(source, defaultPackOptions('partners'), { asOf: '2026-03-02', outcomes: readOutcomes(doc) });
    const section = evidencePart.section!(ctx)!;
    const html = reportBodyHtml({
      projectName: 'x',
      purpose: '',
      audience: 'partners',
      madeOn: '2026-03-02',
      contents: { included: [], leftOut: [] },
      sections: [section],
    });
    expect(html).toContain('7 people were interested but could not take part.');
    expect(html).toContain('Counted by the app from Team');
    expect(html).toContain('Start (5 Jan 2026)');
    expect(html).toContain('Target (31 Dec 2026)');
    expect(html).toContain('Sign-up sheet at the carers’ café');
    expect(html).toContain('Counted by the app from its records on this day');
    expect(html).toContain('55%');
    expect(html).toContain('75%');
    expect(html).not.toContain('No evidence gathered for this yet.');
  });

  it('leaves a count small enough to pick people out off the funders’ chart, and keeps the group’s own figures', () => {
    const doc = createProjectDoc('small');
    must(initialiseProject(doc, { name: 'Carers together', purpose: 'Respite' }));
    const aim = must(addAim(doc, { title: 'Carers shape respite' }));
    const starter = must(addStarterOutcome(doc, aim.id, 'engagement'));
    const couldNot = starter.measures.find((m) => m.source === 'could-not-take-part')!;
    for (let i = 0; i < 2; i++) must(recordBarrier(doc, { reasons: ['caring'], date: '2026-02-01' }));
    must(setMeasureTarget(doc, couldNot.id, { unit: 'count', baseline: 12, target: 3 }));
    const html = (audience: 'group' | 'partners') => {
      const ctx = packContext(sourceFromDoc(doc)!, defaultPackOptions(audience), { asOf: '2026-03-02', outcomes: readOutcomes(doc) });
      return reportBodyHtml({
        projectName: 'x',
        purpose: '',
        audience,
        madeOn: '2026-03-02',
        contents: { included: [], leftOut: [] },
        sections: [evidencePart.section!(ctx)!],
      });
    };
    expect(html('partners')).not.toContain('Counted by the app from its records on this day');
    expect(html('partners')).toContain('A small number (fewer than 5), not shown exactly');
    expect(html('partners')).toContain('Start (no date)');
    expect(html('group')).toContain('Counted by the app from its records on this day');
    expect(html('group')).toContain('2 people were interested but could not take part.');
  });
});
