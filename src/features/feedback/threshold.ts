import { FEEDBACK_SETTINGS_ID, feedbackSettingsType } from '../../core/domain/feedback/settings';
import { DEFAULT_ANONYMITY_THRESHOLD } from '../../core/feedback/results';
import { useDocRecord } from '../../state/doc-records';

/** Fewest answers before any result is shown, as this group has set it (live, from the open project). */
export function useAnonymityThreshold(): number {
  return useDocRecord(feedbackSettingsType, FEEDBACK_SETTINGS_ID)?.threshold ?? DEFAULT_ANONYMITY_THRESHOLD;
}
