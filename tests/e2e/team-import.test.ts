import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, smallTouchTargets } from './browser';
import { addMember, backToTeam, createProject } from './team-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Windows-1252 bytes, as older Excel on Windows saves CSV. */
function windows1252(text: string): Buffer {
  const extra: Record<string, number> = { '’': 0x92 };
  return Buffer.from([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
}

const LIST = [
  'First name;Surname;E-mail;Role',
  'Zoë;Ellis;;Carer', // already here
  'Ben;O’Neill;ben@example.org;Professional',
  '"=HYPERLINK(""http://x.test"")";Cell;;', // formula-like: kept as text
  'Cara;Price;;Volunteer', // not a role the app knows
  '"Dev";"Shah;Jones";dev@example.org;lived experience', // quoted cell holding the separator
].join('\r\n');

async function chooseList(page: Page, name: string, bytes: Buffer) {
  await page.getByTestId('list-input').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
}

describe('bringing in a list of members from a spreadsheet', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context } = await newTrackedContext(browser, PHONE));
    page = await context.newPage();
    await page.goto(baseUrl());
    await createProject(page, 'Harbour Voices');
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('heading', { name: 'Balance of the group' }).waitFor();
    await addMember(page, { name: 'Zoë Ellis', role: 'Carer or family' });
    await backToTeam(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('refuses a file that is not a list, changing nothing', async () => {
    await page.getByRole('link', { name: 'Bring in a list' }).click();
    await page.getByRole('heading', { name: 'Bring in a list' }).waitFor();
    await chooseList(page, 'photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0]));
    await page.getByRole('alert').getByText(/not a list the app can read/).waitFor();
    await chooseList(page, 'members.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    await page.getByRole('alert').getByText(/workbook, not a CSV file/).waitFor();
    expect(await page.getByRole('heading', { name: 'Which column is which' }).count()).toBe(0);
  });

  it('maps the columns, shows who would be added, the likely duplicate and the row that cannot be used, then adds them in one step', async () => {
    await chooseList(page, 'members.csv', windows1252(LIST));
    await page.getByRole('heading', { name: 'Which column is which' }).waitFor();
    expect(await page.getByLabel('First name (if there is no whole name)').inputValue()).toBe('0');
    expect(await page.getByLabel('Last name (if there is no whole name)').inputValue()).toBe('1');
    expect(await page.getByLabel('Email').inputValue()).toBe('2');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('Ready to add: 3. Probably already here: 1. Cannot be used: 1.');
    const preview = page.getByTestId('import-preview');
    await preview.getByRole('rowheader', { name: 'Ben O’Neill' }).waitFor();
    await preview.getByRole('rowheader', { name: '=HYPERLINK("http://x.test") Cell' }).waitFor();
    await preview.getByRole('rowheader', { name: 'Dev Shah;Jones' }).waitFor();
    await page.getByTestId('import-duplicates').getByText('Row 2: Zoë Ellis (looks like Zoë Ellis). Add anyway').waitFor();
    await page.getByTestId('import-bad').getByText(/Row 5: “Volunteer” is not a role/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/import-phone.png', fullPage: true });

    // Nothing is added until the facilitator agrees to skip the bad row.
    await page.getByRole('button', { name: 'Add 3 members' }).click();
    await page.getByRole('alert').getByText(/Tick the box to skip the rows that cannot be used/).waitFor();
    await page.getByRole('checkbox', { name: 'Skip the row that cannot be used and add the others' }).check();
    await page.getByRole('button', { name: 'Add 3 members' }).click();
    await page.getByRole('status').getByText('3 members were added.').waitFor();

    await page.getByRole('link', { name: 'See the members' }).click();
    const list = page.getByTestId('member-list');
    await list.getByText('Ben O’Neill').waitFor();
    await list.getByText('=HYPERLINK("http://x.test") Cell').waitFor();
    await list.getByText('Dev Shah;Jones').waitFor();
    expect(await list.getByText('Zoë Ellis').count()).toBe(1);
    expect(await list.getByText('Cara Price').count()).toBe(0);
  });
});
