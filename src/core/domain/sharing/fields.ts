import { z } from 'zod';

/** Base64url text of an exact length: keys, proofs and signatures as stored in a project. */
export const base64Url = (label: string, chars: number) =>
  z
    .string({ error: `${label} must be text.` })
    .length(chars, { error: `${label} is not the right length.` })
    .regex(/^[A-Za-z0-9_-]+$/, { error: `${label} is not well formed.` });

/** A device's id: 16 random bytes. */
export const deviceId = base64Url('Device id', 22);
/** Names a project secret without giving it away (16 derived bytes). */
export const keyFingerprint = base64Url('Key fingerprint', 22);
/** A raw P-256 public key (65 bytes). */
export const publicKey = (label: string) => base64Url(label, 87);
/** An HMAC-SHA-256 under a project secret (32 bytes). */
export const secretProof = base64Url('Proof', 43);
