import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENVELOPE_ENTRIES } from '../../src/core/sync/protocol';
import { nodeDevice } from '../unit/sync/server-harness';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, smallTouchTargets, TABLET, twoDevices } from './browser';

/*
 * Played as the people of THREATS.md: an outsider who knows a project id (it is in every
 * invite link) and makes a link with a secret of their own, in the old format and in the
 * new one, signed by a device of their own. The outsider writes their own links here with
 * raw WebCrypto, as an attacker would, not with the app's code.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SLOW = { timeout: 30_000 };
const upToDate = (page: Page) => page.locator('.sync-status').filter({ hasText: 'Up to date' }).waitFor(SLOW);
const wsUrl = () => baseUrl().replace(/^http/, 'ws') + '/sync';
const enc = new TextEncoder();
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

async function createProject(page: Page, name: string) {
  await page.getByLabel('Project name').fill(name);
  await page.getByLabel('What is it for, in one line?').fill('Working together');
  await page.getByRole('button', { name: 'Start project' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function renameOnProjectsList(page: Page, current: string, name: string) {
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('button', { name: `Rename ${current}` }).click();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Save' }) });
  await item.getByLabel('Project name').fill(name);
  await item.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Save' }).waitFor({ state: 'detached' });
}

async function hkdf(secret: Uint8Array<ArrayBuffer>, info: string, bits: number): Promise<Uint8Array<ArrayBuffer>> {
  const material = await crypto.subtle.importKey('raw', secret as BufferSource, 'HKDF', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: enc.encode('common-ground/sync/v1'), info: enc.encode(info) }, material, bits));
}

/** The first format: the secret and four bytes of a plain SHA-256, which anyone can compute. */
async function forgeOldLink(projectId: string, secret: Uint8Array<ArrayBuffer>): Promise<string> {
  const check = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array([...enc.encode(`common-ground/invite/v1:${projectId}:`), ...secret]))).subarray(0, 4);
  return `${baseUrl()}/#/join/${projectId}/${b64url(new Uint8Array([...secret, ...check]))}`;
}

/**
 * The signed format, made correctly but signed on the outsider's own device: one no project
 * knows, or (altering a real link) the id of the project's device that made it.
 */
async function forgeSignedLink(projectId: string, secret: Uint8Array<ArrayBuffer>, deviceId: Uint8Array = crypto.getRandomValues(new Uint8Array(16))): Promise<string> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const fingerprint = b64url(await hkdf(secret, `fingerprint:${projectId}`, 128));
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, enc.encode(`common-ground/invite/v2\n${projectId}\n${fingerprint}\n${b64url(deviceId)}`)));
  const macKey = await crypto.subtle.importKey('raw', await hkdf(secret, `invite-mac:${projectId}`, 256), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', macKey, new Uint8Array([...enc.encode(`common-ground/invite/v2\n${projectId}\n`), ...deviceId, ...signature]))).subarray(0, 16);
  return `${baseUrl()}/#/join/${projectId}/${b64url(new Uint8Array([2, ...secret, ...deviceId, ...signature, ...mac]))}`;
}

