import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, smallTouchTargets, TABLET, waitForOfflineReady } from './browser';
import { exampleWithTodaysMeeting } from './meetings-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What the printed page says: the page laid out for print, read as text, and the same page made into an A4 PDF. */
async function printed(page: Page): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  const text = await page.evaluate(() => document.body.innerText);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  return { text, pages: (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length };
}

describe('the meeting reaches everyone', () => {
  it('prints the agenda and notes, opens the mail hand-off, and checks arrangements, offline on a tablet', async () => {
    const { context, requests } = await newTrackedContext(browser, TABLET);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await exampleWithTodaysMeeting(page, 'Travelling meeting');
    const meetingUrl = page.url();

    // Before: an agenda item, then the arrangements checklist and the sending groups.
    await page.getByLabel('What is it about?').fill('Respite budget');
    await page.getByLabel('How many minutes').fill('20');
    await page.getByRole('button', { name: 'Add to agenda' }).click();
    await page.locator('li.agenda-item').getByText('Respite budget', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Arrangements' }).waitFor();
    const firstItem = page.locator('.arrangement-item').first();
    await firstItem.getByLabel('Who is doing it').fill('Priya');
    await firstItem.getByLabel('Who is doing it').press('Tab');
    await firstItem.getByRole('checkbox').check();
    await page.getByRole('heading', { name: 'Send papers and reminders' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.getByRole('heading', { name: 'Arrangements' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/before-arrangements-tablet.png' });

    const mailto = await page.getByTestId('mailto-together').getAttribute('href');
    const url = new URL(mailto!);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('bcc')!.split(',').length).toBeGreaterThan(1);
    expect(url.searchParams.get('subject')).toBe('Papers for Travelling meeting');
    expect(url.searchParams.get('body')).toContain('1. Respite budget');
    expect(await page.getByTestId('needs-another-way').count()).toBeLessThanOrEqual(1);
    await page.getByRole('heading', { name: 'Send papers and reminders' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/send-papers-tablet.png' });

    // The agenda in large print, to A4.
    await page.getByRole('link', { name: 'Print agenda' }).click();
    await page.getByRole('radio', { name: 'Large print' }).check();
    await page.locator('.meeting-paper.large-print').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/print-agenda-tablet.png' });
    const agenda = await printed(page);
    expect(agenda.text).toContain('Travelling meeting');
    expect(agenda.text).toContain('Respite budget');
    expect(agenda.text).not.toContain('Print or save as PDF');
    expect(agenda.pages).toBeGreaterThanOrEqual(1);

    // The notes: who came, a decision and how, an action with its owner, the closing words.
    await page.goto(`${meetingUrl}/register`);
    await page.locator('.register-row').first().getByRole('button', { name: 'Present' }).click();
    const cameName = (await page.locator('.register-row').first().locator('.register-name').innerText()).trim();
    await page.goto(`${meetingUrl}/during`);
    await page.getByLabel('What was decided?').fill('Meet at the library from September');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Meet at the library from September').first().waitFor();
    await page.getByLabel('What needs doing?').fill('Book the library room');
    await page.getByLabel('Who will do it?').selectOption({ index: 1 });
    const owner = (await page.getByLabel('Who will do it?').locator('option:checked').innerText()).trim();
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.getByRole('list', { name: 'Actions from this meeting' }).getByText('Book the library room').waitFor();
    await page.goto(`${meetingUrl}/closing`);
    await page.getByLabel('How did today go?').fill('Everyone had a say today.');
    await page.getByText('Saved on this device').first().waitFor();
    await page.getByRole('link', { name: 'Print notes' }).click();
    await page.locator('.meeting-paper').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    const notes = await printed(page);
    for (const words of [
      'Who came',
      cameName,
      'Meet at the library from September',
      'By consensus',
      'Book the library room',
      owner,
      'Everyone had a say today.',
    ]) {
      expect(notes.text).toContain(words);
    }
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a copy to attach to an email' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^travelling-meeting-\d{4}-\d{2}-\d{2}-notes\.html$/);

    // Open actions on the Meetings section, and their count on the dashboard.
    await page.goto(meetingUrl.replace(/\/m\/.*$/, ''));
    await page.getByRole('heading', { name: 'Open actions' }).waitFor();
    await page.getByRole('radio', { name: 'By person' }).check();
    await page.getByRole('heading', { level: 3, name: new RegExp(`^${owner} \\(\\d+\\)$`) }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('heading', { name: 'Open actions' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/open-actions-tablet.png' });
    await page.goto(meetingUrl.replace(/\/meetings\/.*$/, ''));
    await page.getByTestId('dashboard-open-actions').waitFor();
    expect(await page.getByTestId('dashboard-open-actions').innerText()).toMatch(/^\d+ open actions?$/);

    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('makes a pack whose meeting record holds the notes, decisions, actions and closing words, on a phone', async () => {
    const { context } = await newTrackedContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await exampleWithTodaysMeeting(page, 'Packed meeting');
    const meetingUrl = page.url();
    await page.screenshot({ path: '/tmp/before-phone.png', fullPage: false });
    await page.getByRole('heading', { name: 'Send papers and reminders' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/send-papers-phone.png' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);

    await page.goto(`${meetingUrl}/during`);
    await page.getByLabel('Meeting notes').fill('We went through the carers’ survey.');
    await page.getByLabel('What was decided?').fill('Run the survey again in spring');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByLabel('What needs doing?').fill('Print fifty surveys');
    await page.getByLabel('Who will do it?').selectOption({ index: 2 });
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.getByRole('list', { name: 'Actions from this meeting' }).getByText('Print fifty surveys').waitFor();
    await page.goto(`${meetingUrl}/closing`);
    await page.getByLabel('What could be better next time?').fill('More time for questions.');
    await page.getByText('Saved on this device').first().waitFor();

    await page.goto(meetingUrl.replace(/\/meetings\/.*$/, '/review/pack'));
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make the pack (.zip)' }).click()]);
    const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(await readFile((await zip.path())!)))).map(([n, b]) => [n, strFromU8(b)]));
    const report = files['report.html']!;
    for (const words of [
      'Meeting record',
      'We went through the carers’ survey.',
      'Run the survey again in spring (by consensus)',
      'Print fifty surveys',
      'More time for questions.',
    ]) {
      expect(report).toContain(words);
    }
    expect(files['actions.csv']).toContain('Print fifty surveys');
    await context.close();
  });
});
