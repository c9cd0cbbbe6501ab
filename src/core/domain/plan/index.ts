import type { RecordType } from '../record-type';

/** Record types for planning (readiness, values, aims, documents, maps, risks). */
export const planRecordTypes: readonly RecordType[] = [];
