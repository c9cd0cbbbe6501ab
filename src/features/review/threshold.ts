import { FEEDBACK_SETTINGS_ID, feedbackSettingsType } from '../../core/domain/feedback/settings';
import { DEFAULT_ANONYMITY_THRESHOLD } from '../../core/feedback/results';
import { useDocRecord } from '../../state/doc-records';

/** The group's own anonymity threshold: fewest answers before a result is shown. */
export function useAnonymityThreshold(): number {
  return useDocRecord(feedbackSettingsType, FEEDBACK_SETTINGS_ID)?.threshold ?? DEFAULT_ANONYMITY_THRESHOLD;
}
