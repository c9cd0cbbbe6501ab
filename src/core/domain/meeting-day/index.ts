import type { RecordType } from '../record-type';
import { actionType } from './action';
import { agendaItemType } from './agenda-item';
import { arrangementType } from './arrangement';
import { closingReflectionType } from './closing-reflection';
import { decisionType } from './decision';
import { meetingNotesType } from './meeting-notes';
import { memberCallType } from './member-call';
import { paperSendType, paperType } from './paper';
import { venueType } from './venue';

/** Record types for running meetings (venues, agenda, papers, notes, decisions, actions). */
export const meetingDayRecordTypes: readonly RecordType[] = [
  venueType,
  agendaItemType,
  paperType,
  paperSendType,
  memberCallType,
  meetingNotesType,
  decisionType,
  actionType,
  closingReflectionType,
  arrangementType,
] as unknown as readonly RecordType[];
