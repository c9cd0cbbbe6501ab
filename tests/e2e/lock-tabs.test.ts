import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the facilitator PIN across tabs', () => {
  it('will not replace a PIN set in another tab without it, even from a Settings page that still says none is set', async () => {
    const { context } = await newTrackedContext(browser);
    const stale = await context.newPage();
    await stale.goto(`${baseUrl()}#/settings`);
    const staleCard = stale.locator('section', { has: stale.getByRole('heading', { name: 'Device lock' }) });
    await staleCard.getByText('No PIN is set on this device.').waitFor();

    // The facilitator sets the PIN in another tab.
    const facilitator = await context.newPage();
    await facilitator.goto(`${baseUrl()}#/settings`);
    const card = facilitator.locator('section', { has: facilitator.getByRole('heading', { name: 'Device lock' }) });
    await card.getByLabel('New PIN', { exact: true }).fill('2468');
    await card.getByLabel('Type the new PIN again').fill('2468');
    await card.getByRole('button', { name: 'Set PIN' }).click();
    await card.getByText('A PIN is set.', { exact: false }).waitFor();

    // Someone at the old tab tries to set their own.
    await staleCard.getByLabel('New PIN', { exact: true }).fill('1357');
    await staleCard.getByLabel('Type the new PIN again').fill('1357');
    await staleCard.getByRole('button', { name: 'Set PIN' }).click();
    await staleCard.getByText('The current PIN is not right, so the PIN was not changed.').waitFor();
    await staleCard.getByText('A PIN is set.', { exact: false }).waitFor();

    // The facilitator's PIN still unlocks; the other does not.
    await card.getByRole('button', { name: 'Lock now' }).click();
    const lock = facilitator.getByRole('dialog', { name: 'Common Ground is locked' });
    await lock.waitFor();
    await lock.getByLabel('PIN', { exact: true }).fill('1357');
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await lock.getByText('That PIN is not right. Try again.').waitFor();
    await lock.getByLabel('PIN', { exact: true }).fill('2468');
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await lock.waitFor({ state: 'detached' });
    await context.close();
  });
});
