import type { RecordType } from '../record-type';

/** Record types for reviewing and sharing (evidence notes, learning reviews, you said we did). */
export const reviewRecordTypes: readonly RecordType[] = [];
