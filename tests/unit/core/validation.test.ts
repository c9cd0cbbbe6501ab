import { describe, expect, it } from 'vitest';
import { insertRecord } from '../../../src/core/commands/records';
import { createProjectDoc, collectionMap } from '../../../src/core/doc/project-doc';
import { personType } from '../../../src/core/domain/person';
import { meetingType } from '../../../src/core/domain/meeting';
import { initialiseProject, updateProjectDetails } from '../../../src/core/commands/project';

describe('validation', () => {
  it('refuses an empty name with a plain message and writes nothing', () => {
    const doc = createProjectDoc('p1');
    const result = insertRecord(doc, personType, { name: '   ', role: 'carer', status: 'active' });
    expect(result).toEqual({ ok: false, message: 'Name cannot be empty.' });
    expect(collectionMap(doc, 'people').size).toBe(0);
  });

  it('refuses an enormous project name', () => {
    const doc = createProjectDoc('p2');
    const result = initialiseProject(doc, { name: 'x'.repeat(5000) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/too long/);
  });

  it('cleans pasted text: control characters and line breaks in one-line fields', () => {
    const doc = createProjectDoc('p3');
    initialiseProject(doc, { name: 'Group' });
    const result = updateProjectDetails(doc, { name: '  Tea\u0000 and\r\n talk\u200b  ' });
    expect(result.ok && result.value.name).toBe('Tea and talk');
  });

  it('keeps emoji and right-to-left names as they are', () => {
    const doc = createProjectDoc('p4');
    const r = insertRecord(doc, personType, { name: 'مريم 🌻', role: 'lived-experience', status: 'active' });
    expect(r.ok && r.value.name).toBe('مريم 🌻');
  });

  it('refuses a meeting that ends before it starts, or an impossible date', () => {
    const doc = createProjectDoc('p5');
    const backwards = insertRecord(doc, meetingType, { title: 'M', date: '2026-03-01', startTime: '12:00', endTime: '10:00' });
    expect(backwards.ok ? '' : backwards.message).toBe('A meeting must end after it starts.');
    const impossible = insertRecord(doc, meetingType, { title: 'M', date: '2026-02-30', startTime: '10:00', endTime: '12:00' });
    expect(impossible.ok ? '' : impossible.message).toBe('Meeting date is not a real date.');
  });
});
