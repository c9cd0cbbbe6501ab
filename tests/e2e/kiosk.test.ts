import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/app';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, waitForOfflineReady } from './browser';
import { expectKioskOnly } from './feedback-helpers';
import { chromiumOnProfile, expectKioskLock, leaveKiosk, projectWithQuestionnaire, startKiosk } from './kiosk-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PIN = '2468';

/** One person's turn on "How is the group working?": the first `answered` statements, then skip to the end. */
async function answerGroupCheck(page: Page, answered: number) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (let i = 0; i < 8; i++) {
    await page.locator(`[data-question-index="${i}"]`).waitFor();
    if (i < answered) await page.getByRole('button', { name: 'Agree', exact: true }).click();
    else await page.getByRole('button', { name: 'Skip this question' }).click();
  }
  await page.getByRole('heading', { name: 'Thank you' }).waitFor();
  await page.getByRole('button', { name: 'Next person' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
}

describe('what the PIN protects on this device', () => {
  it('says in Settings that the PIN hides the screens but does not encrypt what is stored, and asks for the device’s own encryption', async () => {
    const { context } = await newTrackedContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}#/settings`);
    const limits = page.getByTestId('lock-limits');
    await limits.getByRole('heading', { name: 'What the PIN protects' }).waitFor();
    await limits.getByRole('heading', { name: 'What it does not protect' }).waitFor();
    const text = await limits.innerText();
    expect(text).toContain('The PIN does not encrypt anything.');
    expect(text).toMatch(/keys that let this device share projects/);
    expect(text).toMatch(/BitLocker/);
    expect(text).toMatch(/passcode/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a tablet handed over after "Lock now"', () => {
  it('is locked in every tab of the app, not only the one where "Lock now" was tapped', async () => {
    const { context } = await newTrackedContext(browser);
    const settings = await context.newPage();
    await settings.goto(`${baseUrl()}#/settings`);
    const card = settings.locator('section', { has: settings.getByRole('heading', { name: 'Device lock' }) });
    await card.getByLabel('New PIN', { exact: true }).fill(PIN);
    await card.getByLabel('Type the new PIN again').fill(PIN);
    await card.getByRole('button', { name: 'Set PIN' }).click();
    await card.getByText('A PIN is set.', { exact: false }).waitFor();
    const other = await context.newPage();
    await other.goto(baseUrl());
    // A tab opened with a PIN set starts locked; the facilitator unlocks it and carries on there.
    await other.getByRole('dialog', { name: 'Common Ground is locked' }).waitFor();
    await other.getByLabel('PIN', { exact: true }).fill(PIN);
    await other.getByRole('button', { name: 'Unlock' }).click();
    await other.getByRole('heading', { name: 'Your projects' }).waitFor();

    await settings.bringToFront();
    await card.getByRole('button', { name: 'Lock now' }).click();
    await settings.getByRole('dialog', { name: 'Common Ground is locked' }).waitFor();
    await other.bringToFront();
    await other.getByRole('dialog', { name: 'Common Ground is locked' }).waitFor({ timeout: 10_000 });
    expect(await other.getByRole('heading', { name: 'Your projects' }).isVisible()).toBe(false);
    await context.close();
  });
});

// Each of these drives several tabs or browsers through a whole kiosk session.
describe('a kiosk a participant cannot walk out of', { timeout: 120_000 }, () => {
  it('starts only once the facilitator has set a PIN, and the PIN is the only way out', async () => {
    const { context } = await newTrackedContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await projectWithQuestionnaire(page, 'No PIN yet', 'Quick check');

    // No PIN on this device: kiosk mode does not start until one is set.
    await page.getByRole('button', { name: 'Start kiosk mode' }).click();
    await page.getByRole('alert').filter({ hasText: 'PIN' }).waitFor();
    expect(await page.locator('.kiosk').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await startKiosk(page, PIN);

    // Nothing on the kiosk tells anyone how to get out, and holding the button does nothing.
    expect(await page.locator('body').innerText()).not.toMatch(/hold/i);
    expect(await page.locator('.kiosk').evaluate((el) => el.textContent ?? '')).not.toMatch(/hold/i);
    const facilitator = page.getByRole('button', { name: 'Facilitator' });
    const box = (await facilitator.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(4_000);
    await page.mouse.up();
    await page.getByLabel('Type your PIN to leave kiosk mode').waitFor();
    expect(await page.getByRole('dialog', { name: 'Leave kiosk mode?' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
    await page.getByText('Type the facilitator PIN', { exact: false }).first().waitFor();
    await page.keyboard.press('Escape');
    await expectKioskOnly(page);

    await leaveKiosk(page, PIN);
    await page.getByRole('heading', { name: 'Kiosk mode' }).waitFor();
    // A second start asks for the PIN already set, so the facilitator knows it before handing over.
    await page.getByLabel('Facilitator PIN', { exact: true }).fill('1357');
    await page.getByRole('button', { name: 'Start kiosk mode' }).click();
    await page.getByText('That PIN is not right.', { exact: false }).waitFor();
    expect(await page.locator('.kiosk').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await startKiosk(page, PIN, { pinIsSet: true });
    await expectKioskOnly(page);
    await context.close();
  });

  it('keeps the kiosk’s own tab on the kiosk: back, an edited #address, a reload, and the app’s address typed in', async () => {
    const { context } = await newTrackedContext(browser);
    const kiosk = await context.newPage();
    await kiosk.goto(baseUrl());
    await projectWithQuestionnaire(kiosk, 'Gestures', 'Quick check');
    const questionnaireUrl = kiosk.url();
    await startKiosk(kiosk, PIN);

    await kiosk.goBack({ timeout: 2_000 }).catch(() => null);
    await expectKioskOnly(kiosk);
    await kiosk.evaluate((url) => (location.hash = new URL(url).hash), questionnaireUrl);
    await kiosk.waitForTimeout(300);
    await expectKioskOnly(kiosk);
    await kiosk.reload();
    await expectKioskOnly(kiosk);
    await kiosk.goto(baseUrl());
    await expectKioskLock(kiosk);
    await kiosk.goto(questionnaireUrl);
    await expectKioskLock(kiosk);
    expect(await seriousA11yViolations(kiosk)).toEqual([]);
    await kiosk.getByRole('button', { name: 'Back to the questions' }).click();
    await kiosk.getByRole('button', { name: 'Start', exact: true }).waitFor();
    await expectKioskOnly(kiosk);
    await context.close();
  });

  it('locks every other tab and a tab opened later while the kiosk runs; the PIN ends it from any of them', async () => {
    const { context } = await newTrackedContext(browser);
    const kiosk = await context.newPage();
    await kiosk.goto(baseUrl());
    await projectWithQuestionnaire(kiosk, 'Tabs', 'Quick check');
    const questionnaireUrl = kiosk.url();
    await startKiosk(kiosk, PIN);
    const kioskUrl = kiosk.url();

    // Another tab, at the start, at the project and at the kiosk's own address.
    const other = await context.newPage();
    await other.goto(baseUrl());
    await expectKioskLock(other);
    expect(await other.getByText('Your projects').isVisible()).toBe(false);
    await other.goto(questionnaireUrl);
    await expectKioskLock(other);
    await other.goto(kioskUrl);
    await expectKioskLock(other);
    await other.getByText('open in another tab', { exact: false }).waitFor();
    expect(await seriousA11yViolations(other)).toEqual([]);
    await other.close();

    // A tab opened later starts locked; a wrong PIN changes nothing, the right one ends kiosk mode.
    const later = await context.newPage();
    await later.goto(baseUrl());
    await expectKioskLock(later);
    await later.getByLabel('PIN', { exact: true }).fill('1111');
    await later.getByRole('button', { name: 'Leave kiosk mode' }).click();
    await later.getByText('That PIN is not right.', { exact: false }).waitFor();
    await expectKioskLock(later);
    await later.getByLabel('PIN', { exact: true }).fill(PIN);
    await later.getByRole('button', { name: 'Leave kiosk mode' }).click();
    await later.getByRole('heading', { name: 'Your projects' }).waitFor();
    expect(await later.getByRole('dialog', { name: 'Kiosk mode is on' }).count()).toBe(0);
    // The tablet still showing the kiosk does not fall open: it locks.
    await kiosk.getByRole('dialog', { name: 'Common Ground is locked' }).waitFor({ timeout: 10_000 });
    expect(await kiosk.locator('.kiosk').count()).toBe(0);
    await context.close();
  });

  it('keeps each answer as it is given: a reload part way loses nothing, shows nothing and counts the person once', async () => {
    const { context } = await newTrackedContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await projectWithQuestionnaire(page, 'Reload', 'How is the group working?');
    await startKiosk(page, PIN);

    // The first person agrees with two statements, then reloads on the third.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Agree', exact: true }).click();
    await page.locator('[data-question-index="1"]').waitFor();
    await page.getByRole('button', { name: 'Agree', exact: true }).click();
    await page.locator('[data-question-index="2"]').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    await expectKioskOnly(page);
    expect(await page.locator('[data-question-index]').count()).toBe(0);

    // Four more people answer the six statements and skip the written questions.
    for (let person = 0; person < 4; person++) await answerGroupCheck(page, 6);
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    await leaveKiosk(page, PIN);
    await page.getByRole('heading', { name: 'Kiosk mode' }).waitFor();

    await page.getByRole('link', { name: 'See results' }).click();
    await page.getByText('5 people have answered.').waitFor();
    const first = page.getByRole('listitem').filter({ hasText: 'Everyone in this group is treated as an equal.' });
    await first.getByText('Agree').first().waitFor();
    expect(await first.getByText('Not enough answers yet', { exact: false }).count()).toBe(0);
    const third = page.getByRole('listitem').filter({ hasText: 'This group is making a real difference.' });
    await third.getByText('Not enough answers yet to show — 4 of 5.').waitFor();
    await context.close();
  });

  it('makes a participant wait after wrong PINs, even across a reload, and never locks the kiosk itself', async () => {
    const { context } = await newTrackedContext(browser);
    await context.clock.install();
    const page = await context.newPage();
    await page.goto(baseUrl());
    await projectWithQuestionnaire(page, 'Guessing', 'Quick check');
    await startKiosk(page, PIN);

    for (const guess of ['1111', '2222', '3333']) {
      await page.getByRole('button', { name: 'Facilitator' }).click();
      await page.getByLabel('Type your PIN to leave kiosk mode').fill(guess);
      await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
      await page.getByRole('alert').filter({ hasText: 'PIN is not right' }).waitFor();
      await page.keyboard.press('Escape');
    }
    await page.reload();
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    await leaveKiosk(page, PIN);
    await page.getByText('Too many wrong tries', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await expectKioskOnly(page);

    // Six idle minutes: the device lock (five minutes) never covers the kiosk, and the wait is over.
    await context.clock.runFor(2_000);
    await context.clock.fastForward('06:00');
    await context.clock.runFor(6_000);
    expect(await page.getByRole('dialog', { name: 'Common Ground is locked' }).count()).toBe(0);
    await expectKioskOnly(page);
    await leaveKiosk(page, PIN);
    await page.getByRole('heading', { name: 'Kiosk mode' }).waitFor();
    await context.close();
  });

  it('stays locked when the browser is killed and opened again mid-session', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'cg-kiosk-profile-'));
    try {
      const first = await chromiumOnProfile(profile);
      const page = await first.browser.contexts()[0]!.newPage();
      await page.goto(baseUrl());
      await projectWithQuestionnaire(page, 'Killed', 'Quick check');
      await startKiosk(page, PIN);
      const kioskUrl = page.url();
      await first.kill();

      const again = await chromiumOnProfile(profile);
      try {
        const context = again.browser.contexts()[0]!;
        const later = await context.newPage();
        await later.goto(baseUrl());
        await expectKioskLock(later);
        await later.getByRole('button', { name: 'Back to the questions' }).click();
        await later.getByRole('button', { name: 'Start', exact: true }).waitFor();
        expect(later.url()).toBe(kioskUrl);
        await leaveKiosk(later, PIN);
        await later.getByRole('heading', { name: 'Kiosk mode' }).waitFor();
      } finally {
        await again.kill();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('shows no update prompt on any tab while the kiosk runs', async () => {
    // A copy of the built app of its own, so this test can publish a "new version".
    const root = mkdtempSync(join(tmpdir(), 'cg-kiosk-update-'));
    cpSync(resolve('dist'), join(root, 'dist'), { recursive: true });
    const server = await startServer({ host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), staticDir: join(root, 'dist'), allowedOrigins: [], redisUrl: null, quiet: true });
    try {
      const { context } = await newTrackedContext(browser);
      const kiosk = await context.newPage();
      await kiosk.goto(server.url);
      await waitForOfflineReady(kiosk);
      await projectWithQuestionnaire(kiosk, 'Update', 'Quick check');
      await startKiosk(kiosk, PIN);
      const other = await context.newPage();
      await other.goto(server.url);
      await expectKioskLock(other);

      appendFileSync(join(root, 'dist', 'sw.js'), '\n// next version\n');
      await kiosk.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      for (let i = 0; i < 300; i++) {
        if (await kiosk.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))) break;
        await kiosk.waitForTimeout(100);
      }
      await kiosk.waitForTimeout(1_000);
      for (const page of [kiosk, other]) expect(await page.getByText('A new version of Common Ground is ready.').count()).toBe(0);

      // Once kiosk mode is over, the update is offered (the other tab, opened with a PIN set, is
      // still behind its own device lock until the PIN is typed there too).
      await leaveKiosk(kiosk, PIN);
      await kiosk.getByText('A new version of Common Ground is ready.').waitFor({ timeout: 10_000 });
      await other.getByRole('dialog', { name: 'Common Ground is locked' }).waitFor();
      await other.getByLabel('PIN', { exact: true }).fill(PIN);
      await other.getByRole('button', { name: 'Unlock' }).click();
      await other.getByText('A new version of Common Ground is ready.').waitFor({ timeout: 10_000 });
      await context.close();
    } finally {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('on a small phone, shows faces on five-point scales too and never splits a word on an answer', async () => {
    const { context } = await newTrackedContext(browser, { width: 360, height: 740 });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await projectWithQuestionnaire(page, 'Faces on a phone', 'How is the group working?');
    await startKiosk(page, PIN);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const answers = page.locator('.kiosk-answer');
    await answers.first().waitFor();
    expect(await page.locator('.kiosk-agree5 .kiosk-answer svg.face').count()).toBe(5);
    // Each word of each answer sits on one line: a word split across lines has two boxes.
    const splitWords = () =>
      page.$$eval('.kiosk-answer span', (spans) =>
        spans.flatMap((span) => {
          const text = span.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) return [];
          const words: string[] = [];
          for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index!);
            range.setEnd(text, match.index! + match[0].length);
            if (range.getClientRects().length > 1) words.push(match[0]);
          }
          return words;
        }),
      );
    expect(await splitWords()).toEqual([]);
    await page.screenshot({ path: '/tmp/kiosk-agree5-phone.png' });
    // The largest text size, where the words are longest for the width.
    const bigger = page.getByRole('button', { name: 'Bigger text' });
    while (await bigger.isEnabled()) await bigger.click();
    await page.locator('.kiosk.kiosk-text-2').waitFor();
    expect(await splitWords()).toEqual([]);
    await page.screenshot({ path: '/tmp/kiosk-agree5-phone-big.png' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
