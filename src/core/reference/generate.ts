import type * as Y from 'yjs';
import { initialiseProject } from '../commands/project';
import { transact } from '../commands/records';
import type { ReferenceContext } from './context';
import { addFeedback } from './parts/feedback';
import { addAttendance, addMeetings } from './parts/meetings';
import { addMeetingDayRecords } from './parts/meeting-day';
import { addPeople } from './parts/people';
import { addPlanRecords } from './parts/plan';
import { addReviewRecords } from './parts/review';
import { addTeamRecords } from './parts/team';
import { seededRandom } from './random';
import type { ReferenceSize } from './sizes';
import { readProjectMeta } from '../read/project';

export interface ReferenceOptions {
  size: ReferenceSize;
  seed?: number;
  startDate?: string;
  /** "Today", for a project that runs into the future (see ReferenceContext.asOf). */
  asOf?: string;
  name?: string;
}

/**
 * Fills an empty project doc with a realistic project: used by tests, benchmarks and the
 * "try an example project" button. The same seed always gives the same project.
 */
export function generateReferenceProject(doc: Y.Doc, options: ReferenceOptions): ReferenceContext {
  const ctx: ReferenceContext = {
    doc,
    random: seededRandom(options.seed ?? 2026),
    size: options.size,
    startDate: options.startDate ?? '2026-01-06',
    ...(options.asOf ? { asOf: options.asOf } : {}),
    people: [],
    meetings: [],
    questionnaires: [],
  };
  transact(doc, () => {
    if (!readProjectMeta(doc)) {
      initialiseProject(doc, {
        name: options.name ?? 'Better Days Carers Group',
        purpose: 'Carers, residents and council staff redesigning respite support together',
      });
    }
    addPeople(ctx);
    addTeamRecords(ctx);
    addPlanRecords(ctx);
    addMeetings(ctx);
    addAttendance(ctx);
    addMeetingDayRecords(ctx);
    addFeedback(ctx);
    addReviewRecords(ctx);
  });
  return ctx;
}
