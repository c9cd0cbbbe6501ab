import type * as Y from 'yjs';
import { deviceType, MAX_DEVICE_PROOFS, type Device } from '../domain/sharing/device';
import { sharingResetType, type SharingReset } from '../domain/sharing/sharing-reset';
import { fail, ok, type Result } from '../result';
import { insertRecord, readRecord, updateRecord } from './records';

export interface DeviceRegistration {
  id: string;
  name: string;
  signingKey: string;
  exchangeKey: string;
  /** Proof that it holds the project's current sharing key. */
  proof: { key: string; proof: string };
  createdAt?: string;
}

/**
 * Adds this device to the project's devices, or brings its record up to date: its name, and a
 * proof for the sharing key it now holds (the latest proofs are kept). A device's keys never
 * change: a record with other keys under the same id is refused.
 */
export function registerDevice(doc: Y.Doc, input: DeviceRegistration): Result<Device> {
  const existing = readRecord(doc, deviceType, input.id);
  if (!existing) {
    return insertRecord(doc, deviceType, {
      id: input.id,
      name: input.name,
      signingKey: input.signingKey,
      exchangeKey: input.exchangeKey,
      proofs: [input.proof],
      createdAt: input.createdAt,
    });
  }
  if (existing.signingKey !== input.signingKey || existing.exchangeKey !== input.exchangeKey) {
    return fail('Another device with the same id is already in this project, so this one was not added.');
  }
  const hasProof = existing.proofs.some((p) => p.key === input.proof.key && p.proof === input.proof.proof);
  const patch: Partial<Device> = {};
  if (existing.name !== input.name) patch.name = input.name;
  if (!hasProof) patch.proofs = [...existing.proofs.filter((p) => p.key !== input.proof.key), input.proof].slice(-MAX_DEVICE_PROOFS);
  if (Object.keys(patch).length === 0) return ok(existing);
  return updateRecord(doc, deviceType, input.id, patch);
}

export function renameDevice(doc: Y.Doc, id: string, name: string): Result<Device> {
  return updateRecord(doc, deviceType, id, { name });
}

/** Notes when a device was last in touch with the sync server. */
export function noteDeviceSeen(doc: Y.Doc, id: string, at: string): Result<Device> {
  return updateRecord(doc, deviceType, id, { lastSeenAt: at });
}

/** Writes a signed reset announcement (see domain/sharing/sharing-reset.ts), as made by core/sync/sharing-reset.ts. */
export function recordSharingReset(doc: Y.Doc, announcement: SharingReset): Result<SharingReset> {
  const { v: _v, ...input } = announcement;
  return insertRecord(doc, sharingResetType, input);
}
