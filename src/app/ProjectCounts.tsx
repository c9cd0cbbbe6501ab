import { plural } from '@lingui/core/macro';
import { personType } from '../core/domain/person';
import { meetingType } from '../core/domain/meeting';
import { responseType } from '../core/domain/response';
import { useRecordCount } from '../state/records';

/** A one-line picture of the project from the projection: people, meetings, feedback. */
export function ProjectCounts() {
  const active = useRecordCount(personType, { status: 'active' });
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
