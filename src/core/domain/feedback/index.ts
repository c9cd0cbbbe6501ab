import type { RecordType } from '../record-type';

/** Record types for feedback beyond questionnaires and responses. */
export const feedbackRecordTypes: readonly RecordType[] = [];
