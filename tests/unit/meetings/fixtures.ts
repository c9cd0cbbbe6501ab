import * as Y from 'yjs';
import { initialiseProject } from '../../../src/core/commands/project';
import { insertRecord } from '../../../src/core/commands/records';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { meetingType, type Meeting } from '../../../src/core/domain/meeting';
import { personType, type Person } from '../../../src/core/domain/person';

export function projectDoc(id = 'p-test'): Y.Doc {
  const doc = createProjectDoc(id);
  initialiseProject(doc, { name: 'Test group' });
  return doc;
}

/** A second device: a doc with everything the first has so far. */
export function copyDoc(doc: Y.Doc): Y.Doc {
  const other = createProjectDoc(doc.guid);
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
}

/** Both devices exchange what the other has not seen (in both directions). */
export function syncDocs(a: Y.Doc, b: Y.Doc) {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

type PersonInput = Partial<Omit<Person, 'id' | 'v' | 'createdAt'>> & { id: string; name: string };

export function addPerson(doc: Y.Doc, input: PersonInput): Person {
  const result = insertRecord(doc, personType, { role: 'lived-experience', status: 'active', ...input } as Parameters<typeof insertRecord<typeof personType>>[2]);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

export function addMeeting(doc: Y.Doc, input: Partial<Omit<Meeting, 'v' | 'createdAt'>> & { id: string; date: string }): Meeting {
  const result = insertRecord(doc, meetingType, { title: `Meeting ${input.id}`, startTime: '10:00', endTime: '12:00', ...input });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** A plain person value for the pure rules (no doc needed). */
export function person(id: string, extra: Partial<Person> = {}): Person {
  return { id, v: 1, createdAt: '2026-01-01T00:00:00.000Z', name: `Person ${id}`, role: 'lived-experience', status: 'active', ...extra };
}

export function meeting(id: string, date: string, extra: Partial<Meeting> = {}): Meeting {
  return { id, v: 1, createdAt: '2026-01-01T00:00:00.000Z', title: `Meeting ${id}`, date, startTime: '10:00', endTime: '12:00', ...extra };
}
