import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app';
import { launchBrowser, newTrackedContext, waitForOfflineReady } from './browser';

let browser: Browser;
let server: RunningServer;
let root: string;

beforeAll(async () => {
  browser = await launchBrowser();
  // A copy of the built app, so this test can publish a "new version" without touching the others.
  root = mkdtempSync(join(tmpdir(), 'cg-pwa-'));
  cpSync(resolve('dist'), join(root, 'dist'), { recursive: true });
  server = await startServer({ host: '127.0.0.1', port: 0, dataDir: join(root, 'data'), staticDir: join(root, 'dist'), allowedOrigins: [], redisUrl: null, quiet: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('installing and updating the app', () => {
  it('has a manifest a tablet can install from, with a maskable icon', async () => {
    const response = await fetch(`${server.url}/manifest.webmanifest`);
    expect(response.headers.get('content-type')).toContain('application/manifest+json');
    const manifest = await response.json();
    expect(manifest).toMatchObject({ name: expect.stringContaining('Common Ground'), short_name: 'Common Ground', display: 'standalone', theme_color: '#1f5f5b' });
    const purposes = manifest.icons.map((i: { purpose: string }) => i.purpose);
    expect(purposes).toContain('maskable');
    for (const icon of manifest.icons) expect((await fetch(server.url + icon.src)).status).toBe(200);
    // A fixed id, so a later change of start address never makes it a second app; screenshots
    // for the richer install sheet, on a tablet and a phone, fetched only when asked for.
    expect(manifest.id).toBe('/');
    expect(manifest.screenshots.map((s: { form_factor: string }) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const shot of manifest.screenshots) expect((await fetch(server.url + shot.src)).status).toBe(200);
    // Backups open from the Files app straight into the projects screen's restore card.
    expect(manifest.file_handlers).toEqual([expect.objectContaining({ action: '/', accept: { 'application/x-common-ground-backup': ['.cgbackup'] } })]);
    const worker = await (await fetch(`${server.url}/sw.js`)).text();
    expect(worker).not.toContain('screenshots/');
  });

  it('sends a strict content security policy with the app', async () => {
    const response = await fetch(server.url + '/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('offers a new version and installs it only when the facilitator taps it', async () => {
    const { context } = await newTrackedContext(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForOfflineReady(page);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

    // Publish a new version: any change to the service worker makes the browser fetch it.
    appendFileSync(join(root, 'dist', 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByText('A new version of Common Ground is ready.');
    await prompt.waitFor({ timeout: 30_000 });

    // Nothing changes on its own: the old worker still controls the page, and a new one waits.
    await page.waitForTimeout(1000);
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { waiting: Boolean(reg?.waiting), controller: navigator.serviceWorker.controller?.scriptURL };
    });
    expect(state).toEqual({ waiting: true, controller: firstWorker });

    await page.getByRole('button', { name: 'Update now' }).click();
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return !reg?.waiting && Boolean(navigator.serviceWorker.controller);
    });
    await page.getByRole('heading', { name: 'Your projects' }).waitFor();
    await context.close();
  });
});
