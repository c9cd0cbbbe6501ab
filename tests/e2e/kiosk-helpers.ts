import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createProject, openFeedback } from './feedback-helpers';

/**
 * Starts kiosk mode from a questionnaire's screen: the facilitator sets a PIN (a device with
 * none) or types the one already set, as the start screen asks.
 */
export async function startKiosk(page: Page, pin: string, { pinIsSet = false } = {}) {
  if (pinIsSet) {
    await page.getByLabel('Facilitator PIN', { exact: true }).fill(pin);
  } else {
    await page.getByLabel('New PIN', { exact: true }).fill(pin);
    await page.getByLabel('Type the new PIN again', { exact: true }).fill(pin);
  }
  await page.getByRole('button', { name: 'Start kiosk mode' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
}

/** A new project with one questionnaire from a template, open at that questionnaire. */
export async function projectWithQuestionnaire(page: Page, name: string, template: string) {
  await createProject(page, name);
  await openFeedback(page);
  await page.getByRole('button', { name: `Use this template: ${template}` }).click();
  await page.getByRole('heading', { name: 'Kiosk mode' }).waitFor();
}

/** The lock screen a tab shows while kiosk mode runs elsewhere, with the app behind it inert. */
export async function expectKioskLock(page: Page) {
  await page.getByRole('dialog', { name: 'Kiosk mode is on' }).waitFor({ timeout: 10_000 });
  const appInert = await page.locator('#app').evaluate((el) => (el as HTMLElement).inert);
  if (!appInert) throw new Error('The app behind the kiosk lock can still be used');
}

/** Leaves kiosk mode from the kiosk itself, with the PIN. */
export async function leaveKiosk(page: Page, pin: string) {
  await page.getByRole('button', { name: 'Facilitator' }).click();
  await page.getByLabel('Type your PIN to leave kiosk mode').fill(pin);
  await page.getByRole('button', { name: 'Leave kiosk mode' }).click();
}

export interface OwnChromium {
  browser: Browser;
  /** Ends the browser as a crash or a flat battery would: no chance to write anything more. */
  kill(): Promise<void>;
}

/**
 * Debian's Chromium on a profile folder of our own, driven over the DevTools protocol, so the
 * test can kill the real process (Playwright's own launch closes it gracefully).
 */
export async function chromiumOnProfile(profileDir: string): Promise<OwnChromium> {
  const child: ChildProcess = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profileDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      'about:blank',
    ],
    // Its own process group, so the kill below reaches every process of this browser.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', () => reject(new Error(`Chromium stopped: ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  return {
    browser,
    kill: async () => {
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
    },
  };
}
