import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, smallTouchTargets, TABLET } from './browser';
import { createProject } from './team-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('help for a newcomer (issue 16, part 4)', () => {
  it('offers a short tour on first use, walked by keyboard, put aside for good, and found again under Help', { timeout: 180_000 }, async () => {
    const { context } = await newTrackedContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(baseUrl());
    const card = page.getByTestId('first-run');
    await card.getByRole('heading', { name: 'New to co-production, or to Common Ground?' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await card.getByRole('link', { name: 'Take the short tour' }).click();
    const titles = ['What co-production is', 'How a group works together', 'Where each step is in Common Ground', 'What to do first'];
    for (const [i, title] of titles.entries()) {
      await page.getByText(`Step ${i + 1} of 4`).waitFor();
      // Each step's heading takes the focus, so a screen reader hears where it is.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(title);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(await smallTouchTargets(page)).toEqual([]);
      if (i < titles.length - 1) {
        await page.getByRole('link', { name: 'Next' }).focus();
        await page.keyboard.press('Enter');
      }
    }
    await page.screenshot({ path: '/tmp/help-tour-phone.png', fullPage: true });
    await page.getByRole('button', { name: 'Go to your projects' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your projects' }).waitFor();
    await page.getByLabel('Project name').waitFor();
    expect(await card.count()).toBe(0);
    await page.reload();
    await page.getByLabel('Project name').waitFor();
    await page.waitForTimeout(500); // the card is drawn a moment after the list, when it is due
    expect(await card.count()).toBe(0);

    // Found again: Help, and a word's own address lands on its meaning.
    await page.getByRole('link', { name: 'Help', exact: true }).click();
    await page.getByRole('heading', { name: 'Words the guides use' }).waitFor();
    await page.goto(`${baseUrl()}#/help/words/reciprocity`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('word-reciprocity');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/help-words-phone.png' });
    await context.close();
  });

  it('"Not now" puts the tour aside; each section says what the guides advise, naming them', { timeout: 180_000 }, async () => {
    const { context } = await newTrackedContext(browser, TABLET);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.getByTestId('first-run').getByRole('button', { name: 'Not now' }).click();
    await page.getByTestId('first-run').waitFor({ state: 'detached' });
    await createProject(page, 'Brook Street Tenants');
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    const notes = page.locator('details.guide-notes');
    await notes.getByText('What the guides say').click();
    await notes.getByText('Relationships come first.', { exact: false }).waitFor();
    await notes.getByText('(Drawing on: Co-production briefing paper (University of Leeds, for West Yorkshire).)').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/help-team-tablet.png' });
    await context.close();
  });
});
