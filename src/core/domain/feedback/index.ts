import type { RecordType } from '../record-type';
import { feedbackSettingsType } from './settings';

/** Record types for feedback beyond questionnaires and responses. */
export const feedbackRecordTypes: readonly RecordType[] = [feedbackSettingsType] as unknown as readonly RecordType[];
