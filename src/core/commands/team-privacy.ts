import { t } from '@lingui/core/macro';
import * as Y from 'yjs';
import { collectionMap } from '../doc/project-doc';
import { personType, type Person } from '../domain/person';
import { DEFAULT_RETENTION_MONTHS, PRIVACY_SETTINGS_ID, privacySettingsType, type PrivacySettings } from '../domain/team/privacy-settings';
import { todayIso } from '../ids';
import { readRecord } from '../read/records';
import { fail, type Result } from '../result';
import { insertRecord, updateRecord } from './records';

export interface PrivacyInput {
  retentionMonths: number;
  holder?: string;
  contact?: string;
  partners?: string;
}

/** Saves what the group decided about personal data. An empty box removes what was there. */
export function savePrivacySettings(doc: Y.Doc, input: PrivacyInput): Result<PrivacySettings> {
  const patch = {
    retentionMonths: input.retentionMonths,
    holder: input.holder?.trim() || undefined,
    contact: input.contact?.trim() || undefined,
    partners: input.partners?.trim() || undefined,
  };
  if (collectionMap(doc, privacySettingsType.collection).get(PRIVACY_SETTINGS_ID) instanceof Y.Map)
    return updateRecord(doc, privacySettingsType, PRIVACY_SETTINGS_ID, patch);
  const { holder, contact, partners, retentionMonths } = patch;
  return insertRecord(doc, privacySettingsType, {
    id: PRIVACY_SETTINGS_ID,
    retentionMonths: retentionMonths ?? DEFAULT_RETENTION_MONTHS,
    ...(holder ? { holder } : {}),
    ...(contact ? { contact } : {}),
    ...(partners ? { partners } : {}),
  });
}

/** Records that the group reviewed this person's details and chose to keep them (for another period). */
export function keepPersonDetails(doc: Y.Doc, personId: string, day = todayIso()): Result<Person> {
  if (!readRecord(doc, personType, personId)) return fail(t`That member is no longer here. They may have been erased on another device.`);
  return updateRecord(doc, personType, personId, { keptOn: day });
}
