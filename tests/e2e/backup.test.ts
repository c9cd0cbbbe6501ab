import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, smallTouchTargets, TABLET } from './browser';
import { addMember, createProject, openMember } from './team-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync((await file.path())!)) };
}

const asFile = (f: { name: string; bytes: Uint8Array }) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) });
const PASSPHRASE = 'orange kettle under the stairs';

async function openBackupScreen(page: Page) {
  await page.getByRole('link', { name: 'Review and share' }).first().click();
  await page.getByRole('link', { name: 'Back up or bring in changes' }).click();
  await page.getByRole('heading', { name: 'Make a backup file' }).waitFor();
}

describe('backups of a real project (issue 12, item 1; issue 13, item 4)', () => {
  it('restores a project whose member gave consent on their page, in a fresh browser, with its passphrase; a removing merge asks first', { timeout: 300_000 }, async () => {
    // Tablet A: start a project, add one member, record their consent.
    const first = await newTrackedContext(browser, TABLET);
    const tabletA = await first.context.newPage();
    await tabletA.goto(baseUrl());
    await createProject(tabletA, 'Riverside Carers');
    const projectA = tabletA.url();
    await tabletA.getByRole('link', { name: 'Team', exact: true }).click();
    await addMember(tabletA, { name: 'Amira Ahmed', role: 'Carer or family' });
    await tabletA.getByRole('button', { name: 'Record consent: Named in the pack' }).click();
    await tabletA.getByRole('button', { name: 'They agree' }).click();
    await tabletA.getByText('Named in the pack: they agree. Saved.').waitFor();

    // Review → Backup: a passphrase is the default, and a short one is refused in words.
    await tabletA.goto(projectA);
    await openBackupScreen(tabletA);
    expect(await tabletA.getByRole('radio', { name: 'Lock it with a passphrase (recommended)' }).isChecked()).toBe(true);
    await tabletA.getByLabel('Passphrase', { exact: true }).fill('kettle');
    await tabletA.getByLabel('Type the passphrase again').fill('kettle');
    await tabletA.getByRole('button', { name: 'Make a backup file' }).click();
    await tabletA.getByText('Use a passphrase of at least 12 characters.', { exact: false }).waitFor();
    await tabletA.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await tabletA.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    expect(await seriousA11yViolations(tabletA)).toEqual([]);
    expect(await smallTouchTargets(tabletA)).toEqual([]);
    const backup = await download(tabletA, () => tabletA.getByRole('button', { name: 'Make a backup file' }).click());
    expect(backup.name).toMatch(/^riverside-carers-backup-\d{4}-\d{2}-\d{2}\.cgbackup$/);
    const inside = unzipSync(backup.bytes);
    expect(JSON.parse(strFromU8(inside['backup.json']!)).encryption).toMatchObject({ method: 'AES-GCM-256' });
    expect(strFromU8(inside['project.bin']!, true)).not.toContain('Amira');

    // A fresh browser profile: a wrong passphrase changes nothing; the right one restores.
    const second = await newTrackedContext(browser, PHONE);
    const tabletB = await second.context.newPage();
    await tabletB.goto(baseUrl());
    await tabletB.getByLabel('Choose a backup file').setInputFiles(asFile(backup));
    await tabletB.getByLabel('Passphrase for this backup').fill('orange kettle under the stair');
    await tabletB.getByRole('button', { name: 'Open the backup' }).click();
    await tabletB.getByText('That passphrase does not open this backup.', { exact: false }).waitFor({ timeout: 30_000 });
    expect(await tabletB.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith('cg-doc')).length)).toBe(0);
    await tabletB.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
    await tabletB.getByRole('button', { name: 'Open the backup' }).click();
    await tabletB.getByText('This project is not on this device yet.').waitFor({ timeout: 30_000 });
    await tabletB.getByText('It opened with its passphrase, so it is exactly as it was made.').waitFor();
    expect(await seriousA11yViolations(tabletB)).toEqual([]);
    await tabletB.getByRole('button', { name: 'Restore the project' }).click();
    await tabletB.getByText('“Riverside Carers” is now on this device.').waitFor({ timeout: 30_000 });
    await tabletB.getByRole('link', { name: 'Open “Riverside Carers”' }).click();
    await tabletB.getByRole('heading', { level: 1, name: 'Riverside Carers' }).waitFor();
    const projectB = tabletB.url();
    await tabletB.getByRole('link', { name: 'Team', exact: true }).click();
    await openMember(tabletB, 'Amira Ahmed');
    await tabletB.getByTestId('consent-namedInPack').getByText(/^Yes, since/).waitFor();

    // Device B erases the member and passes that back by a file without a passphrase.
    await tabletB.getByRole('button', { name: 'Erase Amira Ahmed' }).click();
    await tabletB.getByRole('dialog').getByRole('button', { name: 'Erase for good' }).click();
    await tabletB.getByText('The member has been erased from this project.').waitFor();
    await tabletB.goto(projectB);
    await openBackupScreen(tabletB);
    await tabletB.getByRole('radio', { name: 'No passphrase' }).check();
    await tabletB.getByText('Anyone who gets this file can read it').waitFor();
    await tabletB.getByRole('button', { name: 'Make a backup file' }).click();
    await tabletB.getByText('Tick the box to say you understand', { exact: false }).waitFor();
    await tabletB.getByRole('checkbox', { name: 'I understand that anyone with this file can read everyone’s details' }).check();
    expect(await seriousA11yViolations(tabletB)).toEqual([]);
    expect(await smallTouchTargets(tabletB)).toEqual([]);
    const fromB = await download(tabletB, () => tabletB.getByRole('button', { name: 'Make a backup file' }).click());
    expect(JSON.parse(strFromU8(unzipSync(fromB.bytes)['backup.json']!)).authentication).toHaveLength(1);

    // Tablet A sees what the merge would do, and is asked before the member is removed.
    await tabletA.getByLabel('Choose a backup file of this project').setInputFiles(asFile(fromB));
    await tabletA.getByText('this device cannot confirm who made it', { exact: false }).waitFor({ timeout: 30_000 });
    await tabletA.getByText(/Merging the file adds 1 erasure, changes nothing and removes 1 member/).waitFor();
    await tabletA.getByText('This file removes 1 member from this project.', { exact: false }).waitFor();
    expect(await seriousA11yViolations(tabletA)).toEqual([]);
    expect(await smallTouchTargets(tabletA)).toEqual([]);
    await tabletA.getByText('See each change (2)').click();
    await tabletA.getByText('Member “Amira Ahmed”: erased on another device.').waitFor();
    await tabletA.getByText('An erasure: new.').waitFor();
    await tabletA.getByRole('button', { name: 'Merge, with the removals' }).click();
    await tabletA.getByText('Tick the box to say the removals may go ahead, or cancel.').waitFor();
    expect(await tabletA.evaluate(() => document.body.innerText.includes('The changes from the file are now in'))).toBe(false);
    await tabletA.getByRole('checkbox', { name: 'Yes, remove them' }).check();
    await tabletA.getByRole('button', { name: 'Merge, with the removals' }).click();
    await tabletA.getByText('The changes from the file are now in “Riverside Carers”.').waitFor({ timeout: 30_000 });
    await tabletA.goto(projectA);
    await tabletA.getByRole('link', { name: 'Team', exact: true }).click();
    await tabletA.getByText('No members yet').waitFor();

    // The same file again: nothing new, and it says so before anything is written.
    await tabletA.goto(projectA);
    await openBackupScreen(tabletA);
    await tabletA.getByLabel('Choose a backup file of this project').setInputFiles(asFile(fromB));
    await tabletA.getByText('it already has everything in the file', { exact: false }).waitFor({ timeout: 30_000 });
    await first.context.close();
    await second.context.close();
  });
});

