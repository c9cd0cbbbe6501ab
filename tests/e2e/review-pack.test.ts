import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, openExample, PHONE, seriousA11yViolations, smallTouchTargets, waitForOfflineReady } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


describe('the project pack holds what the other parts record', () => {
  it('exports, offline, a pack with the calendar, the contributions file and a report with the plan, terms of reference, decisions and credits', async () => {
    const { context, requests } = await newTrackedContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await waitForOfflineReady(page);
    const project = await openExample(page);
    await context.setOffline(true);

    await page.goto(`${project}/review/pack`);
    await page.getByRole('heading', { name: 'Project pack' }).waitFor();
    await page.getByLabel('Include payments to named people').check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make the pack (.zip)' }).click()]);
    await page.getByRole('heading', { name: 'Your pack is ready' }).waitFor({ timeout: 30_000 });
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(['report.html', 'README.txt', 'better-days-carers-group-example-meetings.ics', 'contributions.csv', 'attendance-by-person.csv']));

    const ics = strFromU8(files['better-days-carers-group-example-meetings.ics']!);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(52);
    expect(ics).toContain('TZID=Europe/London');
    const contributions = strFromU8(files['contributions.csv']!).split('\r\n');
    expect(contributions[0]).toMatch(/Date,Kind,Details,Amount \(£\),Hours,What it was for,Person$/);
    expect(contributions.length).toBeGreaterThan(50);

    const report = strFromU8(files['report.html']!);
    for (const part of ['purpose', 'plan', 'terms', 'ground-rules', 'meetings', 'decisions', 'feedback', 'outcomes', 'learning', 'contributions', 'credits']) {
      expect(report).toContain(`id="part-${part}"`);
    }
    expect(report).toContain('Agreed on');
    expect(report).toContain('Decisions by step on the ladder of participation');
    expect(report).toContain('By person');
    expect(strFromU8(files['README.txt']!)).toContain('better-days-carers-group-example-meetings.ics');

    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('leaves the group’s words out of a pack for partners until ticked part by part, with a warning, by touch or keyboard, on a tablet and a phone', async () => {
    const { context } = await newTrackedContext(browser);
    const page = await context.newPage();
    const project = await openExample(page);
    await page.goto(`${project}/review/pack`);
    await page.getByRole('heading', { name: 'Project pack' }).waitFor();
    const decisions = page.getByRole('checkbox', { name: 'Include what was decided at each meeting, as written' });
    // The group's own pack has the group's words; rows of responses only when asked.
    expect(await decisions.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Include each feedback response as a row of answers' }).isChecked()).toBe(false);

    await page.getByRole('radio', { name: 'For partners and funders' }).check();
    const words = page.getByRole('group', { name: 'The group’s own words' }).getByRole('checkbox');
    expect(await words.count()).toBe(10);
    for (const box of await words.all()) expect(await box.isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Include each feedback response as a row of answers' }).count()).toBe(0);
    expect(await page.locator('.pack-warning').count()).toBe(0);
    await decisions.focus();
    await page.keyboard.press('Space');
    expect(await decisions.isChecked()).toBe(true);
    await page.locator('.pack-warning').getByText('The group’s own words will go outside the group').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);

    await page.setViewportSize(PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await smallTouchTargets(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make the pack (.zip)' }).click()]);
    await page.getByRole('heading', { name: 'Your pack is ready' }).waitFor({ timeout: 30_000 });
    const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(readFileSync((await download.path())!)))).map(([n, b]) => [n, strFromU8(b)]));
    expect(Object.keys(files)).not.toContain('attendance-by-person.csv');
    const report = files['report.html']!;
    expect(report).toContain('<th scope="col">What was decided</th>');
    expect(report).not.toContain('What have we learnt?');
    const cover = (report.match(/<ul class="pack-in">([\s\S]*?)<\/ul>/)?.[1] ?? '').match(/<li>([\w.-]+\.(?:csv|ics|html)):/g)?.map((l) => l.slice(4, -1));
    expect(cover?.sort()).toEqual(Object.keys(files).filter((n) => n !== 'README.txt').sort());
    expect(files['README.txt']).toContain('- Included because it was ticked: what was decided at each meeting, as written.');
    await context.close();
  });

  it('prints the full report to A4 pages with its charts, and the evidence screen shows the plan’s outcomes accessibly', async () => {
    const { context } = await newTrackedContext(browser, { width: 794, height: 1123 });
    const page = await context.newPage();
    const project = await openExample(page);

    await page.goto(`${project}/review/evidence`);
    await page.locator('.outcome-card').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.outcome-card').count()).toBe(5);
    expect(await page.locator('.outcome-card svg').count()).toBeGreaterThanOrEqual(3);
    await page.getByText('Decisions by step on the ladder').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`${project}/review/report?audience=partners`);
    await page.locator('.pack-report').waitFor({ timeout: 30_000 });
    for (const title of ['Our plan', 'Terms of reference', 'Decisions', 'Thank you']) await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const charts = await page.locator('.pack-report svg').count();
    expect(charts).toBeGreaterThanOrEqual(10);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(10);
    await context.close();
  });

  it('turns a next step from a learning review into an action at the next meeting, on a phone', async () => {
    const { context } = await newTrackedContext(browser, PHONE);
    const page = await context.newPage();
    const project = await openExample(page);
    await page.goto(`${project}/review/learning/review-doing`);
    await page.getByRole('button', { name: 'Add as an action: Ask the council to present the respite budget' }).click();
    const form = page.getByRole('form', { name: 'Make “Ask the council to present the respite budget” an action' });
    await form.getByRole('button', { name: 'Add the action' }).click();
    await form.getByText('Choose who will do this.').waitFor();
    await form.getByLabel('Who will do it?').selectOption({ index: 1 });
    const meetingId = await form.getByLabel('Add it to the actions of').inputValue();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Add the action' }).click();
    await page.getByText('“Ask the council to present the respite budget” is now an action on the list for').waitFor();
    await page.getByText('Added as an action').waitFor();

    await page.goto(`${project}/meetings/m/${meetingId}/during`);
    await page.getByRole('list', { name: 'Actions from this meeting' }).getByText('Ask the council to present the respite budget').waitFor({ timeout: 15_000 });
    await context.close();
  });
});
