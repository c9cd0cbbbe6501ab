import type * as Y from 'yjs';
import type { Meeting } from '../domain/meeting';
import type { Person } from '../domain/person';
import type { Questionnaire } from '../domain/questionnaire';
import type { Random } from './random';
import type { ReferenceSize } from './sizes';

/** What each part of the reference generator can see and add to. */
export interface ReferenceContext {
  doc: Y.Doc;
  random: Random;
  size: ReferenceSize;
  /** The first meeting's date; the project runs from here. */
  startDate: string;
  people: Person[];
  meetings: Meeting[];
  questionnaires: Questionnaire[];
}
