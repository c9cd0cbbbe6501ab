import type * as Y from 'yjs';
import { FEEDBACK_SETTINGS_ID, feedbackSettingsType } from '../domain/feedback/settings';
import { questionnaireType, type Questionnaire } from '../domain/questionnaire';
import { DEFAULT_ANONYMITY_THRESHOLD } from '../feedback/results';
import { readRecord } from './records';

export function readQuestionnaire(doc: Y.Doc, id: string): Questionnaire | undefined {
  return readRecord(doc, questionnaireType, id);
}

/** Fewest answers before any result is shown, as this group has set it. */
export function readAnonymityThreshold(doc: Y.Doc): number {
  return readRecord(doc, feedbackSettingsType, FEEDBACK_SETTINGS_ID)?.threshold ?? DEFAULT_ANONYMITY_THRESHOLD;
}
