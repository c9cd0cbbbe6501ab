import type { RecordType } from '../record-type';
import { barrierType } from './barrier';
import { contributionType } from './contribution';
import { erasureType } from './erasure-record';
import { privacySettingsType } from './privacy-settings';
import { trainingType } from './training';

/** Record types for the team beyond people themselves (contributions, training, barriers, privacy settings). */
export const teamRecordTypes: readonly RecordType[] = [contributionType, trainingType, barrierType, erasureType, privacySettingsType] as unknown as readonly RecordType[];
