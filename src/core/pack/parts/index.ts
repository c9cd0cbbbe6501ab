import type { PackPart } from '../part';
import { aboutPart } from './about';
import { calendarPart } from './calendar';
import { contributionsPart } from './contributions';
import { creditsPart } from './credits';
import { decisionsPart } from './decisions';
import { groundRulesPart, termsPart } from './documents';
import { evidencePart } from './evidence';
import { feedbackPart } from './feedback';
import { learningPart } from './learning';
import { meetingRecordPart } from './meeting-record';
import { meetingsPart } from './meetings';
import { membersPart } from './members';
import { planPart } from './plan';
import { purposePart } from './purpose';
import { youSaidPart } from './you-said';

/**
 * The parts of the project pack, in the order they appear in the report (after the cover):
 * about, purpose and definition, plan, terms of reference and ground rules, meetings and
 * attendance (with the calendar file), decisions, the meeting record (notes, actions, closing words), feedback, outcome evidence, learning,
 * "you said, we did", contributions, and credits. To add a part, write a `PackPart` in its
 * own file here and put it in this list where it belongs.
 */
export const packParts: readonly PackPart[] = [
  aboutPart,
  purposePart,
  planPart,
  termsPart,
  groundRulesPart,
  meetingsPart,
  calendarPart,
  decisionsPart,
  meetingRecordPart,
  feedbackPart,
  evidencePart,
  learningPart,
  youSaidPart,
  contributionsPart,
  membersPart,
  creditsPart,
];
