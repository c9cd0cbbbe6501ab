import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addValue, dropValue, editDefinition, keepDefinition, moveValue, recordAgreement, startDefinition, updateValue } from '../../../src/core/commands/plan-statement';
import { setCyclePart, setStage } from '../../../src/core/commands/plan-stage';
import { readAll, readRecord } from '../../../src/core/read/records';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { groupValueType } from '../../../src/core/domain/plan/group-value';
import { CURRENT_STAGE_ID, cyclePartType, projectStageType } from '../../../src/core/domain/plan/stage';
import { statementType } from '../../../src/core/domain/plan/statement';
import { byOrder } from '../../../src/core/plan/ordering';
import { DEFINITION_SUGGESTIONS, VALUE_SUGGESTIONS } from '../../../src/core/plan/suggestions';

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('our definition and values', () => {
  it('starts from a suggestion, is edited, and records the date it was agreed', () => {
    const doc = createProjectDoc('def');
    const statement = must(startDefinition(doc, DEFINITION_SUGGESTIONS[0]!.text));
    must(editDefinition(doc, statement.id, { index: 0, remove: 'Co-production'.length, insert: 'For us, co-production' }));
    expect(readRecord(doc, statementType, statement.id)!.definition).toMatch(/^For us, co-production means/);
    must(recordAgreement(doc, statement.id, { definitionAgreedOn: '2026-01-20', valuesAgreedOn: '2026-02-03' }, '2026-03-01'));
    expect(readRecord(doc, statementType, statement.id)).toMatchObject({ definitionAgreedOn: '2026-01-20', valuesAgreedOn: '2026-02-03' });
    expect(recordAgreement(doc, statement.id, { definitionAgreedOn: '2027-01-01' }, '2026-03-01')).toEqual({
      ok: false,
      message: 'That date has not come yet. Record an agreement on or after the day it happened.',
    });
    must(recordAgreement(doc, statement.id, { definitionAgreedOn: '' }, '2026-03-01'));
    expect(readRecord(doc, statementType, statement.id)!.definitionAgreedOn).toBeUndefined();
  });

  it('will not mark an empty definition agreed', () => {
    const doc = createProjectDoc('def-2');
    const statement = must(startDefinition(doc));
    expect(recordAgreement(doc, statement.id, { definitionAgreedOn: '2026-01-01' }, '2026-03-01')).toEqual({ ok: false, message: 'Write your definition before you mark it agreed.' });
  });

  it('keeps both definitions started on two devices offline, until the group keeps one', () => {
    const a = createProjectDoc('def-3');
    const b = new Y.Doc({ guid: 'def-3' });
    must(startDefinition(a, 'Written on the first tablet'));
    const second = must(startDefinition(b, 'Written on the second tablet'));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readAll(b, statementType).map((s) => s.definition).sort()).toEqual(['Written on the first tablet', 'Written on the second tablet']);
    must(keepDefinition(b, second.id));
    expect(readAll(b, statementType).filter((s) => !s.archived).map((s) => s.definition)).toEqual(['Written on the second tablet']);
  });

  it('adds suggested values to edit or drop, and the group’s own, in the group’s order', () => {
    const doc = createProjectDoc('values');
    const equality = VALUE_SUGGESTIONS.find((v) => v.key === 'equality')!;
    const first = must(addValue(doc, { name: equality.name, meaning: equality.meaning, suggestion: equality.key }));
    expect(addValue(doc, { name: 'Equality again', suggestion: 'equality' })).toEqual({ ok: false, message: 'That value is already in your list.' });
    const own = must(addValue(doc, { name: 'Honesty 🌻', meaning: 'We say when something is not working.' }));
    must(updateValue(doc, first.id, { meaning: 'Everyone’s voice counts the same.' }));
    must(moveValue(doc, own.id, -1));
    expect(byOrder(readAll(doc, groupValueType).filter((v) => !v.archived)).map((v) => v.name)).toEqual(['Honesty 🌻', 'Equality']);
    must(dropValue(doc, first.id));
    expect(readAll(doc, groupValueType).filter((v) => !v.archived).map((v) => v.name)).toEqual(['Honesty 🌻']);
    expect(addValue(doc, { name: '' })).toEqual({ ok: false, message: 'Value cannot be empty.' });
  });
});

describe('stage and cycle', () => {
  it('records the stage and when it began', () => {
    const doc = createProjectDoc('stage');
    must(setStage(doc, 'planning', '2026-01-06'));
    must(setStage(doc, 'doing', '2026-03-01'));
    expect(readRecord(doc, projectStageType, CURRENT_STAGE_ID)).toMatchObject({ stage: 'doing', since: '2026-03-01' });
    expect(setStage(doc, 'finished' as never).ok).toBe(false);
  });

  it('keeps both parts ticked when two facilitators tick different parts of the cycle offline', () => {
    const a = createProjectDoc('cycle');
    const b = new Y.Doc({ guid: 'cycle' });
    must(setCyclePart(a, 'design', true));
    must(setCyclePart(b, 'delivery', true, 'Members run the drop-in with staff'));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const parts = readAll(a, cyclePartType).filter((p) => p.coProduced).map((p) => p.part).sort();
    expect(parts).toEqual(['delivery', 'design']);
    must(setCyclePart(a, 'design', false));
    expect(readRecord(a, cyclePartType, 'delivery')!.how).toBe('Members run the drop-in with staff');
  });
});