describe('an outsider with a project id', () => {
  it('cannot move a facilitator’s device to their own room with a link of their own', async () => {
    const { a, b, pageA, pageB } = await twoDevices(browser);

    await createProject(pageA, 'Millbrook Carers');
    const projectUrl = pageA.url();
    const projectId = projectUrl.split('/p/')[1]!.split('/')[0]!;
    await pageA.getByRole('link', { name: 'Work together' }).click();
    await pageA.getByRole('button', { name: 'Share this project' }).click();
    await upToDate(pageA);
    await pageA.getByRole('button', { name: 'Show the invite' }).click();
    const link = await pageA.getByRole('textbox', { name: 'Invite link' }).inputValue();
    await pageB.goto(link);
    await pageB.getByRole('button', { name: 'Join the project' }).click();
    await pageB.getByRole('heading', { level: 1, name: 'Millbrook Carers' }).waitFor(SLOW);
    await upToDate(pageB);

    // The outsider opens a room of their own first, ready to receive whatever comes.
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const outsider = await nodeDevice(wsUrl(), projectId, b64url(secret));
    try {
      expect(await outsider.sync.whenLive(20_000)).toBe(true);
      const entries = outsider.sync.envelope.getArray(ENVELOPE_ENTRIES);

      await pageB.goto(await forgeOldLink(projectId, secret));
      await pageB.getByRole('alert').filter({ hasText: 'older version of Common Ground' }).waitFor();
      await pageB.getByText('Nothing was changed.').first().waitFor();

      // A genuine link altered: the outsider keeps the id of the device that made it, puts in their own key, and signs and seals it again.
      const madeBy = Buffer.from(link.split('/').at(-1)!, 'base64url').subarray(33, 49);
      for (const forged of [await forgeSignedLink(projectId, secret), await forgeSignedLink(projectId, secret, new Uint8Array(madeBy))]) {
        await pageB.goto(forged);
        await pageB.getByRole('alert').filter({ hasText: 'This link is not from your project’s team. Nothing was changed.' }).waitFor();
        expect(await seriousA11yViolations(pageB)).toEqual([]);
        expect(await pageB.getByRole('button', { name: /Use this/ }).count()).toBe(0);
      }

      // B still works with its real team: a change made on B reaches A.
      await renameOnProjectsList(pageB, 'Millbrook Carers', 'Millbrook Carers Group');
      await pageA.goto(projectUrl);
      await pageA.getByRole('heading', { level: 1, name: 'Millbrook Carers Group' }).waitFor(SLOW);
      await pageB.goto(`${projectUrl}/share`);
      await upToDate(pageB);

      // Nothing ever reached the outsider's room.
      expect(entries.length).toBe(0);
      expect(outsider.sync.state.phase).toBe('live');
    } finally {
      outsider.destroy();
      await a.context.close();
      await b.context.close();
    }
  }, 180_000);
});

