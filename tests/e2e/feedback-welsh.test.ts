import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, TABLET } from './browser';
import { expectKioskOnly } from './feedback-helpers';
import { projectWithQuestionnaire } from './kiosk-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Feedback's own words in English: none of them may show once the app is in Welsh. */
const ENGLISH = [
  'Questionnaires',
  'Use this template',
  'Kiosk mode',
  'Start kiosk mode',
  'New PIN',
  'Read aloud',
  'Bigger text',
  'Facilitator',
  'Skip this question',
  'Start again',
  'Thank you',
  'Next person',
  'Unhappy',
  'Answers to each question',
  'people have answered',
  'Over time',
  'optional',
];

async function englishLeft(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return ENGLISH.filter((words) => new RegExp(`\\b${words}\\b`).test(text));
}

describe('feedback in Welsh', () => {
  it('runs a questionnaire, the kiosk and its results in Welsh, read aloud in Welsh, with nothing left in English', async () => {
    const { context } = await newTrackedContext(browser, PHONE);
    // Speech is recorded, not played: what would be read, and in which language.
    await context.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      Object.defineProperty(window, 'speechSynthesis', {
        value: { cancel() {}, speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }) },
      });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}#/settings`);
    await page.getByRole('radio', { name: 'Cymraeg' }).check();
    await page.waitForFunction(() => document.documentElement.lang === 'cy-GB');
    await page.goto(baseUrl());
    // The list of projects is in Welsh too now.
    await page.getByLabel('Enw’r prosiect').fill('Grŵp y Dyffryn');
    await page.getByRole('button', { name: 'Dechrau’r prosiect' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grŵp y Dyffryn' }).waitFor();
    await page.getByRole('link', { name: 'Adborth', exact: true }).click();
    await page.getByRole('heading', { name: 'Holiaduron' }).waitFor();
    expect(await englishLeft(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Defnyddio’r templed hwn: Gwiriad cyflym' }).click();
    await page.getByRole('heading', { name: 'Modd ciosg' }).waitFor();
    expect(await englishLeft(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('PIN newydd', { exact: true }).fill('2468');
    await page.getByLabel('Teipiwch y PIN newydd eto', { exact: true }).fill('2468');
    await page.getByRole('button', { name: 'Dechrau’r modd ciosg' }).click();

    // Five people answer, so the results can be shown.
    for (const face of ['Hapus', 'Iawn', 'Hapus', 'Anhapus', 'Hapus']) {
      await page.getByRole('button', { name: 'Dechrau', exact: true }).click();
      await page.getByRole('heading', { name: 'Sut oedd heddiw i chi?' }).waitFor();
      if (face === 'Hapus') {
        await page.getByRole('button', { name: 'Darllen yn uchel' }).click();
        expect(await englishLeft(page)).toEqual([]);
      }
      await page.getByRole('button', { name: face, exact: true }).click();
      await page.getByRole('button', { name: 'Ie', exact: true }).click();
      await page.getByRole('heading', { name: 'Diolch' }).waitFor();
      await page.getByRole('button', { name: 'Y person nesaf' }).click();
    }
    await expectKioskOnly(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
    expect(spoken[0]).toEqual({ text: 'Sut oedd heddiw i chi? Eich dewisiadau yw: Anhapus; Iawn; Hapus.', lang: 'cy-GB' });

    await page.getByRole('button', { name: 'Hwylusydd' }).click();
    await page.getByLabel('Teipiwch eich PIN i adael y modd ciosg').fill('2468');
    await page.getByRole('button', { name: 'Gadael y modd ciosg' }).click();
    await page.getByRole('link', { name: 'Gweld y canlyniadau' }).click();
    await page.getByRole('heading', { name: 'Atebion i bob cwestiwn' }).waitFor();
    await page.getByText('Mae 5 person wedi ateb.').waitFor();
    const faces = page.getByRole('listitem').filter({ hasText: 'Sut oedd heddiw i chi?' });
    expect(await faces.locator('.count-number').allTextContents()).toEqual(['1 (20%)', '1 (20%)', '3 (60%)']);
    expect(await englishLeft(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the kiosk in its own language on an English app, through a reload, and the app in English again after leaving', async () => {
    const { context } = await newTrackedContext(browser, TABLET);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await projectWithQuestionnaire(page, 'Valley group', 'Quick check');
    const languages = page.getByRole('group', { name: 'Language of the kiosk' });
    // The device's choice is read from storage as the form opens: wait for it rather than read at once.
    await expect.poll(() => languages.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await languages.getByRole('radio', { name: 'Cymraeg' }).check();
    await page.getByLabel('New PIN', { exact: true }).fill('2468');
    await page.getByLabel('Type the new PIN again', { exact: true }).fill('2468');
    await page.getByRole('button', { name: 'Start kiosk mode' }).click();

    // The questions are the group's own words (typed in English here); everything around them is Welsh.
    await page.getByRole('button', { name: 'Dechrau', exact: true }).click();
    await page.getByRole('heading', { name: 'How was today for you?' }).waitFor();
    expect(await englishLeft(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy-GB');
    await page.getByRole('button', { name: 'Hapus', exact: true }).click();
    await page.getByRole('heading', { name: 'Did you feel listened to today?' }).waitFor();

    // A reload starts in the app's language; the kiosk shows its own again before anyone sees it.
    await page.reload();
    await page.getByRole('button', { name: 'Dechrau', exact: true }).waitFor();
    expect(await englishLeft(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Hwylusydd' }).click();
    await page.getByLabel('Teipiwch eich PIN i adael y modd ciosg').fill('2468');
    await page.getByRole('button', { name: 'Gadael y modd ciosg' }).click();
    // Back in English, and open: the PIN has just been typed, so no lock covers the app.
    await page.getByRole('heading', { name: 'Kiosk mode' }).waitFor();
    await page.getByText('1 response in the project').waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, (document.getElementById('app') as HTMLElement).inert])).toEqual(['en-GB', false]);
    // The kiosk's choice is remembered on the device for next time.
    await expect.poll(() => page.getByRole('group', { name: 'Language of the kiosk' }).getByRole('radio', { name: 'Cymraeg' }).isChecked()).toBe(true);
    await context.close();
  });
});
