import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, openExample, PHONE, seriousA11yViolations, smallTouchTargets, waitForOfflineReady } from './browser';
import { todayIso } from '../../src/core/ids';
import { formatDay } from '../../src/core/format/dates';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Every plan screen must pass axe and have touch targets of at least 44×44. */
async function checkScreen(page: Page, name: string) {
  expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  expect(await smallTouchTargets(page), `touch targets on ${name}`).toEqual([]);
}

async function openPart(page: Page, title: string) {
  await page.getByRole('link', { name: 'All of the plan' }).click();
  await page.getByRole('link', { name: new RegExp(title) }).click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

async function chooseOption(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

describe('planning a co-produced project with the group', () => {
  it('goes from the readiness check to agreed terms of reference, offline, and the dashboard shows it all', async () => {
    const { context, requests } = await newTrackedContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await waitForOfflineReady(page);
    await page.getByLabel('Project name').fill('Riverside Carers');
    await page.getByRole('button', { name: 'Start project' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riverside Carers' }).waitFor();

    // From here on there is no network at all, as in a village hall with no signal.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Riverside Carers' }).waitFor();
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('link', { name: /Readiness check/ }).waitFor();
    await checkScreen(page, 'plan overview');

    // 1. Readiness check, partly by keyboard: Space picks an answer, arrow keys move along.
    await page.getByRole('link', { name: /Readiness check/ }).click();
    const question = (n: number) => page.getByRole('group', { name: new RegExp(`Question ${n} of 5`) });
    await question(1).getByLabel('Yes').check();
    await question(2).getByLabel('Yes').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => question(2).getByLabel('Partly').isChecked()).toBe(true);
    await question(3).getByLabel('Yes').check();
    await question(4).getByLabel('Yes').check();
    await question(5).getByLabel('No', { exact: true }).check();
    await page.getByText('Co-production could work here, once a few things are sorted out.').waitFor();
    await page.getByText(/Based on the questions in the Iriss co-production project planner/).waitFor();
    await checkScreen(page, 'readiness check');

    // 2. Our definition, from a suggestion, and a value added by keyboard alone.
    await openPart(page, 'Our definition and values');
    await page.getByRole('button', { name: /Start from this: Co-production means people/ }).click();
    const definition = page.getByLabel('What co-production means to us');
    await definition.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' In our group that starts with carers.');
    expect(await definition.inputValue()).toMatch(/working together as equals.*In our group that starts with carers\.$/s);
    await page.getByLabel('Date agreed').fill(isoDaysFromToday(0));
    await page.getByRole('button', { name: 'Save agreement date' }).click();
    await page.getByText(/^Agreed .* \d{4}\.$/).waitFor();
    await page.getByRole('button', { name: 'Add Equality' }).click();
    await page.getByLabel('Value', { exact: true }).focus();
    await page.keyboard.type('Honesty');
    await page.keyboard.press('Tab');
    await page.keyboard.type('We say when something is not working.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('We say when something is not working.').waitFor();
    await checkScreen(page, 'definition and values');

    // 3. Stage and cycle.
    await openPart(page, 'Stage and cycle');
    await page.getByLabel(/^Planning:/).check();
    await page.getByLabel(/^Design/).check();
    await page.getByLabel(/^Delivery/).check();
    await page.getByText(/Planning since/).waitFor();
    await checkScreen(page, 'stage and cycle');

    // 4. An aim with two outcomes, each with measures; one outcome moved up.
    await openPart(page, 'Aims and outcomes');
    await page.getByLabel('Aim', { exact: true }).fill('Carers and the council redesign respite support together');
    await page.getByRole('button', { name: 'Add aim' }).click();
    await page.getByRole('heading', { level: 3, name: 'Carers and the council redesign respite support together' }).waitFor();
    await page.getByLabel(/Influence over decisions/).check();
    await page.getByRole('button', { name: 'Add ticked outcomes' }).click();
    await page.getByText('I have been able to shape the work of this group.').waitFor();
    await page.getByRole('button', { name: /Add your own outcome/ }).click();
    await page.getByLabel('Outcome', { exact: true }).fill('Carers find it easier to book a break');
    await page.getByRole('button', { name: 'Add outcome' }).click();
    await page.getByRole('button', { name: 'Add a measure to “Carers find it easier to book a break”' }).click();
    await page.getByLabel('Kind of measure').selectOption('count');
    await page.getByLabel('What to count').fill('Breaks booked in one phone call');
    await page.getByRole('button', { name: 'Add measure' }).click();
    await page.getByText('Breaks booked in one phone call').waitFor();
    await page.getByRole('button', { name: 'Move up: outcome “Carers find it easier to book a break”' }).click();
    await expect.poll(() => page.locator('.plan-outcome-title').allTextContents()).toEqual([
      'Carers find it easier to book a break',
      'Members have a real say over the decisions and services that affect their lives.',
    ]);
    await checkScreen(page, 'aims and outcomes');

    // 5. A series of 6 meetings, starting in the past (confirmed), one cancelled, exported as .ics.
    await openPart(page, 'Meeting series');
    await page.getByLabel('Day of the week').selectOption('2');
    await page.getByLabel('How often').selectOption('2');
    await page.getByLabel('Starting from').fill(isoDaysFromToday(-56));
    await page.getByLabel('Number of meetings').fill('500');
    await page.getByLabel('Place').fill('Village hall, Church Lane');
    await page.getByRole('button', { name: 'Add these meetings' }).click();
    await page.getByText('A series can have at most 100 meetings. Plan a second series for more.').waitFor();
    await page.getByLabel('Number of meetings').fill('6');
    await page.getByRole('button', { name: 'Add these meetings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Some dates have passed' });
    await dialog.getByText(/are in the past/).waitFor();
    await dialog.getByRole('button', { name: 'Add them anyway' }).click();
    await page.getByText(/^6 meetings added/).waitFor();
    await page.getByRole('button', { name: /Show the \d past meetings/ }).click();
    await expect.poll(() => page.locator('.plan-meeting').count()).toBe(6);
    await page.getByRole('button', { name: 'Cancel meeting: Group meeting 6' }).click();
    await page.getByRole('button', { name: 'Restore Group meeting 6' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar file (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('riverside-carers-meetings.ics');
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);
    expect(ics).toContain('DTSTART;TZID=Europe/London:');
    expect(ics.match(/STATUS:CANCELLED/g)).toHaveLength(1);
    expect(ics).toContain('LOCATION:Village hall\\, Church Lane');
    await checkScreen(page, 'meeting series');

    // 6. Terms of reference: drafted at meeting 1, discussed at meeting 2, agreed at meeting 3.
    await openPart(page, 'Terms of reference');
    await chooseOption(page.getByLabel('Drafted at meeting'), 'Group meeting 1,');
    await page.getByRole('button', { name: 'Start the terms of reference' }).click();
    const purpose = page.getByLabel('Purpose: text');
    await purpose.fill('We meet to make respite better for carers in the villages.');
    await chooseOption(page.getByLabel('At which meeting?'), 'Group meeting 2,');
    await page.getByRole('button', { name: 'Record this step' }).click();
    await page.getByText(/^Recorded: discussed/).waitFor();
    await page.getByLabel('Agreed by the group').check();
    // Only the purpose has the group's own words: agreeing the rest as it stands needs its own yes.
    await page.getByTestId('unwritten-warning').getByText('hold no words of the group’s own yet', { exact: false }).waitFor();
    await page.getByLabel('The group agrees the document without them').check();
    await chooseOption(page.getByLabel('At which meeting?'), 'Group meeting 3,');
    await page.getByRole('button', { name: 'Record this step' }).click();
    await page.getByText('Say who was there when it was agreed: tick their names, or write a short note such as “9 members”.').waitFor();
    await page.getByLabel('Anyone else, or how many were there').fill('8 members and a guest');
    await page.getByRole('button', { name: 'Record this step' }).click();
    await page.getByText(/^Recorded: agreed/).waitFor();
    const history = page.getByRole('region', { name: 'Version history' });
    await history.getByText('Present: 8 members and a guest').waitFor();
    await history.getByRole('button', { name: 'What changed since version 1' }).click();
    await history.locator('ins', { hasText: 'respite better for carers' }).waitFor();
    await checkScreen(page, 'terms of reference');

    // Still there after a reload with no network.
    await page.reload();
    await page.getByRole('heading', { level: 3, name: /Where it stands: Agreed/ }).waitFor();
    await expect.poll(() => page.getByLabel('Purpose: text').inputValue()).toBe('We meet to make respite better for carers in the villages.');

    // 7. The dashboard shows the stage, the shared parts of the cycle and the plan in brief.
    await page.getByRole('link', { name: 'Riverside Carers' }).click();
    const card = page.getByTestId('plan-card');
    await card.getByText('Planning', { exact: true }).first().waitFor();
    await expect.poll(() => card.locator('.plan-cycle-chips .shared').allTextContents()).toEqual(['✓ Design: co-produced', '✓ Delivery: co-produced']);
    await expect.poll(() => card.locator('.plan-card-summary').textContent()).toMatch(/1 aim, 2 outcomes, 4 measures\. Terms of reference: agreed .*\. Next meeting: .*, 10:00\. Definition agreed/);
    await checkScreen(page, 'dashboard');

    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('fits a phone: every plan screen of a full example project passes axe, with big enough targets and no sideways scrolling', async () => {
    const { context } = await newTrackedContext(browser, PHONE);
    const page = await context.newPage();
    await openExample(page);
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await checkScreen(page, 'plan overview on a phone');
    const screens: [string, string][] = [
      ['Terms of reference', 'Version history'],
      ['Ground rules', 'Version history'],
      ['Stakeholders and assets', 'Who should be involved'],
      ['Risks and warning signs', 'Add your own risk'],
    ];
    for (const [part, marker] of screens) {
      await page.getByRole('link', { name: new RegExp(part) }).click();
      await page.getByRole('heading', { level: 3, name: marker }).waitFor();
      await checkScreen(page, `${part} on a phone`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${part} fits the width`).toBeLessThanOrEqual(PHONE.width);
      await page.getByRole('link', { name: 'All of the plan' }).click();
    }
    await context.close();
  });

  it('reopens agreed ground rules and, when they are agreed again, ticks the people the register marked present', async () => {
    const { context } = await newTrackedContext(browser);
    const page = await context.newPage();
    await openExample(page);
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('link', { name: /Ground rules/ }).click();
    await page.getByRole('button', { name: 'Reopen as a new draft' }).click();
    // All three steps at the latest meeting that has happened: the first listed, unless that
    // is today's, whose register is not taken yet.
    const recordAt = async (step: string) => {
      await page.getByLabel(step).check();
      const labels = await page.getByLabel('At which meeting?').locator('option').allTextContents();
      const today = `, ${formatDay(todayIso(), 'weekday')}`;
      await page.getByLabel('At which meeting?').selectOption({ index: labels.findIndex((label, i) => i > 0 && !label.endsWith(today)) });
    };
    await recordAt('Back to draft for more work');
    await page.getByRole('button', { name: 'Record this step' }).click();
    await page.getByText(/^Recorded: draft/).waitFor();
    await recordAt('Discussed by the group');
    await page.getByRole('button', { name: 'Record this step' }).click();
    await page.getByText(/^Recorded: discussed/).waitFor();
    await recordAt('Agreed by the group');
    const present = page.getByRole('group', { name: 'Who was there when it was agreed?' });
    await present.getByText('Ticked from the register for that meeting. Change it if needed.').waitFor();
    await expect.poll(() => present.getByRole('checkbox', { checked: true }).count()).toBeGreaterThan(0);
    const ticked = await present.getByRole('checkbox', { checked: true }).count();
    await page.getByRole('button', { name: 'Record this step' }).click();
    await page.getByText(/^Recorded: agreed/).waitFor();
    const latest = page.getByRole('region', { name: 'Version history' }).getByRole('listitem').first();
    const names = (await latest.getByText(/^Present: /).textContent())!.replace('Present: ', '').split(', ');
    expect(names).toHaveLength(ticked);
    await context.close();
  });

  it('shows every part of the plan in Welsh when Welsh is chosen, and each still passes axe', async () => {
    const { context } = await newTrackedContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.goto(`${baseUrl()}/#/settings`);
    await page.getByLabel('Cymraeg').check();
    await page.goto(`${baseUrl()}/#/`);
    await page.getByRole('button', { name: 'Rhoi cynnig ar brosiect enghreifftiol' }).click();
    await page.getByRole('heading', { level: 1, name: /enghraifft/ }).waitFor({ timeout: 30_000 });
    const projectId = new URL(page.url()).hash.split('/')[2];
    const parts: [string, string][] = [
      ['readiness', 'Gwiriad parodrwydd'],
      ['values', 'Ein diffiniad a’n gwerthoedd'],
      ['stage', 'Cam a chylch'],
      ['aims', 'Nodau a chanlyniadau'],
      ['meetings', 'Cyfres o gyfarfodydd'],
      ['terms', 'Cylch gorchwyl'],
      ['ground-rules', 'Rheolau sylfaenol'],
      ['people-and-assets', 'Rhanddeiliaid ac asedau'],
      ['risks', 'Risgiau ac arwyddion rhybudd'],
    ];
    await page.goto(`${baseUrl()}/#/p/${projectId}/plan`);
    for (const [, title] of parts) await page.getByRole('link', { name: new RegExp(title) }).waitFor();
    await checkScreen(page, 'plan overview in Welsh');
    for (const [part, title] of parts) {
      await page.getByRole('link', { name: new RegExp(title) }).click();
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
      await checkScreen(page, `${part} in Welsh`);
      await page.getByRole('link', { name: 'Y cynllun cyfan' }).click();
    }
    await context.close();
  });
});
