import { describe, expect, it } from 'vitest';
import { readAll } from '../../../src/core/read/records';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { meetingType } from '../../../src/core/domain/meeting';
import { planRecordTypes } from '../../../src/core/domain/plan/index';
import { planSummary, type PlanRecords } from '../../../src/core/plan/summary';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { YEAR_OF_USE } from '../../../src/core/reference/sizes';

function recordsOf(doc: ReturnType<typeof createProjectDoc>): PlanRecords {
  const live = (collection: string) => {
    const type = planRecordTypes.find((t) => t.collection === collection) ?? meetingType;
    return readAll(doc, type).filter((r) => !r.archived) as never;
  };
  return {
    readiness: live('readinessAnswers'),
    statements: live('coproductionStatements'),
    values: live('groupValues'),
    stage: live('projectStage'),
    cycle: live('cycleParts'),
    aims: live('aims'),
    outcomes: live('outcomes'),
    measures: live('measures'),
    objectives: live('objectives'),
    activities: live('activities'),
    series: live('meetingSeries'),
    meetings: readAll(doc, meetingType) as never,
    documents: live('planDocuments'),
    versions: live('documentVersions'),
    stakeholders: live('stakeholders'),
    assets: live('assets'),
    risks: live('risks'),
  };
}

describe('the plan at a glance', () => {
  it('sums up an empty plan as not started', () => {
    const summary = planSummary(recordsOf(createProjectDoc('empty')), '2026-03-01');
    expect(summary.readiness.answered).toBe(0);
    expect(summary.stage).toBeUndefined();
    expect(summary.coProduced).toEqual([]);
    expect(summary.documents.terms.exists).toBe(false);
    expect(summary.meetings.next).toBeUndefined();
  });

  it('shows the stage, the co-produced parts, the counts, the next meeting and where the terms of reference stand', () => {
    const doc = createProjectDoc('ref');
    generateReferenceProject(doc, { size: YEAR_OF_USE, startDate: '2026-01-06' });
    const summary = planSummary(recordsOf(doc), '2026-03-01');
    expect(summary.stage?.stage).toBe('doing');
    expect(summary.coProduced).toEqual(['design', 'delivery', 'evaluation']);
    expect(summary.counts).toMatchObject({ aims: 1, outcomes: 5, measures: 14, objectives: 3, activities: 7 });
    expect(summary.counts.openActivities).toBe(4);
    expect(summary.meetings.next?.date).toBe('2026-03-03');
    expect(summary.documents.terms).toMatchObject({ exists: true, status: 'agreed', meetingTitle: 'Group meeting 3' });
    expect(summary.readiness.reading.tone).toBe('work-first');
    expect(summary.risks.serious).toBeGreaterThan(0);
  });
});
