import { describe, expect, it } from 'vitest';
import { deriveProjectKeys, newSecret, openEntry, sealUpdate } from '../../../src/core/sync/crypto';
import { openDatabase } from '../../../src/core/db/database';
import { ensureThisDevice, type DeviceIdentity } from '../../../src/core/sync/device-identity';
import { fromBase64Url, toBase64Url } from '../../../src/core/sync/encoding';
import { INVITE_ALTERED, INVITE_CUT_SHORT, INVITE_NOT_A_LINK, INVITE_OLD_FORMAT, invitedBy, inviteLink, parseInviteLink, parseInviteParts } from '../../../src/core/sync/invite';
import { isRoomName, isWellFormedToken } from '../../../src/core/sync/protocol';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('keys made from a project’s secret', () => {
  it('gives every device with the secret the same token, envelope name and key', async () => {
    const secret = newSecret();
    const a = await deriveProjectKeys('p1', secret);
    const b = await deriveProjectKeys('p1', secret);
    expect(a.token).toBe(b.token);
    expect(a.room).toBe(b.room);
    expect(isWellFormedToken(a.token)).toBe(true);
    expect(isRoomName(a.room)).toBe(true);
    const sealed = await sealUpdate(a, bytes(1, 2, 3));
    expect(await openEntry(b, sealed)).toEqual({ ok: true, value: bytes(1, 2, 3) });
  });

  it('gives a new secret a new envelope, and another project other keys', async () => {
    const secret = newSecret();
    const a = await deriveProjectKeys('p1', secret);
    const rotated = await deriveProjectKeys('p1', newSecret());
    const otherProject = await deriveProjectKeys('p2', secret);
    expect(rotated.room).not.toBe(a.room);
    expect(rotated.token).not.toBe(a.token);
    expect(otherProject.room).not.toBe(a.room);
    const sealed = await sealUpdate(a, bytes(1, 2, 3));
    expect((await openEntry(rotated, sealed)).ok).toBe(false);
    expect((await openEntry(otherProject, sealed)).ok).toBe(false);
  });

  it('uses a fresh IV for every entry, and refuses an entry with one byte changed', async () => {
    const keys = await deriveProjectKeys('p1', newSecret());
    const one = await sealUpdate(keys, bytes(9, 9, 9));
    const two = await sealUpdate(keys, bytes(9, 9, 9));
    expect(one.subarray(1, 13)).not.toEqual(two.subarray(1, 13));
    for (const at of [0, 5, one.length - 1]) {
      const changed = one.slice();
      changed[at]! ^= 1;
      const result = await openEntry(keys, changed);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/could not be read/);
    }
    expect((await openEntry(keys, 'not bytes')).ok).toBe(false);
    expect((await openEntry(keys, bytes(1))).ok).toBe(false);
  });

  it('refuses a secret that is not 32 bytes', async () => {
    await expect(deriveProjectKeys('p1', 'short')).rejects.toThrow(/32 bytes/);
  });
});

async function deviceNamed(name: string): Promise<DeviceIdentity> {
  const made = await ensureThisDevice(openDatabase(`invite-test-${name}-${Math.random()}`), name);
  if (!made.ok) throw new Error(made.message);
  return made.value;
}

describe('invite links', () => {
  it('carry the project, its secret and the inviting device in the #fragment only, signed by that device', async () => {
    const sam = await deviceNamed('Sam’s tablet');
    const projectId = 'p0h1q1c0e120e0k0a1613';
    const secret = newSecret();
    const link = await inviteLink('https://groups.example.org/app/?x=1#/p/abc', projectId, secret, sam);
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).toBe('https://groups.example.org/app/?x=1');
    expect(url.hash.startsWith(`#/join/${projectId}/`)).toBe(true);
    const parsed = await parseInviteLink(link);
    expect(parsed.ok && parsed.value).toMatchObject({ projectId, secret, inviterId: sam.id });
    const [, , id, code] = url.hash.split('/');
    expect(await parseInviteParts(id, code)).toEqual(parsed);
    if (!parsed.ok) return;
    expect(await invitedBy(parsed.value, sam.signingKey)).toBe(true);
    const other = await deviceNamed('Other');
    expect(await invitedBy(parsed.value, other.signingKey)).toBe(false);
    expect(await invitedBy({ ...parsed.value, inviterId: other.id }, sam.signingKey)).toBe(false);
    expect(await invitedBy({ ...parsed.value, secret: newSecret() }, sam.signingKey)).toBe(false);
  });

  it('says plainly when a link was cut short', async () => {
    const link = await inviteLink('https://x.example/', 'p1', newSecret(), await deviceNamed('A'));
    for (const cut of [link.slice(0, -1), link.slice(0, -10), link.slice(0, -100), link.slice(0, link.lastIndexOf('/') + 1), link.slice(0, link.indexOf('#/join') + 7)]) {
      expect(await parseInviteLink(cut)).toEqual({ ok: false, message: INVITE_CUT_SHORT });
    }
  });

  it('refuses a link changed in any one character, of the project or of the code', async () => {
    const link = await inviteLink('https://x.example/', 'p1', newSecret(), await deviceNamed('A'));
    const codeAt = link.lastIndexOf('/') + 1;
    const positions = [link.indexOf('/join/p1/') + 6, ...Array.from({ length: link.length - codeAt }, (_, i) => codeAt + i)];
    for (const at of positions) {
      const swapped = link[at] === 'A' ? 'B' : 'A';
      const altered = link.slice(0, at) + swapped + link.slice(at + 1);
      const result = await parseInviteLink(altered);
      expect(result.ok, `changed at ${at}`).toBe(false);
    }
    for (const altered of [link.replace('/join/p1/', '/join/p2/'), `${link}AAAA`, link.replace(/\/[^/]+$/, '/%%%')]) {
      expect(await parseInviteLink(altered)).toEqual({ ok: false, message: INVITE_ALTERED });
    }
  });

  it('refuses a link whose check was computed without the secret’s key (a plain hash)', async () => {
    const sam = await deviceNamed('Sam');
    const link = await inviteLink('https://x.example/', 'p1', newSecret(), sam);
    const code = fromBase64Url(link.slice(link.lastIndexOf('/') + 1))!;
    const body = code.subarray(0, code.length - 16);
    const plain = new Uint8Array(await crypto.subtle.digest('SHA-256', body as BufferSource)).subarray(0, 16);
    const forged = link.slice(0, link.lastIndexOf('/') + 1) + toBase64Url(new Uint8Array([...body, ...plain]));
    expect(await parseInviteLink(forged)).toEqual({ ok: false, message: INVITE_ALTERED });
  });

  it('refuses links in the first format, which proved nothing about who made them', async () => {
    const secret = fromBase64Url(newSecret())!;
    const check = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array([...new TextEncoder().encode('common-ground/invite/v1:p1:'), ...secret]))).subarray(0, 4);
    const old = `https://x.example/#/join/p1/${toBase64Url(new Uint8Array([...secret, ...check]))}`;
    expect(await parseInviteLink(old)).toEqual({ ok: false, message: INVITE_OLD_FORMAT });
  });

  it('says when pasted text is not an invite at all', async () => {
    for (const text of ['', 'hello', 'https://x.example/#/p/p1', '👋🏽 مرحبا']) expect(await parseInviteLink(text)).toEqual({ ok: false, message: INVITE_NOT_A_LINK });
    expect(await parseInviteParts(undefined, undefined)).toEqual({ ok: false, message: INVITE_CUT_SHORT });
    expect(await parseInviteParts('p1', 'x'.repeat(5000))).toEqual({ ok: false, message: INVITE_ALTERED });
  });
});
