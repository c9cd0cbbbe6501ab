import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseUrl = () => inject('baseUrl');

/** Debian's Chromium, with the flags that keep it from calling out to the internet. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Viewports we promise to work on. */
export const TABLET = { width: 800, height: 1280 };
export const TABLET_LANDSCAPE = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface TrackedContext {
  context: BrowserContext;
  /** Every URL the pages in this context asked for. */
  requests: string[];
}

export async function newTrackedContext(browser: Browser, viewport = TABLET): Promise<TrackedContext> {
  const context = await browser.newContext({ viewport, hasTouch: true, serviceWorkers: 'allow' });
  const requests: string[] = [];
  context.on('request', (req) => requests.push(req.url()));
  return { context, requests };
}

/**
 * Waits until the service worker has installed (so every asset is precached) and controls
 * the page, reloading once if needed: the app registers with `registerType: 'prompt'`, so a
 * first visit is not controlled until the next load. (Playwright's waitForFunction treats the
 * Promise an async predicate returns as truthy, so this polls with evaluate instead.)
 */
export async function waitForOfflineReady(page: Page) {
  const state = () =>
    page.evaluate(async () => ({
      active: (await navigator.serviceWorker.getRegistration())?.active?.state ?? null,
      controlled: Boolean(navigator.serviceWorker.controller),
    }));
  const deadline = Date.now() + 30_000;
  let current = await state();
  while (current.active !== 'activated' && Date.now() < deadline) {
    await page.waitForTimeout(100);
    current = await state();
  }
  if (current.active !== 'activated') throw new Error('The service worker did not install within 30 seconds.');
  if (!current.controlled) {
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 10_000 });
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page and returns serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  const already = await page.evaluate(() => 'axe' in window);
  // Evaluated through the debugging protocol, so the app's strict CSP does not block it.
  if (!already) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Touch targets smaller than 44×44 CSS pixels among visible buttons, links and inputs. */
export async function smallTouchTargets(page: Page, selector = 'main button, main a, main input, main select, main textarea'): Promise<string[]> {
  return page.$$eval(selector, (els) =>
    els
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // Links inside sentences are exempt (WCAG 2.5.8 allows it); a link standing alone is not.
        const around = el.closest('p, li, dd');
        if (style.display === 'inline' && el.tagName === 'A' && around && around.textContent?.trim() !== el.textContent?.trim()) return false;
        if ((el as HTMLInputElement).type === 'checkbox' || (el as HTMLInputElement).type === 'radio') {
          const label = el.closest('label');
          const lr = label?.getBoundingClientRect();
          return r.width > 0 && !(lr && lr.height >= 44);
        }
        return r.width > 0 && r.height > 0 && (r.width < 44 || r.height < 44);
      })
      .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || ''}”`),
  );
}
