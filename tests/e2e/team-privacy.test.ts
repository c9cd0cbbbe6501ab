import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, smallTouchTargets } from './browser';
import { backToTeam, createProject, openMember } from './team-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Adds a member with a status that began on `since`. */
async function addMemberSince(page: Page, name: string, status: 'Active' | 'Left' | 'Interested', since: string) {
  await page.getByRole('link', { name: 'Add a member' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('radio', { name: 'Carer or family', exact: true }).check();
  await page.getByRole('radio', { name: status, exact: true }).check();
  await page.getByLabel('Since').fill(since);
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.getByRole('heading', { name: 'About' }).waitFor();
  await backToTeam(page);
}

describe('the data-protection kit', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context } = await newTrackedContext(browser, PHONE));
    page = await context.newPage();
    await page.goto(baseUrl());
    await createProject(page, 'Harbour Voices');
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('heading', { name: 'Balance of the group' }).waitFor();
    await addMemberSince(page, 'Lee Longgone', 'Left', '2020-03-01');
    await addMemberSince(page, 'Ivy Waiting', 'Interested', '2021-05-01');
    await addMemberSince(page, 'Amira Ahmed', 'Active', '2020-01-01');
  });
  afterAll(async () => {
    await context?.close();
  });

  it('nudges on the dashboard, and lists for review only people who left or stayed interested too long', async () => {
    await page.getByRole('link', { name: 'Harbour Voices' }).first().click();
    await page.getByTestId('retention-nudge').getByText('2 people’s details are due a data-protection review.').waitFor();
    await page.getByTestId('retention-nudge').getByRole('link', { name: 'Review them' }).click();
    const review = page.getByTestId('retention-review');
    await review.getByText('Lee Longgone').waitFor();
    await review.getByText('Ivy Waiting').waitFor();
    expect(await review.getByText('Amira Ahmed').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/privacy-phone.png', fullPage: true });

    // Keep: off the list for another period.
    await review.locator('li', { hasText: 'Ivy Waiting' }).getByRole('button', { name: 'Keep' }).click();
    await expect.poll(() => review.getByText('Ivy Waiting').count()).toBe(0);
    // Anonymise: through the erasure command, after a yes.
    await review.locator('li', { hasText: 'Lee Longgone' }).getByRole('button', { name: 'Anonymise' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Anonymise' }).click();
    await review.getByText('Nobody is due a review.').waitFor();
    await page.getByRole('link', { name: 'All members' }).click();
    await page.getByTestId('member-list').getByText('Amira Ahmed').waitFor();
    expect(await page.getByTestId('member-list').getByText('Lee Longgone').count()).toBe(0);
  });

  it('fills the privacy notice from what the group decided, and a member’s own data saves as a readable file', async () => {
    await page.getByRole('link', { name: 'Data protection' }).click();
    await page.getByLabel(/^Months to keep/).fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').getByText('Keep details for at least 1 month.').waitFor();
    await page.getByLabel(/^Months to keep/).fill('18');
    await page.getByLabel('Organisation that holds the data').fill('Harbour Trust');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved. The papers below use it.').waitFor();
    const paper = page.getByTestId('privacy-paper');
    await paper.getByText(/we review your details after 18 months/).waitFor();
    await paper.getByText(/Harbour Trust keeps about members of Harbour Voices/).waitFor();
    await page.getByRole('radio', { name: 'Easy read' }).check();
    await paper.getByText('If you leave the group, we keep it for 18 months. Then we delete it.').waitFor();
    await page.getByRole('radio', { name: 'DPIA starter' }).check();
    await paper.getByText('Harbour Trust (the controller). Contact: [who to ask: a name, email or phone].').waitFor();

    await page.getByRole('link', { name: 'All members' }).click();
    await openMember(page, 'Amira Ahmed');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save their data as a file' }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Everything held about Amira Ahmed');
    expect(text).toContain('Project: Harbour Voices.');
    expect(text).not.toContain('Ivy');
  });
});
