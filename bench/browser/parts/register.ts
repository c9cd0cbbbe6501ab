import { scheduleMeeting } from '../../../src/core/commands/meeting-day-meetings';
import { insertRecord, transact } from '../../../src/core/commands/records';
import { openDatabase } from '../../../src/core/db/database';
import { personType, ROLES } from '../../../src/core/domain/person';
import { todayIso } from '../../../src/core/ids';
import { createProject } from '../../../src/core/projects/project-list';
import { FIRST_NAMES, LAST_NAMES } from '../../../src/core/reference/names';

/**
 * Puts a project with `people` active members and a meeting today into this origin's
 * IndexedDB (the app's own), so the register can be opened in the real app.
 */
export async function prepareRegisterProject(people = 60): Promise<{ projectId: string; meetingId: string }> {
  const db = openDatabase();
  const created = await createProject(db, { name: 'Register benchmark' });
  if (!created.ok) throw new Error(created.message);
  const session = created.value;
  transact(session.doc, () => {
    for (let i = 0; i < people; i++) {
      const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}${i >= FIRST_NAMES.length ? ` ${Math.floor(i / FIRST_NAMES.length) + 1}` : ''}`;
      insertRecord(session.doc, personType, { id: `bench-person-${i}`, name, role: ROLES[i % 5]!, status: 'active', joinedOn: '2026-01-06' });
    }
  });
  const meeting = scheduleMeeting(session.doc, { title: 'Benchmark meeting', date: todayIso(), startTime: '10:00', endTime: '12:00' });
  if (!meeting.ok) throw new Error(meeting.message);
  await session.store.whenSaved();
  await session.projector.settled();
  const ids = { projectId: session.projectId, meetingId: meeting.value.id };
  await session.close();
  db.close();
  return ids;
}
