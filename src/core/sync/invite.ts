import { fail, ok, type Result } from '../result';
import { SECRET_BYTES } from './crypto';
import { fromBase64Url, sameBytes, toBase64Url, utf8 } from './encoding';

/**
 * An invite is a link whose #fragment carries the project id and the project's secret,
 * plus a short check so a link that was cut short or changed is caught on the device,
 * before anything is created: `https://host/#/join/<projectId>/<code>`.
 */
export interface Invite {
  projectId: string;
  secret: string;
}

const CHECK_BYTES = 4;
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const INVITE_CUT_SHORT = 'This invite link is not complete. It may have been cut short when it was copied. Ask for the link again, or scan the QR code instead.';
export const INVITE_ALTERED = 'This invite link has been changed since it was made, so it cannot be used. Ask for the link again, or scan the QR code instead.';
export const INVITE_NOT_A_LINK = 'That is not a Common Ground invite link. An invite link has “#/join/” in it.';

async function checkFor(projectId: string, secret: Uint8Array): Promise<Uint8Array> {
  const data = new Uint8Array([...utf8(`common-ground/invite/v1:${projectId}:`), ...secret]);
  const digest = await crypto.subtle.digest('SHA-256', data as BufferSource);
  return new Uint8Array(digest).subarray(0, CHECK_BYTES);
}

export async function inviteCode(invite: Invite): Promise<string> {
  const secret = fromBase64Url(invite.secret);
  if (!secret || secret.length !== SECRET_BYTES) throw new Error('bad secret');
  const check = await checkFor(invite.projectId, secret);
  return toBase64Url(new Uint8Array([...secret, ...check]));
}

/** The link to send or show as a QR code. `appUrl` is where the app is served. */
export async function inviteLink(appUrl: string, invite: Invite): Promise<string> {
  const base = appUrl.replace(/#.*$/, '');
  return `${base}#/join/${invite.projectId}/${await inviteCode(invite)}`;
}

/** Reads the two parts after "#/join/". Never throws. */
export async function parseInviteParts(projectId: string | undefined, code: string | undefined): Promise<Result<Invite>> {
  if (!projectId || !code) return fail(INVITE_CUT_SHORT);
  if (!PROJECT_ID.test(projectId)) return fail(INVITE_ALTERED);
  const bytes = fromBase64Url(code.trim());
  if (!bytes) return fail(INVITE_ALTERED);
  if (bytes.length < SECRET_BYTES + CHECK_BYTES) return fail(INVITE_CUT_SHORT);
  if (bytes.length > SECRET_BYTES + CHECK_BYTES) return fail(INVITE_ALTERED);
  const secret = bytes.subarray(0, SECRET_BYTES);
  const expected = await checkFor(projectId, secret);
  if (!sameBytes(expected, bytes.subarray(SECRET_BYTES))) return fail(INVITE_ALTERED);
  return ok({ projectId, secret: toBase64Url(secret) });
}

/** Reads a whole pasted link (or just its "#/join/…" part). */
export async function parseInviteLink(text: string): Promise<Result<Invite>> {
  const trimmed = text.trim();
  const at = trimmed.indexOf('#/join/');
  if (at < 0) return fail(trimmed.includes('#/join') ? INVITE_CUT_SHORT : INVITE_NOT_A_LINK);
  const parts = trimmed.slice(at + '#/join/'.length).split(/[/?]/);
  return parseInviteParts(parts[0] || undefined, parts[1] || undefined);
}
