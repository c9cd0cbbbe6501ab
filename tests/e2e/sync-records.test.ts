import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousA11yViolations, twoDevices } from './browser';
import { addMember, createProject } from './team-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SLOW = { timeout: 30_000 };
const upToDate = (page: Page) => page.locator('.sync-status').filter({ hasText: 'Up to date' }).waitFor(SLOW);
const notes = (page: Page) => page.getByLabel('Meeting notes');
const fact = (page: Page, label: string) => page.locator('dl.facts').locator(`dt:text-is("${label}") + dd`);

async function changeDetails(page: Page, fields: { name?: string; pronouns?: string; organisation?: string }) {
  await page.getByRole('button', { name: 'Change details' }).click();
  if (fields.name) await page.getByLabel('Name', { exact: true }).fill(fields.name);
  if (fields.pronouns) await page.getByRole('textbox', { name: /^Pronouns/ }).fill(fields.pronouns);
  if (fields.organisation) await page.getByRole('textbox', { name: /^Organisation/ }).fill(fields.organisation);
  await page.getByRole('button', { name: 'Save details' }).click();
  await page.getByRole('button', { name: 'Change details' }).waitFor();
}

describe('two facilitators working together on members and meetings', () => {
  it('both change the same member and the same meeting notes offline; both end up with every change and can undo the clash', async () => {
    const { a, b, pageA, pageB } = await twoDevices(browser);

    // A starts a project with a member and a meeting, with the first words of the notes.
    await createProject(pageA, 'Oakfield Voices');
    const projectUrl = pageA.url();
    await pageA.getByRole('link', { name: 'Team', exact: true }).click();
    await pageA.getByRole('heading', { name: 'Balance of the group' }).waitFor();
    await addMember(pageA, { name: 'Priya Shah', role: 'Lived experience', organisation: 'Carers Centre' });
    const memberUrl = pageA.url();
    await pageA.goto(`${projectUrl}/meetings`);
    await pageA.getByRole('link', { name: 'Add a meeting' }).click();
    await pageA.getByLabel('Title').fill('Planning day');
    await pageA.getByRole('button', { name: 'Add meeting' }).click();
    await pageA.getByRole('heading', { level: 2, name: 'Planning day' }).waitFor();
    await pageA.getByRole('link', { name: 'Notes and decisions' }).click();
    await notes(pageA).fill('Agenda agreed.');
    const meetingUrl = pageA.url();

    // A shares it; B opens the invite and gets the member and the meeting.
    await pageA.goto(`${projectUrl}/share`);
    await pageA.getByRole('button', { name: 'Share this project' }).click();
    await upToDate(pageA);
    await pageA.getByRole('button', { name: 'Show the invite' }).click();
    const link = await pageA.getByRole('textbox', { name: 'Invite link' }).inputValue();
    await pageB.goto(link);
    await pageB.getByRole('button', { name: 'Join the project' }).click();
    await pageB.getByRole('heading', { level: 1, name: 'Oakfield Voices' }).waitFor(SLOW);
    await upToDate(pageB);
    for (const page of [pageA, pageB]) await page.goto(memberUrl);
    await pageB.getByRole('heading', { level: 2, name: 'Priya Shah' }).waitFor(SLOW);
    await fact(pageB, 'Organisation').filter({ hasText: 'Carers Centre' }).waitFor();
    await pageB.goto(meetingUrl);
    await expect.poll(() => notes(pageB).inputValue(), SLOW).toBe('Agenda agreed.');

    // Both go offline. A adds pronouns, B corrects the name, and both change the organisation.
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await pageB.goto(memberUrl);
    await changeDetails(pageA, { pronouns: 'she/her', organisation: 'Carers Centre North' });
    await changeDetails(pageB, { name: 'Priya Shah-Khan', organisation: 'Oakfield Carers Group' });

    // Both add to the same notes: A at the end, B at the start.
    for (const page of [pageA, pageB]) await page.goto(meetingUrl);
    await notes(pageA).click();
    await pageA.keyboard.press('Control+End');
    await pageA.keyboard.type(' A: book the library room.');
    await notes(pageB).click();
    await pageB.keyboard.press('Control+Home');
    await pageB.keyboard.type('B: ask about transport. ');
    for (const page of [pageA, pageB]) await page.locator('.sync-status').filter({ hasText: /Offline · \d+ changes? not yet on the server/ }).waitFor();

    // Back online: both get every word of the notes, and both say "up to date".
    await a.context.setOffline(false);
    await b.context.setOffline(false);
    const merged = 'B: ask about transport. Agenda agreed. A: book the library room.';
    for (const page of [pageA, pageB]) await expect.poll(() => notes(page).inputValue(), SLOW).toBe(merged);
    await upToDate(pageA);
    await upToDate(pageB);

    // The member has both different-field changes on both devices, and the same organisation.
    for (const page of [pageA, pageB]) {
      await page.goto(memberUrl);
      await page.getByRole('heading', { level: 2, name: 'Priya Shah-Khan (she/her)' }).waitFor(SLOW);
    }
    const keptA = await fact(pageA, 'Organisation').innerText();
    expect(['Carers Centre North', 'Oakfield Carers Group']).toContain(keptA);
    await fact(pageB, 'Organisation').filter({ hasText: new RegExp(`^${keptA}$`) }).waitFor(SLOW);
    const other = keptA === 'Carers Centre North' ? 'Oakfield Carers Group' : 'Carers Centre North';

    // The organisation was changed on both: each device says so, with the value kept and the other.
    for (const page of [pageA, pageB]) {
      const notice = page.getByRole('note').filter({ hasText: 'Organisation was changed on two devices at the same time' });
      await notice.waitFor(SLOW);
      await notice.getByText(`Kept: “${keptA}”. The other device had: “${other}”.`).waitFor();
      expect(await page.getByRole('note').filter({ hasText: /Name|Pronouns/ }).count()).toBe(0);
    }
    expect(await seriousA11yViolations(pageB)).toEqual([]);

    // B puts the other value back in one tap; it reaches A, and the notice goes on both.
    await pageB.getByRole('note').getByRole('button', { name: `Use “${other}” instead` }).click();
    await fact(pageB, 'Organisation').filter({ hasText: new RegExp(`^${other}$`) }).waitFor();
    await fact(pageA, 'Organisation').filter({ hasText: new RegExp(`^${other}$`) }).waitFor(SLOW);
    for (const page of [pageA, pageB]) await page.getByRole('note').waitFor({ state: 'detached', ...SLOW });
    await upToDate(pageA);
    await upToDate(pageB);
    await fact(pageA, 'Name').filter({ hasText: 'Priya Shah-Khan' }).waitFor();
    await fact(pageA, 'Pronouns').filter({ hasText: 'she/her' }).waitFor();

    await a.context.close();
    await b.context.close();
  });
});
