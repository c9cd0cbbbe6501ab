import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { defineRecordType } from '../record-type';
import { base64Url, deviceId, keyFingerprint, publicKey, secretProof } from './fields';

export const MAX_KEPT_DEVICES = 64;

/**
 * "Sharing was reset": written by the resetting device under the OLD key, so only the team
 * as it was can read it. It names the new sharing (room and key fingerprint), hands the new
 * secret to each device the team keeps (sealed to that device's exchange key), lists the
 * devices left out, and is signed by the resetting device. `proof` is an HMAC under the new
 * secret, so it cannot be written by anyone who does not hold that secret.
 */
export const sharingResetSchema = z.object({
  ...baseFields,
  byDevice: deviceId,
  fromKey: keyFingerprint,
  toKey: keyFingerprint,
  room: base64Url('Room name', 22),
  /** The throw-away ECDH public key the secrets were sealed with. */
  wrapKey: publicKey('Wrapping key'),
  kept: z
    .array(
      z.object({
        device: deviceId,
        iv: base64Url('IV', 16),
        /** The 32-byte secret sealed with AES-GCM (48 bytes with its tag). */
        secret: base64Url('Sealed secret', 64),
      }),
    )
    .max(MAX_KEPT_DEVICES),
  removed: z.array(deviceId).max(256),
  proof: secretProof,
  /** ECDSA P-256 (64 bytes) by `byDevice`. */
  signature: base64Url('Signature', 86),
});
export type SharingReset = z.infer<typeof sharingResetSchema>;

export const sharingResetType = defineRecordType({
  collection: 'sharingResets',
  noun: msg({ message: 'sharing reset', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: sharingResetSchema,
  version: 1,
});
