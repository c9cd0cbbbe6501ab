import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, seriousA11yViolations, TABLET, waitForOfflineReady } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function createProject(page: Page, name: string, purpose = '') {
  await page.getByLabel('Project name').fill(name);
  if (purpose) await page.getByLabel('What is it for, in one line?').fill(purpose);
  await page.getByRole('button', { name: 'Start project' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('the installable offline app', () => {
  it('keeps a project across reloads, offline, and back online', async () => {
    const { context, requests } = await newTrackedContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await waitForOfflineReady(page);
    await createProject(page, 'Riverside Carers', 'Better respite, designed together');
    const projectUrl = page.url();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Riverside Carers' }).waitFor();

    await context.setOffline(true);
    await page.goto(baseUrl());
    await page.getByRole('link', { name: /Riverside Carers/ }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Rename Riverside Carers' }).click();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Save' }) });
    await item.getByLabel('Project name').fill('Riverside Carers Group');
    await item.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: /Riverside Carers Group/ }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: /Riverside Carers Group/ }).waitFor();

    await context.setOffline(false);
    await page.goto(projectUrl);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Riverside Carers Group' }).waitFor();

    const origin = new URL(baseUrl()).origin;
    const elsewhere = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it('has a saved change still there after the browser is closed right away', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'cg-profile-'));
    try {
      const launch = () =>
        chromium.launchPersistentContext(profile, {
          executablePath: '/usr/bin/chromium',
          viewport: TABLET,
          args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        });
      const first = await launch();
      const page = first.pages()[0] ?? (await first.newPage());
      await page.goto(baseUrl());
      await createProject(page, 'Saved test');
      await page.getByText('Saved on this device').waitFor();
      await first.close();

      const second = await launch();
      const again = second.pages()[0] ?? (await second.newPage());
      await again.goto(baseUrl());
      await again.getByRole('link', { name: /Saved test/ }).waitFor();
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('archives, unarchives and deletes a project with a clear confirmation', async () => {
    const { context } = await newTrackedContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await createProject(page, 'Short lived');
    await page.getByRole('link', { name: 'All projects' }).click();
    await page.getByRole('button', { name: 'Archive Short lived' }).click();
    await page.getByRole('button', { name: /Show archived projects/ }).click();
    await page.getByRole('button', { name: 'Unarchive Short lived' }).click();
    await page.getByRole('button', { name: 'Delete Short lived' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/This cannot be undone/).waitFor();
    await dialog.getByRole('button', { name: 'Delete from this device' }).click();
    await page.getByText('No projects yet').waitFor();
    await context.close();
  });

  it('opens the example project full of life, every main screen passes axe, and the page breaks none of its own security rules', async () => {
    const { context } = await newTrackedContext(browser);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(baseUrl());
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Try an example project' }).click();
    await page.getByRole('heading', { level: 1, name: /example/ }).waitFor({ timeout: 30_000 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    for (const section of ['Team', 'Meetings']) {
      await page.getByRole('link', { name: section, exact: true }).first().click();
      await page.getByRole('heading', { level: 1, name: section }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: /example/ }).waitFor();
    }
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await page.getByRole('link', { name: 'All projects' }).click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByTestId('app-version').waitFor();
    await page.getByTestId('storage-used').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('says so, with a way out, when a part of the app cannot be loaded', async () => {
    // As on a device left with a copy of the app an update has replaced: the settings code is gone.
    const context = await browser.newContext({ viewport: TABLET, serviceWorkers: 'block' });
    await context.route(/\/assets\/SettingsScreen-[^/]+\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(baseUrl() + '/#/settings');
    await page.getByRole('alert').getByText('could not be loaded on this device').waitFor();
    await page.getByRole('button', { name: 'Reload the app' }).waitFor();
    expect(await page.getByText('Opening settings…').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('asks for lasting storage when the first project is made, and says plainly when the browser refuses', async () => {
    const context = await browser.newContext({ viewport: TABLET });
    await context.addInitScript(() => {
      const asked: string[] = [];
      (window as unknown as { persistAsked: string[] }).persistAsked = asked;
      Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
      Object.defineProperty(navigator.storage, 'persist', { value: async () => (asked.push(location.hash), false) });
    });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.getByLabel('Project name').waitFor();
    expect(await page.evaluate(() => (window as unknown as { persistAsked: string[] }).persistAsked.length)).toBe(0);
    await createProject(page, 'Canal Walkers');
    await expect.poll(() => page.evaluate(() => (window as unknown as { persistAsked: string[] }).persistAsked.length)).toBe(1);
    await page.goto(baseUrl() + '/#/settings');
    await page.getByTestId('storage-persistent').getByText('No — the browser may clear data').waitFor();
    expect(await page.getByTestId('persist-refused').count()).toBe(0);
    await page.getByRole('button', { name: 'Ask the browser to keep data safe' }).click();
    await page.getByTestId('persist-refused').getByText('The browser said no.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('helps to install: the browser’s own prompt from a button, and the Share-menu steps on an iPad', async () => {
    const context = await browser.newContext({ viewport: TABLET });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.getByLabel('Project name').waitFor();
    expect(await page.getByRole('link', { name: 'Install on this device' }).count()).toBe(0);
    // As Chromium offers it to a site it can install.
    await page.evaluate(() => {
      const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => void ((window as unknown as { prompted: boolean }).prompted = true),
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      window.dispatchEvent(offer);
    });
    await page.getByRole('link', { name: 'Install on this device' }).click();
    await page.getByRole('button', { name: 'Install Common Ground' }).click();
    await page.getByText('Not installed. You can install it from here at any time.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
    await context.close();

    const ipad = await browser.newContext({
      viewport: TABLET,
      userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    });
    const tablet = await ipad.newPage();
    await tablet.goto(baseUrl());
    await tablet.getByRole('link', { name: 'Install on this device' }).click();
    await tablet.getByTestId('apple-install-steps').getByText('Add to Home Screen').waitFor();
    await tablet.getByText('projects made in Safari do not appear in it').waitFor();
    expect(await seriousA11yViolations(tablet)).toEqual([]);
    await tablet.screenshot({ path: '/tmp/install-ipad.png', fullPage: true });
    await ipad.close();
  });
});
