import { fail, ok, type Result } from '../result';
import { deriveProjectKeys, macMatches, macOf, SECRET_BYTES } from './crypto';
import type { DeviceIdentity } from './device-identity';
import { sign, signatureValid, SIGNATURE_BYTES } from './device-keys';
import { fromBase64Url, toBase64Url, utf8 } from './encoding';

/**
 * An invite is a link whose #fragment (never sent to any server) carries the project id, the
 * project's secret, which device made the link and that device's signature, and a check:
 * `https://host/#/join/<projectId>/<code>`, where the code is, in base64url,
 *
 *   format (1 byte, 2) | secret (32) | inviting device's id (16) | signature (64) | check (16)
 *
 * The signature (ECDSA P-256, by the inviting device) covers the project, the secret's
 * fingerprint and the device's id, so a link says and proves which device made it; a
 * device that holds the project checks it against the keys its copy of the project lists.
 * The check is an HMAC-SHA-256 keyed by the secret over everything else, so a link changed
 * or cut short is caught before anything happens.
 */
export interface Invite {
  projectId: string;
  secret: string;
  /** The device that made the link. */
  inviterId: string;
  /** Its signature, base64url. */
  signature: string;
}

const FORMAT = 2;
const DEVICE_ID_BYTES = 16;
const CHECK_BYTES = 16;
const CODE_BYTES = 1 + SECRET_BYTES + DEVICE_ID_BYTES + SIGNATURE_BYTES + CHECK_BYTES;
/** The first format (secret and a four-byte hash), refused since it proved nothing. */
const FIRST_FORMAT_BYTES = SECRET_BYTES + 4;
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const INVITE_CUT_SHORT = 'This invite link is not complete. It may have been cut short when it was copied. Ask for the link again, or scan the QR code instead.';
export const INVITE_ALTERED = 'This invite link has been changed since it was made, so it cannot be used. Ask for the link again, or scan the QR code instead.';
export const INVITE_NOT_A_LINK = 'That is not a Common Ground invite link. An invite link has “#/join/” in it.';
export const INVITE_OLD_FORMAT =
  'This invite link was made by an older version of Common Ground, which could not show who made it, so it can no longer be used. Nothing was changed. Ask for a new link: the other facilitator can show one under “Work together”.';

/** What the inviting device signs. */
function signedData(projectId: string, fingerprint: string, inviterId: string): Uint8Array {
  return utf8(`common-ground/invite/v2\n${projectId}\n${fingerprint}\n${inviterId}`);
}

function checkedData(projectId: string, inviterId: Uint8Array, signature: Uint8Array): Uint8Array {
  return new Uint8Array([...utf8(`common-ground/invite/v2\n${projectId}\n`), ...inviterId, ...signature]);
}

/** The code after the project id, signed by this device. */
export async function inviteCode(projectId: string, secret: string, identity: DeviceIdentity): Promise<string> {
  const secretBytes = fromBase64Url(secret);
  const inviter = fromBase64Url(identity.id);
  if (!secretBytes || secretBytes.length !== SECRET_BYTES || !inviter || inviter.length !== DEVICE_ID_BYTES) throw new Error('bad secret or device id');
  const keys = await deriveProjectKeys(projectId, secret);
  const signature = await sign(identity.signing.privateKey, signedData(projectId, keys.fingerprint, identity.id));
  const check = (await macOf(keys, checkedData(projectId, inviter, signature))).subarray(0, CHECK_BYTES);
  return toBase64Url(new Uint8Array([FORMAT, ...secretBytes, ...inviter, ...signature, ...check]));
}

/** The link to send or show as a QR code. `appUrl` is where the app is served. */
export async function inviteLink(appUrl: string, projectId: string, secret: string, identity: DeviceIdentity): Promise<string> {
  const base = appUrl.replace(/#.*$/, '');
  return `${base}#/join/${projectId}/${await inviteCode(projectId, secret, identity)}`;
}

/** Reads the two parts after "#/join/". Never throws. Says nothing yet about who made the link. */
export async function parseInviteParts(projectId: string | undefined, code: string | undefined): Promise<Result<Invite>> {
  if (!projectId || !code) return fail(INVITE_CUT_SHORT);
  if (!PROJECT_ID.test(projectId)) return fail(INVITE_ALTERED);
  const bytes = fromBase64Url(code.trim());
  if (!bytes) return fail(INVITE_ALTERED);
  if (bytes.length === FIRST_FORMAT_BYTES) return fail(INVITE_OLD_FORMAT);
  if (bytes.length < CODE_BYTES) return fail(INVITE_CUT_SHORT);
  if (bytes.length > CODE_BYTES || bytes[0] !== FORMAT) return fail(INVITE_ALTERED);
  let at = 1;
  const take = (n: number) => bytes.subarray(at, (at += n));
  const secret = toBase64Url(take(SECRET_BYTES));
  const inviter = take(DEVICE_ID_BYTES);
  const signature = take(SIGNATURE_BYTES);
  const check = take(CHECK_BYTES);
  const keys = await deriveProjectKeys(projectId, secret);
  if (!(await macMatches(keys, checkedData(projectId, inviter, signature), check))) return fail(INVITE_ALTERED);
  return ok({ projectId, secret, inviterId: toBase64Url(inviter), signature: toBase64Url(signature) });
}

/** Reads a whole pasted link (or just its "#/join/…" part). */
export async function parseInviteLink(text: string): Promise<Result<Invite>> {
  const trimmed = text.trim();
  const at = trimmed.indexOf('#/join/');
  if (at < 0) return fail(trimmed.includes('#/join') ? INVITE_CUT_SHORT : INVITE_NOT_A_LINK);
  const parts = trimmed.slice(at + '#/join/'.length).split(/[/?]/);
  return parseInviteParts(parts[0] || undefined, parts[1] || undefined);
}

/** True when the link was signed with this signing key (a device's, as its project lists it). */
export async function invitedBy(invite: Invite, signingKey: string): Promise<boolean> {
  const keys = await deriveProjectKeys(invite.projectId, invite.secret);
  const signature = fromBase64Url(invite.signature);
  return !!signature && (await signatureValid(signingKey, signedData(invite.projectId, keys.fingerprint, invite.inviterId), signature));
}
