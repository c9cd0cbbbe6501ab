import type { PackPart } from '../part';
import { aboutPart } from './about';
import { creditsPart } from './credits';
import { evidencePart } from './evidence';
import { feedbackPart } from './feedback';
import { learningPart } from './learning';
import { meetingsPart } from './meetings';
import { membersPart } from './members';
import { youSaidPart } from './you-said';

/**
 * The parts of the project pack, in the order they appear in the report. To add a part,
 * write a `PackPart` in its own file here and put it in this list where it belongs.
 * Still to come once their records exist: the plan and terms of reference (after "about"),
 * decisions (after "meetings"), contributions (before "credits"), and the meeting calendar.
 */
export const packParts: readonly PackPart[] = [
  aboutPart,
  meetingsPart,
  feedbackPart,
  evidencePart,
  learningPart,
  youSaidPart,
  membersPart,
  creditsPart,
];
