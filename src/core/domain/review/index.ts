import type { RecordType } from '../record-type';
import { learningReviewType } from './learning-review';
import { measureTargetType, measureValueType } from './measure-numbers';
import { nextStepType } from './next-step';
import { evidenceNoteType, outcomeStatusType } from './outcome-evidence';
import { youSaidWeDidType } from './you-said-we-did';

/** Record types for reviewing and sharing (evidence notes, learning reviews, you said we did). */
export const reviewRecordTypes: readonly RecordType[] = [
  learningReviewType,
  nextStepType,
  youSaidWeDidType,
  outcomeStatusType,
  evidenceNoteType,
  measureTargetType,
  measureValueType,
] as unknown as readonly RecordType[];
