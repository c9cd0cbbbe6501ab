import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, seriousA11yViolations, smallTouchTargets, waitForOfflineReady } from './browser';
import { answerQuickCheck, createProject, expectKioskOnly, openFeedback } from './feedback-helpers';
import { leaveKiosk, startKiosk } from './kiosk-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('anonymous feedback in kiosk mode', () => {
  it('takes five people’s answers offline, gives nothing away, and shows results once enough have answered', async () => {
    const { context, requests } = await newTrackedContext(browser);
    await context.clock.install();
    const page = await context.newPage();
    await page.goto(baseUrl());
    await waitForOfflineReady(page);
    await createProject(page, 'Riverside Carers');
    await openFeedback(page);
    await page.getByRole('button', { name: 'Use this template: Quick check' }).click();
    await page.getByRole('heading', { name: 'Kiosk mode' }).waitFor();

    // Kiosk mode needs a facilitator PIN: this device has none yet, so the facilitator sets one.
    await page.getByLabel('New PIN', { exact: true }).fill('2468');
    await page.getByLabel('Type the new PIN again', { exact: true }).fill('2468');

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Start kiosk mode' }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    const kioskUrl = page.url();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await answerQuickCheck(page, 'Happy', 'Yes');
    // The back button and a back swipe keep the kiosk, and show nothing of the last person.
    await page.goBack({ timeout: 2_000 }).catch(() => null);
    await page.evaluate(() => history.back());
    await page.waitForTimeout(300);
    await expectKioskOnly(page);
    expect(page.url()).toBe(kioskUrl);
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();

    // Part way through, the next person checks the screen passes axe at a question.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { name: 'How was today for you?' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page, '.kiosk button')).toEqual([]);
    await page.getByRole('button', { name: 'Okay', exact: true }).click();
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await page.getByRole('button', { name: 'Next person' }).click();

    // Reload and a typed address stay in kiosk mode, on a clean welcome screen.
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    await expectKioskOnly(page);
    const projectHome = kioskUrl.replace(/\/feedback\/kiosk\/.*$/, '/feedback');
    await page.evaluate((url) => (location.href = url), projectHome);
    await page.waitForTimeout(300);
    await expectKioskOnly(page);

    await answerQuickCheck(page, 'Unhappy', 'skip');
    await answerQuickCheck(page, 'Happy', 'Yes');

    // The fifth person answers one question and walks away; the kiosk clears itself.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Happy', exact: true }).click();
    await page.getByRole('heading', { name: 'Did you feel listened to today?' }).waitFor();
    await context.clock.runFor(500); // let the new question's effects arm its idle timer
    await context.clock.fastForward(91_000);
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    await expect(page.getByRole('heading', { name: 'Did you feel listened to today?' }).count()).resolves.toBe(0);

    // Leaving needs the PIN.
    await page.getByRole('button', { name: 'Facilitator' }).click();
    await page.getByLabel('Type your PIN to leave kiosk mode').fill('1111');
    await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
    await page.getByText('That PIN is not right. Try again.').waitFor();
    await expectKioskOnly(page);
    await page.getByLabel('Type your PIN to leave kiosk mode').fill('2468');
    await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
    await page.getByRole('heading', { name: 'Kiosk mode' }).waitFor();
    // Once the facilitator has left, "back" does not lock them in again.
    await page.goBack();
    await page.waitForURL((url) => !url.hash.includes('/kiosk/'), { timeout: 5_000 });
    await page.getByRole('heading', { name: 'Kiosk mode' }).waitFor();
    expect(await page.locator('.kiosk').count()).toBe(0);
    await page.getByRole('link', { name: 'See results' }).click();

    await page.getByRole('heading', { name: 'Answers to each question' }).waitFor();
    await page.getByText('5 people have answered.').waitFor();
    const faces = page.getByRole('listitem').filter({ hasText: 'How was today for you?' });
    await faces.getByText('Happy').first().waitFor();
    expect(await faces.locator('.count-number').allTextContents()).toEqual(['1 (20%)', '1 (20%)', '3 (60%)']);
    const listened = page.getByRole('listitem').filter({ hasText: 'Did you feel listened to today?' });
    await listened.getByText('Not enough answers yet to show — 3 of 5.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show tables instead of charts' }).click();
    await faces.getByRole('table').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('will not start on an empty questionnaire, and a kiosk left open overnight stops taking answers, reloaded or not', async () => {
    const { context } = await newTrackedContext(browser);
    await context.clock.install();
    const page = await context.newPage();
    await page.goto(baseUrl());
    await createProject(page, 'Overnight');
    await openFeedback(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Questionnaire title').fill('Our own questions');
    await page.getByRole('button', { name: 'Start a blank questionnaire' }).click();
    await page.getByRole('button', { name: 'Start kiosk mode' }).click();
    await page.getByText('This questionnaire has no questions yet. Add at least one question before starting kiosk mode.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByLabel('Wording').fill('The room suited me');
    await page.getByRole('button', { name: 'Save questionnaire' }).click();
    await page.getByText('Questionnaire saved.').waitFor();
    await startKiosk(page, '2468');
    // Let the screen's effects run (they wait for a frame, and frames are on the fake clock
    // too), so its once-a-minute check is set before the night passes.
    await context.clock.runFor(2000);
    await context.clock.fastForward('25:00:00');
    await page.getByRole('heading', { name: 'This feedback session has ended' }).waitFor();
    await expect(page.getByRole('button', { name: 'Start', exact: true }).count()).resolves.toBe(0);
    // A reload the next morning does not start taking answers again.
    await page.reload();
    await page.getByRole('heading', { name: 'This feedback session has ended' }).waitFor();
    await expect(page.getByRole('button', { name: 'Start', exact: true }).count()).resolves.toBe(0);
    await expectKioskOnly(page);

    await leaveKiosk(page, '2468');
    await page.getByRole('heading', { name: 'Kiosk mode' }).waitFor();
    await context.close();
  });
});
