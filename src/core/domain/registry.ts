import { attendanceType } from './attendance';
import { meetingType } from './meeting';
import { personType } from './person';
import { questionnaireType } from './questionnaire';
import type { RecordType } from './record-type';
import { responseType } from './response';
import { planRecordTypes } from './plan/index';
import { teamRecordTypes } from './team/index';
import { meetingDayRecordTypes } from './meeting-day/index';
import { feedbackRecordTypes } from './feedback/index';
import { reviewRecordTypes } from './review/index';
import { sharingRecordTypes } from './sharing/index';

/** Every kind of record a project doc can hold. The projector and the import gate use this list. */
export const recordTypes: readonly RecordType[] = [
  personType,
  meetingType,
  attendanceType,
  questionnaireType,
  responseType,
  ...planRecordTypes,
  ...teamRecordTypes,
  ...meetingDayRecordTypes,
  ...feedbackRecordTypes,
  ...reviewRecordTypes,
  ...sharingRecordTypes,
] as unknown as readonly RecordType[];

const byCollection = new Map(recordTypes.map((t) => [t.collection, t]));

export function recordTypeFor(collection: string): RecordType | undefined {
  return byCollection.get(collection);
}
