import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, smallTouchTargets, TABLET, twoDevices } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function createProject(page: Page, name: string, purpose: string) {
  await page.getByLabel('Project name').fill(name);
  await page.getByLabel('What is it for, in one line?').fill(purpose);
  await page.getByRole('button', { name: 'Start project' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function renameOnProjectsList(page: Page, current: string, details: { name?: string; purpose?: string }) {
  await page.goto(`${baseUrl()}/#/`);
  await page.getByRole('button', { name: `Rename ${current}` }).click();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Save' }) });
  if (details.name) await item.getByLabel('Project name').fill(details.name);
  if (details.purpose) await item.getByLabel('What is it for, in one line?').fill(details.purpose);
  await item.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Save' }).waitFor({ state: 'detached' });
}

const upToDate = (page: Page) => page.locator('.sync-status').filter({ hasText: 'Up to date' }).waitFor({ timeout: 20_000 });

describe('two facilitators working together', () => {
  it('share a project by invite, both change it offline, and both end up with every change', async () => {
    const { a, b, pageA, pageB } = await twoDevices(browser);

    // A shares a project and shows the invite.
    await createProject(pageA, 'Riverside Carers', 'Better respite');
    const projectUrl = pageA.url();
    await pageA.getByRole('link', { name: 'Work together' }).click();
    await pageA.getByRole('button', { name: 'Share this project' }).click();
    await upToDate(pageA);
    await pageA.getByRole('button', { name: 'Show the invite' }).click();
    await pageA.getByRole('img', { name: /QR code of the invite link/ }).waitFor();
    const link = await pageA.getByRole('textbox', { name: 'Invite link' }).inputValue();
    expect(link).toMatch(/#\/join\/[^/]+\/[A-Za-z0-9_-]{172}$/);
    expect(await seriousA11yViolations(pageA)).toEqual([]);
    expect(await smallTouchTargets(pageA)).toEqual([]);

    // B opens it and gets the project.
    await pageB.goto(link);
    await pageB.getByRole('button', { name: 'Join the project' }).click();
    await pageB.getByRole('heading', { level: 1, name: 'Riverside Carers' }).waitFor({ timeout: 20_000 });
    expect(pageB.url()).not.toContain(link.split('#')[1]!); // the secret left the address bar
    await upToDate(pageB);

    // Both go offline and change the project: the name on A, the purpose on both.
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await renameOnProjectsList(pageA, 'Riverside Carers', { name: 'Riverside Carers Group', purpose: 'Respite designed by carers' });
    await renameOnProjectsList(pageB, 'Riverside Carers', { purpose: 'Better breaks for carers' });
    await pageA.goto(projectUrl);
    await pageB.goto(projectUrl);
    await pageA.locator('.sync-status').filter({ hasText: /Offline · \d+ changes? not yet on the server/ }).waitFor();
    await pageB.locator('.sync-status').filter({ hasText: /Offline · 1 change not yet on the server/ }).waitFor();

    // Back online: every change arrives on both, and both say "up to date".
    await a.context.setOffline(false);
    await b.context.setOffline(false);
    await pageA.getByRole('heading', { level: 1, name: 'Riverside Carers Group' }).waitFor({ timeout: 20_000 });
    await pageB.getByRole('heading', { level: 1, name: 'Riverside Carers Group' }).waitFor({ timeout: 20_000 });
    await upToDate(pageA);
    await upToDate(pageB);
    const purposeA = await pageA.locator('.lead').first().innerText();
    await pageB.locator('.lead').first().filter({ hasText: purposeA }).waitFor();
    expect(['Respite designed by carers', 'Better breaks for carers']).toContain(purposeA);
    const other = purposeA === 'Respite designed by carers' ? 'Better breaks for carers' : 'Respite designed by carers';

    // The purpose was changed on both: B is told, and puts the other value back in one tap.
    await pageB.getByRole('link', { name: 'Work together' }).click();
    const notice = pageB.getByRole('note').filter({ hasText: 'Purpose was changed on two devices at the same time' });
    await notice.waitFor();
    await notice.getByRole('button', { name: `Use “${other}” instead` }).click();
    await pageA.goto(projectUrl);
    await pageA.locator('.lead').first().filter({ hasText: other }).waitFor({ timeout: 20_000 });
    await upToDate(pageB);

    await a.context.close();
    await b.context.close();
  });

  it('resets sharing leaving a device out: it is told, and comes back only with a new invite from the team', async () => {
    const a = await newTrackedContext(browser, TABLET);
    const b = await newTrackedContext(browser, TABLET);
    const pageA = await a.context.newPage();
    const pageB = await b.context.newPage();
    await pageA.goto(baseUrl());
    await createProject(pageA, 'Hillside Forum', 'Shaping the day centre');
    await pageA.getByRole('link', { name: 'Work together' }).click();
    await pageA.getByRole('button', { name: 'Share this project' }).click();
    await pageA.getByRole('button', { name: 'Show the invite' }).click();
    const oldLink = await pageA.getByRole('textbox', { name: 'Invite link' }).inputValue();
    await pageB.goto(oldLink);
    await pageB.getByLabel('Name of this device').fill('Second tablet');
    await pageB.getByRole('button', { name: 'Join the project' }).click();
    await upToDate(pageB);

    await pageA.getByRole('list', { name: 'Devices that share this project' }).getByText('Second tablet').waitFor({ timeout: 20_000 });
    await pageA.getByRole('button', { name: 'Reset sharing…' }).click();
    await pageA.getByRole('group', { name: 'Which devices keep the project?' }).getByRole('checkbox', { name: 'Second tablet' }).uncheck();
    await pageA.getByRole('button', { name: 'Reset sharing', exact: true }).click();
    await pageA.getByRole('dialog').getByRole('button', { name: 'Reset sharing' }).click();
    await pageA.getByText('Sharing was reset. The devices you kept').waitFor({ timeout: 20_000 });
    await pageA.getByRole('button', { name: 'Show the invite' }).click();
    const newLink = await pageA.getByRole('textbox', { name: 'Invite link' }).inputValue();
    expect(newLink).not.toBe(oldLink);
    await pageB.locator('.sync-status').filter({ hasText: 'Not syncing' }).waitFor({ timeout: 20_000 });
    await pageB.locator('.sync-status').click();
    await pageB.getByRole('heading', { name: 'This device was left out' }).waitFor();

    await renameOnProjectsList(pageB, 'Hillside Forum', { purpose: 'Changed while turned away' });
    await pageB.goto(newLink);
    await pageB.getByRole('heading', { name: '“Hillside Forum” is already on this device' }).waitFor();
    await pageB.getByRole('button', { name: 'Use this link' }).click();
    await upToDate(pageB);
    await pageA.goto(pageA.url().replace(/\/share$/, ''));
    await pageA.locator('.lead').first().filter({ hasText: 'Changed while turned away' }).waitFor({ timeout: 20_000 });
    await a.context.close();
    await b.context.close();
  }, 180_000);

  it('refuses an invite link that was cut short or changed, and adds nothing', async () => {
    const a = await newTrackedContext(browser, PHONE);
    const page = await a.context.newPage();
    await page.goto(baseUrl());
    await createProject(page, 'Park Road Group', 'Planning together');
    await page.getByRole('link', { name: 'Work together' }).click();
    await page.getByRole('button', { name: 'Share this project' }).click();
    await page.getByRole('button', { name: 'Show the invite' }).click();
    const link = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
    expect(await smallTouchTargets(page)).toEqual([]);

    const c = await newTrackedContext(browser, PHONE);
    const other = await c.context.newPage();
    await other.goto(link.slice(0, -6));
    await other.getByRole('alert').filter({ hasText: 'This invite link is not complete' }).waitFor();
    const last = link.at(-1) === 'A' ? 'B' : 'A';
    await other.goto(`${link.slice(0, -1)}${last}`);
    await other.getByRole('alert').filter({ hasText: 'This invite link has been changed' }).waitFor();
    expect(await seriousA11yViolations(other)).toEqual([]);
    await other.goto(`${baseUrl()}/#/`);
    await other.getByText('No projects yet').waitFor();
    await a.context.close();
    await c.context.close();
  });
});
