import type { RecordType } from '../record-type';

/** Record types for the team beyond people themselves (contributions, training, barriers). */
export const teamRecordTypes: readonly RecordType[] = [];
