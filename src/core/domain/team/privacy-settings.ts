import { t, msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { shortText } from '../fields';
import { defineRecordType } from '../record-type';

/** The one privacy settings record of a project has this id. */
export const PRIVACY_SETTINGS_ID = 'privacy-settings';

/** How long the group keeps the details of someone who left, or who stayed "interested", unless asked otherwise. */
export const DEFAULT_RETENTION_MONTHS = 24;
export const MAX_RETENTION_MONTHS = 120;

/**
 * What the group has decided about personal data, shared by every device: how long details
 * are kept, and the facts the privacy notice and the DPIA starter are filled in from.
 */
export const privacySettingsSchema = z.object({
  ...baseFields,
  retentionMonths: z
    .number({ error: () => t`The number of months must be a number.` })
    .int({ error: () => t`The number of months must be a whole number.` })
    .min(1, { error: () => t`Keep details for at least 1 month.` })
    .max(MAX_RETENTION_MONTHS, { error: () => t`Choose at most ${MAX_RETENTION_MONTHS} months.` }),
  /** The organisation that holds the project's data (the controller). */
  holder: shortText('Organisation that holds the data', 160).optional(),
  /** Who people can ask about their data: a name, email or phone. */
  contact: shortText('Who to ask about data', 200).optional(),
  /** Partner organisations details may be shared with (only with the person's consent). */
  partners: shortText('Partners', 500).optional(),
});
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

export const privacySettingsType = defineRecordType({
  collection: 'privacySettings',
  noun: msg({ message: 'privacy setting', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: privacySettingsSchema,
  version: 1,
});
