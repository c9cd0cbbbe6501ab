import { describe, expect, it } from 'vitest';
import { deriveProjectKeys, newSecret, openEntry, sealUpdate } from '../../../src/core/sync/crypto';
import { INVITE_ALTERED, INVITE_CUT_SHORT, INVITE_NOT_A_LINK, inviteLink, parseInviteLink, parseInviteParts } from '../../../src/core/sync/invite';
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

describe('invite links', () => {
  it('carry the project and its secret in the #fragment only', async () => {
    const invite = { projectId: 'p0h1q1c0e120e0k0a1613', secret: newSecret() };
    const link = await inviteLink('https://groups.example.org/app/?x=1#/p/abc', invite);
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).toBe('https://groups.example.org/app/?x=1');
    expect(url.hash.startsWith(`#/join/${invite.projectId}/`)).toBe(true);
    expect(await parseInviteLink(link)).toEqual({ ok: true, value: invite });
    const [, , projectId, code] = url.hash.split('/');
    expect(await parseInviteParts(projectId, code)).toEqual({ ok: true, value: invite });
  });

  it('says plainly when a link was cut short', async () => {
    const link = await inviteLink('https://x.example/', { projectId: 'p1', secret: newSecret() });
    for (const cut of [link.slice(0, -1), link.slice(0, -10), link.slice(0, link.lastIndexOf('/') + 1), link.slice(0, link.indexOf('#/join') + 7)]) {
      expect(await parseInviteLink(cut)).toEqual({ ok: false, message: INVITE_CUT_SHORT });
    }
  });

  it('says plainly when a link was changed, in the secret or the project', async () => {
    const link = await inviteLink('https://x.example/', { projectId: 'p1', secret: newSecret() });
    const swapLast = link.slice(0, -1) + (link.endsWith('A') ? 'B' : 'A');
    const otherProject = link.replace('/join/p1/', '/join/p2/');
    const extra = `${link}AAAA`;
    for (const altered of [swapLast, otherProject, extra, link.replace(/\/[^/]+$/, '/%%%')]) {
      expect(await parseInviteLink(altered)).toEqual({ ok: false, message: INVITE_ALTERED });
    }
  });

  it('says when pasted text is not an invite at all', async () => {
    for (const text of ['', 'hello', 'https://x.example/#/p/p1', '👋🏽 مرحبا']) expect(await parseInviteLink(text)).toEqual({ ok: false, message: INVITE_NOT_A_LINK });
    expect(await parseInviteParts(undefined, undefined)).toEqual({ ok: false, message: INVITE_CUT_SHORT });
    expect(await parseInviteParts('p1', 'x'.repeat(5000))).toEqual({ ok: false, message: INVITE_ALTERED });
  });
});
