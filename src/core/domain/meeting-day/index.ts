import type { RecordType } from '../record-type';

/** Record types for running meetings (venues, agenda, papers, notes, decisions, actions). */
export const meetingDayRecordTypes: readonly RecordType[] = [];
