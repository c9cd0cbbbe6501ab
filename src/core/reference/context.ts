import type * as Y from 'yjs';
import type { Meeting } from '../domain/meeting';
import type { Person } from '../domain/person';
import type { Questionnaire } from '../domain/questionnaire';
import type { Random } from './random';
import type { ReferenceSize } from './sizes';
import { addDays } from '../format/calendar';

/** What each part of the reference generator can see and add to. */
export interface ReferenceContext {
  doc: Y.Doc;
  random: Random;
  size: ReferenceSize;
  /** The first meeting's date; the project runs from here. */
  startDate: string;
  /**
   * "Today" for the project: meetings on or after it have not happened, so they get no
   * marks, feedback or payments. Absent: every meeting is in the past.
   */
  asOf?: string;
  people: Person[];
  meetings: Meeting[];
  questionnaires: Questionnaire[];
}

/** How many of the project's meetings have happened (all of them when there is no `asOf`). */
export function meetingsHeld(ctx: ReferenceContext): number {
  if (!ctx.asOf) return ctx.size.meetings;
  let held = 0;
  while (held < ctx.size.meetings && addDays(ctx.startDate, held * ctx.size.meetingEveryDays) < ctx.asOf) held++;
  return held;
}
