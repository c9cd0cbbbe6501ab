import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { MAX_THRESHOLD, MIN_THRESHOLD } from '../../feedback/results';
import { defineRecordType } from '../record-type';

/** The one feedback settings record of a project has this id. */
export const FEEDBACK_SETTINGS_ID = 'feedback-settings';

/** How the group has chosen to handle feedback: for now, the anonymity threshold. */
export const feedbackSettingsSchema = z.object({
  ...baseFields,
  threshold: z
    .number({ error: () => t`The number of answers must be a number.` })
    .int({ error: () => t`The number of answers must be a whole number.` })
    .min(MIN_THRESHOLD, { error: () => t`Results need at least ${MIN_THRESHOLD} answers before they are shown.` })
    .max(MAX_THRESHOLD, { error: () => t`Choose at most ${MAX_THRESHOLD} answers before results are shown.` }),
});
export type FeedbackSettings = z.infer<typeof feedbackSettingsSchema>;

export const feedbackSettingsType = defineRecordType({
  collection: 'feedbackSettings',
  noun: msg({ message: 'feedback setting', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: feedbackSettingsSchema,
  version: 1,
});
