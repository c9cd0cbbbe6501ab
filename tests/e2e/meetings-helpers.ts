import type { Page } from 'playwright-core';

/**
 * Waits until the service worker has installed (so every asset is precached) and controls
 * the page, reloading once if needed: the app registers with `registerType: 'prompt'`, so a
 * first visit is not controlled until the next load. (Playwright's waitForFunction treats the
 * Promise an async predicate returns as truthy, so this polls with evaluate instead.)
 */
export async function waitUntilOfflineReady(page: Page) {
  const state = () => page.evaluate(async () => ({ active: (await navigator.serviceWorker.getRegistration())?.active?.state ?? null, controlled: Boolean(navigator.serviceWorker.controller) }));
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

/** Opens the example project (50 people, a year of meetings) and adds a meeting for today. */
export async function exampleWithTodaysMeeting(page: Page, title: string) {
  await page.getByRole('button', { name: 'Try an example project' }).click();
  await page.getByRole('heading', { level: 1, name: /example/ }).waitFor({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.getByRole('link', { name: 'Add a meeting' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Add meeting' }).click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

export function registerRows(page: Page) {
  return page.getByRole('list', { name: 'People at this meeting' }).getByRole('listitem');
}

export async function pressedMark(page: Page, index: number): Promise<string | null> {
  const pressed = registerRows(page).nth(index).locator('button[aria-pressed="true"]');
  return (await pressed.count()) ? (await pressed.innerText()).replace('✓', '').trim() : null;
}
