import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, PHONE, seriousA11yViolations, smallTouchTargets, TABLET_LANDSCAPE } from './browser';
import { exampleWithTodaysMeeting, registerRows } from './meetings-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the focused element sits against the register's two sticky bars. */
function focusAgainstBars(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    const top = document.querySelector('.register-summary')!.getBoundingClientRect();
    const bottom = document.querySelector('.register-bar')!.getBoundingClientRect();
    const box = focused?.getBoundingClientRect();
    const inBar = Boolean(focused?.closest('.register-summary, .register-bar'));
    return { label: focused?.textContent?.trim() ?? '', inBar, top: box?.top ?? 0, bottom: box?.bottom ?? 0, barsTop: top.bottom, barsBottom: bottom.top };
  });
}

describe('the register knows the group', () => {
  it('keeps every focused button clear of the sticky bars, and a whole row between them at 200 % zoom on a landscape tablet', async () => {
    // 200 % zoom: a 1280 × 800 screen lays the page out as 640 × 400 CSS pixels, each drawn twice as large.
    const zoomed = { width: TABLET_LANDSCAPE.width / 2, height: TABLET_LANDSCAPE.height / 2 };
    const context = await browser.newContext({ viewport: zoomed, deviceScaleFactor: 2, hasTouch: true });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await exampleWithTodaysMeeting(page, 'Zoomed register');
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await registerRows(page).nth(30).waitFor();
    await registerRows(page).nth(20).scrollIntoViewIfNeeded();

    const space = await page.evaluate(() => {
      const top = document.querySelector('.register-summary')!.getBoundingClientRect().bottom;
      const bottom = document.querySelector('.register-bar')!.getBoundingClientRect().top;
      const row = document.querySelector('.register-row')!.getBoundingClientRect().height;
      return { between: bottom - Math.max(top, 0), row };
    });
    expect(space.between).toBeGreaterThanOrEqual(space.row);
    await page.screenshot({ path: '/tmp/register-zoom-200.png' });

    // From the Undo button, 60 focus stops going upward, then 60 going down: none hidden by a bar.
    await page.getByRole('button', { name: 'Undo' }).evaluate((b) => ((b as HTMLButtonElement).disabled = false));
    await page.getByRole('button', { name: 'Add walk-in' }).focus();
    const hidden: string[] = [];
    for (const key of ['Shift+Tab', 'Tab']) {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press(key);
        const f = await focusAgainstBars(page);
        if (!f.inBar && (f.top < f.barsTop - 0.5 || f.bottom > f.barsBottom + 0.5)) hidden.push(`${key} ${i}: ${f.label}`);
      }
    }
    expect(hidden).toEqual([]);
    await context.close();
  });

  it('offers an interested member when their name is typed as a walk-in, and gives bus fares to everyone present at once', async () => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await exampleWithTodaysMeeting(page, 'Walk-in meeting');
    const meetingUrl = page.url();

    await page.goto(meetingUrl.replace(/\/meetings\/.*$/, '/team'));
    await page.getByRole('heading', { name: 'Balance of the group' }).waitFor();
    await page.getByRole('link', { name: 'Add a member' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Oluwaseun Adeyemi');
    await page.getByRole('radio', { name: 'Lived experience', exact: true }).check();
    await page.getByRole('radio', { name: 'Interested', exact: true }).check();
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('heading', { name: 'About' }).waitFor();

    await page.goto(`${meetingUrl}/register`);
    await registerRows(page).first().waitFor();
    const before = await registerRows(page).count();
    expect(await page.getByRole('group', { name: 'Oluwaseun Adeyemi' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Add walk-in' }).tap();
    await page.getByLabel('Walk-in’s name').fill('oluwaseun');
    const offered = page.getByRole('group', { name: 'Already known to the group' }).getByRole('button', { name: /Oluwaseun Adeyemi came/ });
    await offered.waitFor();
    expect(await offered.innerText()).toContain('Interested');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/register-walk-in-phone.png' });
    await offered.tap();
    await page.getByRole('group', { name: 'Oluwaseun Adeyemi' }).getByRole('button', { name: 'Present', pressed: true }).waitFor();
    expect(await registerRows(page).count()).toBe(before + 1);

    // Typing the full name and pressing Enter marks the same person, never a second one.
    await page.getByRole('button', { name: 'Add walk-in' }).tap();
    await page.getByLabel('Walk-in’s name').fill('Oluwaseun Adeyemi');
    await page.keyboard.press('Enter');
    await page.getByText('Oluwaseun Adeyemi is already known to the group and is marked present.').waitFor();
    expect(await page.getByRole('group', { name: 'Oluwaseun Adeyemi' }).count()).toBe(1);

    const present = Number(await page.getByTestId('count-present').innerText());
    await page.getByText('Expenses or thanks for everyone present').click();
    await page.getByLabel('Amount for each person, in pounds').fill('4.50');
    await page.getByLabel('What it is for').fill('Bus fare');
    await page.getByRole('button', { name: 'Give to everyone present' }).click();
    await page.getByText(present === 1 ? 'Added for 1 person.' : `Added for ${present} people.`).waitFor();
    await page.getByRole('button', { name: 'Give to everyone present' }).click();
    await page.getByText('Everyone present already had this, so nothing was added again.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/register-give-phone.png', fullPage: false });
    await context.close();
  });
});
