import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { isoDateTime, requiredText } from '../fields';
import { defineRecordType } from '../record-type';
import { deviceId, keyFingerprint, publicKey, secretProof } from './fields';

/** How many sharing keys a device keeps proofs for: the latest ones. */
export const MAX_DEVICE_PROOFS = 16;

/**
 * A device that shares this project: its id, the name its facilitator gave it, and the
 * public halves of its keys. Each device writes its own record only. `createdAt` is when it
 * was added. Its private keys never leave it (see core/sync/device-identity.ts).
 */
export const deviceSchema = z.object({
  ...baseFields,
  id: deviceId,
  name: requiredText('Device name', 60),
  /** ECDSA P-256: checks the invite links and reset announcements it makes. */
  signingKey: publicKey('Signing key'),
  /** ECDH P-256: lets a reset hand it the new secret, for it alone. */
  exchangeKey: publicKey('Exchange key'),
  /**
   * For each sharing key it has held: an HMAC under that key of the device's id and public
   * keys. Only holders of the key can make one, so a former member cannot add a device to a
   * sharing they no longer have.
   */
  proofs: z.array(z.object({ key: keyFingerprint, proof: secretProof })).max(MAX_DEVICE_PROOFS),
  /** When it was last in touch with the sync server (updated at most hourly). */
  lastSeenAt: isoDateTime('Last seen').optional(),
});
export type Device = z.infer<typeof deviceSchema>;

export const deviceType = defineRecordType({
  collection: 'devices',
  noun: msg({ message: 'device', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: deviceSchema,
  version: 1,
});
