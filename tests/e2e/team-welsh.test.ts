import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, smallTouchTargets, TABLET } from './browser';
import { createProject } from './team-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Words of the team and lock screens in English: none may show once Welsh is chosen. */
const ENGLISH = [
  'Balance of the group',
  'Add a member',
  'Expenses and rewards',
  'Could not take part',
  'active member',
  'Find by name',
  'Inclusion profile',
  'Record consent',
  'Training and support',
  'Erase this person',
  'Totals for this member',
  'Prefer not to say',
  'Not asked yet',
  '(optional)',
  ' hours',
];

async function noEnglish(page: Page) {
  const text = await bodyText(page);
  expect(ENGLISH.filter((words) => text.includes(words))).toEqual([]);
}

describe('the team and the device lock in Welsh', () => {
  let context: BrowserContext;
  let page: Page;
  let team: string;
  beforeAll(async () => {
    ({ context } = await newTrackedContext(browser, TABLET));
    page = await context.newPage();
    await page.goto(baseUrl());
    await createProject(page, 'Grŵp Gofalwyr');
    team = `${page.url().replace(/\/?$/, '')}/team`;
    await page.goto(`${baseUrl()}#/settings`);
    await page.getByRole('radio', { name: 'Cymraeg' }).check();
    await page.getByRole('heading', { name: 'Iaith' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('walks the team, a member, the ledger and the barriers in Welsh, with Welsh dates and money, passing axe', async () => {
    await page.goto(team);
    await page.getByRole('heading', { name: 'Cydbwysedd y grŵp' }).waitFor();
    await noEnglish(page);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Ychwanegu aelod' }).click();
    await page.getByLabel('Enw', { exact: true }).fill('Siân Prys');
    await page.getByRole('radio', { name: 'Gofalwr neu deulu' }).check();
    await page.getByRole('button', { name: 'Ychwanegu’r aelod' }).click();
    await page.getByRole('heading', { name: 'Amdanyn nhw' }).waitFor();
    expect(await page.locator('.lead').textContent()).toBe('Gofalwr neu deulu · Gweithredol');

    const form = page.locator('form.add-contribution');
    await form.getByRole('textbox', { name: /Swm mewn punnoedd/ }).fill('-5');
    await form.getByLabel('Ar gyfer beth').fill('Tocyn bws');
    await form.getByRole('button', { name: 'Ychwanegu cofnod' }).click();
    await form.getByText('Ni all symiau fod yn negyddol. Rhowch yr hyn a roddwyd, fel 12.50.').waitFor();
    await form.getByRole('textbox', { name: /Swm mewn punnoedd/ }).fill('12.50');
    await form.getByRole('button', { name: 'Ychwanegu cofnod' }).click();
    await form.getByText('Wedi ychwanegu £12.50 (treuliau).').waitFor();
    // Today in Welsh as Intl writes it ("3 Chwef 2026"), or in British English where the
    // browser has no Welsh data (Chrome), never in its US default ("Feb 3, 2026").
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat(['cy-GB', 'en-GB'], { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date()),
    );
    expect(today).not.toMatch(/^[A-Z][a-z]+ \d/);
    await page.locator('.entry-meta', { hasText: today }).waitFor();
    await page.getByRole('button', { name: 'Cofnodi caniatâd: Lluniau' }).click();
    await page.getByRole('button', { name: 'Maen nhw’n cytuno' }).click();
    await page.getByText('Lluniau: maen nhw’n cytuno. Wedi’i gadw.').waitFor();
    // The inclusion profile's form holds the shared text field ("(dewisol)", not "(optional)").
    await page.getByRole('button', { name: 'Dangos a newid y proffil cynhwysiant' }).click();
    await page.getByRole('textbox', { name: /Anghenion mynediad eraill/ }).waitFor();
    await noEnglish(page);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Erasing asks first, in Welsh; cancelling changes nothing.
    await page.getByRole('button', { name: 'Dileu Siân Prys' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dileu’r person hwn am byth?' });
    await dialog.getByText('1 cyfraniad', { exact: false }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Canslo' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Pob aelod' }).first().click();
    await page.getByTestId('balance-verdict').getByText('Mwy o bobl â phrofiad bywyd (1) na gweithwyr proffesiynol (0).').waitFor();
    await page.getByText('Mae’r grŵp yn fach: 1 person yn weithredol.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Treuliau a gwobrau' }).click();
    await page.getByTestId('project-totals').getByText('£12.50').first().waitFor();
    await noEnglish(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto(`${team}/barriers`);
    await page.getByRole('checkbox', { name: 'Iechyd' }).check();
    await page.getByRole('button', { name: 'Cofnodi', exact: true }).click();
    await page.getByText('Wedi’i gofnodi.').waitFor();
    await page.getByText('(1 person)').waitFor();
    await noEnglish(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('fits a phone in Welsh, whose words run longer: nothing wider than the screen, every target big enough', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(team);
    await page.getByRole('heading', { name: 'Cydbwysedd y grŵp' }).waitFor();
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.getByTestId('member-list').getByRole('link', { name: /Siân/ }).click();
    await page.getByRole('heading', { name: 'Amdanyn nhw' }).waitFor();
    expect(await fits()).toBe(true);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.setViewportSize(TABLET);
  });

  it('sets a PIN and locks in Welsh, and unlocks with it', async () => {
    await page.goto(`${baseUrl()}#/settings`);
    const card = page.locator('section', { has: page.getByRole('heading', { name: 'Clo’r ddyfais' }) });
    await card.getByText('Does dim PIN wedi’i osod ar y ddyfais hon.').waitFor();
    await card.getByLabel('PIN newydd', { exact: true }).fill('2468');
    await card.getByLabel('Teipiwch y PIN newydd eto').fill('2469');
    await card.getByRole('button', { name: 'Gosod PIN' }).click();
    await card.getByText('Nid yw’r ddau PIN yr un fath. Teipiwch nhw eto.').waitFor();
    await card.getByLabel('Teipiwch y PIN newydd eto').fill('2468');
    await card.getByRole('button', { name: 'Gosod PIN' }).click();
    await card.getByText('Mae’r ap yn cloi ar ôl 5 munud heb ei ddefnyddio.', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Cloi nawr' }).click();
    const lock = page.getByRole('dialog', { name: 'Mae Common Ground wedi’i gloi' });
    await lock.waitFor();
    expect(await page.title()).toBe('Wedi’i gloi · Common Ground');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await lock.getByLabel('PIN', { exact: true }).fill('1111');
    await lock.getByRole('button', { name: 'Datgloi' }).click();
    await lock.getByText('Nid yw’r PIN hwnnw’n gywir. Rhowch gynnig arall arni.').waitFor();
    await lock.getByLabel('PIN', { exact: true }).fill('2468');
    await lock.getByRole('button', { name: 'Datgloi' }).click();
    await lock.waitFor({ state: 'detached' });
  });
});