describe('resetting sharing', () => {
  it('moves the devices the team keeps without a new link, and tells a device left out, which a link from the team (named before anything changes) brings back', async () => {
    const a = await newTrackedContext(browser, TABLET);
    const b = await newTrackedContext(browser, PHONE);
    const c = await newTrackedContext(browser, TABLET);
    const [pageA, pageB, pageC] = await Promise.all([a, b, c].map((t) => t.context.newPage()));
    for (const page of [pageA!, pageB!, pageC!]) await page.goto(baseUrl());

    await createProject(pageA!, 'Brookside Forum');
    const projectUrl = pageA!.url();
    await pageA!.getByRole('link', { name: 'Work together' }).click();
    await pageA!.getByLabel('Name of this device').fill('Asha’s tablet');
    await pageA!.getByRole('button', { name: 'Share this project' }).click();
    await upToDate(pageA!);
    await pageA!.getByRole('button', { name: 'Show the invite' }).click();
    const link = await pageA!.getByRole('textbox', { name: 'Invite link' }).inputValue();
    for (const [page, name] of [[pageB!, 'Ben’s phone'], [pageC!, 'Cal’s tablet']] as const) {
      await page.goto(link);
      // Before anything is stored, the screen names the project and the device that made the link.
      await page.getByRole('heading', { name: 'Join “Brookside Forum”?' }).waitFor(SLOW);
      await page.getByText('This link was made on “Asha’s tablet”, one of the project’s devices.').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(await smallTouchTargets(page)).toEqual([]);
      await page.getByLabel('Name of this device').fill(name);
      await page.getByRole('button', { name: 'Join the project' }).click();
      await page.getByRole('heading', { level: 1, name: 'Brookside Forum' }).waitFor(SLOW);
      await page.goto(`${projectUrl}/share`);
      await upToDate(page);
    }

    // A sees every device by name, and keeps Ben's phone but not Cal's tablet.
    await pageA!.reload();
    const devices = pageA!.getByRole('list', { name: 'Devices that share this project' });
    for (const name of ['Asha’s tablet (this device)', 'Ben’s phone', 'Cal’s tablet']) await devices.getByText(name).waitFor(SLOW);
    // By keyboard: open the choices, untick Cal's tablet, reset, and confirm in the dialog that says what will happen.
    await pageA!.getByRole('button', { name: 'Reset sharing…' }).focus();
    await pageA!.keyboard.press('Enter');
    const choices = pageA!.getByRole('group', { name: 'Which devices keep the project?' });
    await choices.getByRole('checkbox', { name: 'Cal’s tablet' }).focus();
    await pageA!.keyboard.press('Space');
    expect(await choices.getByRole('checkbox', { name: 'Cal’s tablet' }).isChecked()).toBe(false);
    expect(await choices.getByRole('checkbox', { name: 'Ben’s phone' }).isChecked()).toBe(true);
    expect(await seriousA11yViolations(pageA!)).toEqual([]);
    expect(await smallTouchTargets(pageA!)).toEqual([]);
    await pageA!.keyboard.press('Tab');
    expect(await pageA!.evaluate(() => document.activeElement?.textContent)).toBe('Reset sharing');
    await pageA!.keyboard.press('Enter');
    const dialog = pageA!.getByRole('dialog');
    await dialog.getByText('This device and “Ben’s phone” keep the project, and move over to the new sharing by themselves.').waitFor();
    await dialog.getByText('“Cal’s tablet” will no longer get changes, and links made on it will not work.').waitFor();
    expect(await seriousA11yViolations(pageA!)).toEqual([]);
    for (let i = 0; i < 5 && (await pageA!.evaluate(() => document.activeElement?.textContent)) !== 'Reset sharing'; i++) await pageA!.keyboard.press('Tab');
    expect(await pageA!.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await pageA!.keyboard.press('Enter');
    await pageA!.getByText('Sharing was reset. The devices you kept').waitFor(SLOW);
    await upToDate(pageA!);

    // Ben's phone follows by itself: a change made on A after the reset reaches it.
    await renameOnProjectsList(pageA!, 'Brookside Forum', 'Brookside Forum 2');
    await pageB!.goto(projectUrl);
    await pageB!.getByRole('heading', { level: 1, name: 'Brookside Forum 2' }).waitFor(SLOW);
    await pageB!.goto(`${projectUrl}/share`);
    await upToDate(pageB!);

    // Cal's tablet is told, and gets nothing new.
    await pageC!.goto(`${projectUrl}/share`);
    await pageC!.getByRole('heading', { name: 'This device was left out' }).waitFor(SLOW);
    await pageC!.getByText(/“Asha’s tablet” reset sharing (today|yesterday) at \d\d:\d\d, and this device was not kept/).waitFor();
    expect(await seriousA11yViolations(pageC!)).toEqual([]);
    await pageC!.goto(projectUrl);
    await pageC!.getByRole('heading', { level: 1, name: 'Brookside Forum' }).waitFor();

    // Cal, a former collaborator, still holds the link Asha made before the reset: it leads no device back to the old sharing.
    await pageB!.goto(link);
    await pageB!.getByRole('alert').filter({ hasText: 'This link belongs to sharing that was reset since it was made' }).waitFor();
    expect(await pageB!.getByRole('button', { name: /Use this/ }).count()).toBe(0);
    expect(await seriousA11yViolations(pageB!)).toEqual([]);
    expect(await smallTouchTargets(pageB!)).toEqual([]);
    const d = await newTrackedContext(browser, PHONE);
    const pageD = await d.context.newPage();
    await pageD.goto(link);
    await pageD.getByRole('heading', { name: 'The project could not be joined' }).waitFor(SLOW);
    await pageD.getByText('Nothing was added to this device.').waitFor();
    await pageD.goto(`${baseUrl()}/#/`);
    await pageD.getByText('No projects yet').waitFor();
    await d.context.close();
    await pageB!.goto(`${projectUrl}/share`);
    await upToDate(pageB!);

    // A link from Ben's phone brings it back, naming Ben's phone before anything changes.
    expect(await seriousA11yViolations(pageB!)).toEqual([]);
    expect(await smallTouchTargets(pageB!)).toEqual([]);
    await pageB!.getByRole('button', { name: 'Show the invite' }).click();
    const linkFromB = await pageB!.getByRole('textbox', { name: 'Invite link' }).inputValue();
    await pageC!.goto(linkFromB);
    await pageC!.getByRole('heading', { name: '“Brookside Forum” is already on this device' }).waitFor();
    await pageC!.getByText('This link was made on “Ben’s phone”, one of this project’s devices.').waitFor();
    expect(await seriousA11yViolations(pageC!)).toEqual([]);
    expect(await smallTouchTargets(pageC!)).toEqual([]);
    await pageC!.getByRole('button', { name: 'Use this link' }).click();
    await pageC!.getByRole('heading', { level: 1, name: 'Brookside Forum 2' }).waitFor(SLOW);
    await pageC!.goto(`${projectUrl}/share`);
    await upToDate(pageC!);

    for (const t of [a, b, c]) await t.context.close();
  }, 240_000);
});
