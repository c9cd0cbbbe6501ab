import type { RecordType } from '../record-type';
import { deviceType } from './device';
import { sharingResetType } from './sharing-reset';

/** Record types for sharing: the project's devices, and its sharing resets. */
export const sharingRecordTypes: readonly RecordType[] = [deviceType, sharingResetType] as unknown as readonly RecordType[];