describe('a backup opened from the device’s files (issue 20, file handling)', () => {
  it('waits on the projects screen, goes through the same checks, and a bad file changes nothing', { timeout: 240_000 }, async () => {
    const first = await newTrackedContext(browser, TABLET);
    const tabletA = await first.context.newPage();
    await tabletA.goto(baseUrl());
    await createProject(tabletA, 'Hillside Allotment');
    await openBackupScreen(tabletA);
    await tabletA.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await tabletA.getByLabel('Type the passphrase again').fill(PASSPHRASE);
    const backup = await download(tabletA, () => tabletA.getByRole('button', { name: 'Make a backup file' }).click());

    // The browser's launch queue, as an installed app on a tablet gets it from the Files app.
    const second = await newTrackedContext(browser, PHONE);
    const tabletB = await second.context.newPage();
    await tabletB.addInitScript(() => {
      const w = window as unknown as { openWithFile: unknown };
      let consumer: ((params: unknown) => void) | null = null;
      // Chromium has a launch queue of its own, filled only for an installed app: replace it.
      Object.defineProperty(window, 'launchQueue', { value: { setConsumer: (fn: (params: unknown) => void) => (consumer = fn) } });
      w.openWithFile = (name: string, bytes: number[]) =>
        consumer?.({ files: [{ getFile: async () => new File([new Uint8Array(bytes)], name) }] });
    });
    const openWith = (name: string, bytes: Uint8Array) =>
      tabletB.evaluate(([n, b]) => (window as unknown as { openWithFile: (n: string, b: number[]) => void }).openWithFile(n, b), [name, Array.from(bytes)] as const);
    await tabletB.goto(`${baseUrl()}#/settings`);
    await tabletB.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();

    await openWith('notes.cgbackup', new TextEncoder().encode('not a backup'));
    await tabletB.getByText('This is not a Common Ground backup file.').waitFor();
    expect(new URL(tabletB.url()).hash).toBe('#/');
    expect(await tabletB.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith('cg-doc')).length)).toBe(0);

    await openWith(backup.name, backup.bytes);
    await tabletB.getByText(`Opened from your files: ${backup.name}`).waitFor();
    await tabletB.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
    await tabletB.getByRole('button', { name: 'Open the backup' }).click();
    await tabletB.getByText('This project is not on this device yet.').waitFor({ timeout: 30_000 });
    expect(await seriousA11yViolations(tabletB)).toEqual([]);
    await tabletB.getByRole('button', { name: 'Restore the project' }).click();
    await tabletB.getByText('“Hillside Allotment” is now on this device.').waitFor({ timeout: 30_000 });
    await first.context.close();
    await second.context.close();
  });
});
