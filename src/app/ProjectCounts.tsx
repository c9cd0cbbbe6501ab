import { plural } from '@lingui/core/macro';
import { personType } from '../core/domain/person';
import { meetingType } from '../core/domain/meeting';
import { responseType } from '../core/domain/response';
import { activeMemberCount } from '../core/read/figures';
import { useRecordCount, useRecords } from '../state/records';

/** A one-line picture of the project from the projection: people, meetings, feedback. */
export function ProjectCounts() {
  const activePeople = useRecords(personType, { status: 'active' });
  const active = activePeople && activeMemberCount(activePeople);
  const meetings = useRecordCount(meetingType);
  const responses = useRecordCount(responseType);
  if (active === undefined || meetings === undefined || responses === undefined) return null;
  return (
    <p class="project-counts" data-testid="project-counts">
      {plural(active, { one: '# active member', other: '# active members' })} · {plural(meetings, { one: '# meeting', other: '# meetings' })} ·{' '}
      {plural(responses, { one: '# feedback response', other: '# feedback responses' })}
    </p>
  );
}
