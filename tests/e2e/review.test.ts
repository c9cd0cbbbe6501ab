import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, openExample, PHONE, seriousA11yViolations, smallTouchTargets, waitForOfflineReady } from './browser';

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

describe('review and share', () => {
  it('makes the project pack offline, for partners and funders, with nothing sensitive in it', async () => {
    const { context, requests } = await newTrackedContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await waitForOfflineReady(page);
    await openExample(page);
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Review and share' }).click();
    await page.getByRole('link', { name: 'Make a project pack' }).click();
    await page.getByLabel('For partners and funders').check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);

    const pack = await download(page, () => page.getByRole('button', { name: 'Make the pack (.zip)' }).click());
    await page.getByRole('heading', { name: 'Your pack is ready' }).waitFor();
    expect(pack.name).toMatch(/^better-days-carers-group-example-pack-for-partners-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(pack.bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.txt', 'attendance-by-meeting.csv', 'feedback-results.csv', 'report.html']));
    // Aggregates only: no file of each response for partners and funders.
    expect(Object.keys(files)).not.toContain('feedback-how-is-the-group-working.csv');
    expect(Object.keys(files)).not.toContain('attendance-by-person.csv');
    expect(Object.keys(files)).not.toContain('members.csv');
    expect([...files['attendance-by-meeting.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const everything = Object.values(files).map((f) => strFromU8(f)).join('\n');
    expect(everything).not.toMatch(/07700 9\d{5}/);
    expect(everything).not.toContain('@example.org');
    expect(strFromU8(files['report.html']!)).toContain('<svg');
    expect(strFromU8(files['README.txt']!)).toContain('attendance-by-meeting.csv');
    // This browser has no share sheet for files, so it offers none.
    expect(await page.getByRole('button', { name: 'Send or share…' }).count()).toBe(0);

    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('passes the pack to the system share sheet on a tablet that has one, with a tap', async () => {
    const { context } = await newTrackedContext(browser);
    // Chromium on Linux has no share sheet; a tablet's browser does. This stands in for it and
    // keeps what it was given, as the real one would hand it to Files or email.
    await context.addInitScript(() => {
      const shared: Array<{ name: string; size: number; type: string }> = [];
      Object.assign(window, { sharedFiles: shared });
      Object.defineProperty(navigator, 'canShare', { value: (data: ShareData) => (data.files?.length ?? 0) > 0 });
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          if (!navigator.userActivation.isActive) throw new DOMException('No tap', 'NotAllowedError');
          for (const f of data.files ?? []) shared.push({ name: f.name, size: f.size, type: f.type });
        },
      });
    });
    const page = await context.newPage();
    await openExample(page);
    await page.getByRole('link', { name: 'Review and share' }).click();
    await page.getByRole('link', { name: 'Make a project pack' }).click();
    await page.getByLabel('For partners and funders').check();
    const pack = await download(page, () => page.getByRole('button', { name: 'Make the pack (.zip)' }).click());
    await page.getByRole('button', { name: 'Send or share…' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { sharedFiles: unknown[] }).sharedFiles)).toEqual([{ name: pack.name, size: pack.bytes.length, type: 'application/zip' }]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await context.close();
  });

  it('prints the report to A4 pages with charts, and table rows that never split across pages', async () => {
    const { context } = await newTrackedContext(browser, { width: 794, height: 1123 });
    const page = await context.newPage();
    const project = await openExample(page);
    await page.goto(`${project}/review/report?audience=group`);
    await page.locator('.pack-report').waitFor({ timeout: 30_000 });
    expect(await page.locator('.pack-report svg').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.pack-report table tbody tr').count()).toBeGreaterThan(50);
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => ({
      row: getComputedStyle(document.querySelector('.pack-report tbody tr')!).breakInside,
      head: getComputedStyle(document.querySelector('.pack-report thead')!).display,
      chart: getComputedStyle(document.querySelector('.pack-report .chart')!).breakInside,
      toolbar: getComputedStyle(document.querySelector('.report-toolbar')!).display,
    }));
    expect(layout).toEqual({ row: 'avoid', head: 'table-header-group', chart: 'avoid', toolbar: 'none' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(3);
    await page.emulateMedia({ media: 'screen' });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The contents links move within the report instead of changing screen.
    await page.getByRole('link', { name: 'You said, we did' }).click();
    expect(page.url()).toContain('/review/report');
    await context.close();
  });

  it('restores a passphrase-protected backup in a fresh browser profile, and merges changes back by file', { timeout: 180_000 }, async () => {
    const first = await newTrackedContext(browser);
    const tabletA = await first.context.newPage();
    const projectA = await openExample(tabletA);
    await tabletA.goto(`${projectA}/review/backup`);
    await tabletA.getByLabel('Passphrase', { exact: true }).fill('kettle on the hob');
    await tabletA.getByLabel('Type the passphrase again').fill('kettle on the hob');
    expect(await seriousA11yViolations(tabletA)).toEqual([]);
    const backup = await download(tabletA, () => tabletA.getByRole('button', { name: 'Make a backup file' }).click());
    expect(backup.name).toMatch(/\.cgbackup$/);

    // A second device that has never seen the project.
    const second = await newTrackedContext(browser, PHONE);
    const tabletB = await second.context.newPage();
    await tabletB.goto(baseUrl());
    await tabletB.getByLabel('Choose a backup file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a backup') });
    await tabletB.getByText('This is not a Common Ground backup file.').waitFor();
    await tabletB.getByLabel('Choose a backup file').setInputFiles({ name: backup.name, mimeType: 'application/octet-stream', buffer: Buffer.from(backup.bytes) });
    await tabletB.getByLabel('Passphrase for this backup').fill('kettle on the stove');
    await tabletB.getByRole('button', { name: 'Open the backup' }).click();
    await tabletB.getByText('That passphrase does not open this backup.', { exact: false }).waitFor();
    await tabletB.getByLabel('Passphrase for this backup').fill('kettle on the hob');
    await tabletB.getByRole('button', { name: 'Open the backup' }).click();
    await tabletB.getByText('This project is not on this device yet.').waitFor({ timeout: 30_000 });
    expect(await seriousA11yViolations(tabletB)).toEqual([]);
    await tabletB.getByRole('button', { name: 'Restore the project' }).click();
    await tabletB.getByText('is now on this device').waitFor({ timeout: 30_000 });
    await tabletB.getByRole('link', { name: /^Open “Better Days/ }).click();
    await tabletB.getByRole('heading', { level: 1, name: /example/ }).waitFor();

    // Offline on device B: add to the log, then pass the change back to A by file.
    await tabletB.getByRole('link', { name: 'Review and share' }).click();
    await tabletB.getByRole('link', { name: 'Open the log' }).click();
    await tabletB.getByRole('button', { name: 'Add to the log' }).click();
    await tabletB.getByLabel('You said').fill('The kiosk questions are too small to read.');
    await tabletB.getByLabel('We did').fill('The kiosk now uses extra large text.');
    await tabletB.locator('form').getByRole('button', { name: 'Add to the log' }).click();
    await tabletB.getByText('The kiosk now uses extra large text.').waitFor();
    await tabletB.getByRole('link', { name: 'Review and share' }).last().click();
    await tabletB.getByRole('link', { name: 'Back up or bring in changes' }).click();
    await tabletB.getByLabel('Passphrase', { exact: true }).fill('kettle on the hob');
    await tabletB.getByLabel('Type the passphrase again').fill('kettle on the hob');
    const fromB = await download(tabletB, () => tabletB.getByRole('button', { name: 'Make a backup file' }).click());

    await tabletA.getByLabel('Choose a backup file of this project').setInputFiles({ name: fromB.name, mimeType: 'application/octet-stream', buffer: Buffer.from(fromB.bytes) });
    await tabletA.getByLabel('Passphrase for this backup').fill('kettle on the hob');
    await tabletA.getByRole('button', { name: 'Open the backup' }).click();
    await tabletA.getByText('adds 1 “you said, we did” entry', { exact: false }).waitFor({ timeout: 30_000 });
    await tabletA.getByRole('button', { name: 'Merge the changes in' }).click();
    await tabletA.getByText('The changes from the file are now in').waitFor({ timeout: 30_000 });
    await tabletA.goto(`${projectA}/review/you-said`);
    await tabletA.getByText('The kiosk now uses extra large text.').waitFor();
    await first.context.close();
    await second.context.close();
  });

  it('records a learning review in the group’s words, kept after a reload, on accessible screens', async () => {
    const { context } = await newTrackedContext(browser);
    const page = await context.newPage();
    const project = await openExample(page);
    await page.goto(`${project}/review`);
    await page.getByRole('button', { name: 'Start a learning review' }).click();
    await page.getByLabel('Name of the review').fill('End of the pilot');
    await page.getByLabel('The end of the project').check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start the review' }).click();
    await page.getByRole('heading', { name: 'End of the pilot' }).waitFor();
    await page.getByLabel('What have we learnt?').pressSequentially('Ask carers first. ');
    await page.getByLabel('What have we learnt?').pressSequentially('Then plan.');
    await page.getByLabel('A next step').fill('Share the review with the council');
    await page.getByRole('button', { name: 'Add next step' }).click();
    await page.getByText('Share the review with the council').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.getByText('Saved on this device').waitFor();
    await page.reload();
    await page.getByLabel('What have we learnt?').waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('What have we learnt?').inputValue()).toBe('Ask carers first. Then plan.');
    await page.getByText('Share the review with the council').waitFor();

    for (const screen of ['review', 'review/you-said', 'review/evidence']) {
      await page.goto(`${project}/${screen}`);
      await page.locator('.review-subpage, #learning-heading').first().waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    await context.close();
  });
});
