import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, smallTouchTargets, TABLET, waitForOfflineReady } from './browser';
import { exampleWithTodaysMeeting, pressedMark, registerRows } from './meetings-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const MARKS = ['Present', 'Present', 'Present', 'Apologies', 'Present', 'Present', 'Absent', 'Present', 'Present', 'Apologies', 'Present', 'Present'];

async function expectAxeClean(page: Page) {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

async function count(page: Page, which: string) {
  return page.getByTestId(`count-${which}`).innerText();
}

describe('meetings on the day', () => {
  it('runs today’s meeting offline, from the register to the closing round, and keeps it all after a reload', async () => {
    const { context, requests } = await newTrackedContext(browser, TABLET);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await waitForOfflineReady(page);
    await context.setOffline(true);

    await exampleWithTodaysMeeting(page, 'Respite planning day');
    await expectAxeClean(page);

    // Before: an agenda item added, then put right.
    await page.getByRole('link', { name: 'Before', exact: true }).click();
    await page.getByLabel('What is it about?').fill('Respit budget');
    await page.getByLabel('How many minutes').fill('15');
    await page.getByRole('button', { name: 'Add to agenda' }).click();
    await page.getByRole('button', { name: 'Change “Respit budget”' }).click();
    const agendaEdit = page.locator('li.agenda-item form');
    await agendaEdit.getByLabel('What is it about?').fill('Respite budget');
    await agendaEdit.getByLabel('Or name who leads it').fill('Everyone');
    await agendaEdit.getByLabel('How many minutes').fill('20');
    await agendaEdit.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('li.agenda-item').getByText('Everyone · 20 minutes').waitFor();
    await page.locator('li.agenda-item').getByText('Respite budget', { exact: true }).waitFor();
    await expectAxeClean(page);

    // The register: 12 people in one tap each, an undo, and a walk-in in two taps.
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await registerRows(page).first().waitFor();
    for (const [i, mark] of MARKS.entries()) await registerRows(page).nth(i).getByRole('button', { name: mark }).click();
    for (const [i, mark] of MARKS.entries()) expect(await pressedMark(page, i)).toBe(mark);
    await registerRows(page).nth(12).getByRole('button', { name: 'Absent' }).click();
    expect(await pressedMark(page, 12)).toBe('Absent');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await pressedMark(page, 12)).toBeNull();

    await page.getByRole('button', { name: 'Add walk-in' }).click();
    await page.getByLabel('Walk-in’s name').fill('Sam Walker');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const walkIn = page.getByRole('group', { name: 'Sam Walker' });
    await walkIn.getByRole('button', { name: 'Present', pressed: true }).waitFor();
    expect(await count(page, 'present')).toBe('10');
    expect(await count(page, 'apologies')).toBe('2');
    expect(await count(page, 'absent')).toBe('1');
    await page.getByText('All counts by role (including 1 walk-in)').click();
    await page.getByRole('columnheader', { name: 'Not marked' }).waitFor();
    await expectAxeClean(page);

    // During: notes, a vote (first with a slip of the finger), and two actions.
    await page.getByRole('link', { name: 'Notes and decisions' }).click();
    await page.getByLabel('Meeting notes').fill('Carers want short-notice cover. Council to share numbers.');
    await page.getByLabel('What was decided?').fill('Test the booking form with five carers first');
    await page.getByText('By a vote').click();
    await page.getByLabel('For', { exact: true }).fill('9');
    await page.getByLabel('Against', { exact: true }).fill('2');
    await page.getByLabel('Abstained', { exact: true }).fill('1');
    await page.getByText('Co-produced', { exact: true }).click();
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('That adds up to 12 votes, but only 10 people are marked present.', { exact: false }).waitFor();
    expect(await page.getByText('No decisions recorded yet.').count()).toBe(1);
    await page.getByLabel('For', { exact: true }).fill('7');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('By vote. Agreed: 7 for, 2 against, 1 abstention. Ladder of participation: co-produced.').waitFor();

    for (const [what, owner] of [
      ['Book the library room', 'Sam Walker (walk-in)'],
      ['Ask the council for respite numbers', 'Alan Okafor'],
    ] as const) {
      await page.getByLabel('What needs doing?').fill(what);
      await page.getByLabel('Who will do it?').selectOption({ label: owner });
      await page.getByLabel('By when?').fill('2030-01-15');
      await page.getByRole('button', { name: 'Add action' }).click();
      await page.getByRole('list', { name: 'Actions from this meeting' }).getByText(what).waitFor();
    }
    // A saved action can be changed: its words, and the date taken off.
    await page.getByRole('button', { name: 'Change action: Ask the council for respite numbers' }).click();
    const editing = page
      .getByRole('list', { name: 'Actions from this meeting' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Save changes' }) });
    // The keyboard is taken into the form, and back to the button afterwards.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Ask the council for respite numbers');
    await editing.getByLabel('What needs doing?').fill('Ask the council for respite figures by area');
    await editing.getByLabel('By when?').fill('');
    await expectAxeClean(page);
    await editing.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('list', { name: 'Actions from this meeting' }).getByText('Ask the council for respite figures by area').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Change action: Ask the council for respite figures by area');
    await expectAxeClean(page);

    // Closing round: the group's words, and the day in numbers.
    await page.getByRole('link', { name: 'Closing round' }).click();
    await page.getByLabel('How did today go?').fill('Everyone had a say');
    await page.getByLabel('What could be better next time?').fill('A warmer room');
    await expectClosing(page);
    await expectAxeClean(page);
    await page.getByText('Saved on this device').waitFor();

    await page.reload();
    await page.getByLabel('How did today go?').waitFor();
    await expectClosing(page);
    await page.getByRole('link', { name: 'Notes and decisions' }).click();
    await expect.poll(() => page.getByLabel('Meeting notes').inputValue()).toBe('Carers want short-notice cover. Council to share numbers.');
    await page.getByText('Test the booking form with five carers first').waitFor();
    const actions = page.getByRole('list', { name: 'Actions from this meeting' });
    await actions.getByText('Sam Walker · due 15 Jan 2030').waitFor();
    await actions.getByText('Ask the council for respite figures by area').waitFor();
    expect(await actions.getByRole('listitem').count()).toBe(2);
    expect(await actions.getByText('Alan Okafor · due').count()).toBe(0);
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await registerRows(page).first().waitFor();
    for (const [i, mark] of MARKS.entries()) expect(await pressedMark(page, i)).toBe(mark);
    expect(await count(page, 'present')).toBe('10');

    const origin = new URL(baseUrl()).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('has a register that works one-handed on a phone, with big buttons within thumb reach', async () => {
    const { context } = await newTrackedContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await exampleWithTodaysMeeting(page, 'Phone meeting');

    // A meeting with no date is refused with a clear sentence, and nothing is added.
    await page.getByRole('link', { name: 'All meetings' }).click();
    await page.getByRole('link', { name: 'Add a meeting' }).click();
    await page.getByLabel('Title').fill('No date meeting');
    await page.getByLabel('Date').fill('');
    await page.getByRole('button', { name: 'Add meeting' }).click();
    await page.getByText('Choose a date for the meeting.').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    expect(await page.getByText('No date meeting').count()).toBe(0);
    await page.getByRole('link', { name: /Phone meeting/ }).click();
    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await registerRows(page).first().waitFor();
    await expectAxeClean(page);
    expect(await smallTouchTargets(page)).toEqual([]);

    const sizes = await page.$$eval('.mark-btn', (buttons) =>
      buttons.map((b) => b.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height, right: r.right })),
    );
    expect(sizes.length).toBeGreaterThan(90);
    for (const s of sizes) {
      expect(s.h).toBeGreaterThanOrEqual(48);
      expect(s.w).toBeGreaterThanOrEqual(48);
      expect(s.right).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // The counts stay at the top and the walk-in and undo buttons at the bottom while scrolling.
    await registerRows(page).nth(20).scrollIntoViewIfNeeded();
    const counts = await page.getByTestId('count-present').boundingBox();
    const walkIn = await page.getByRole('button', { name: 'Add walk-in' }).boundingBox();
    const undo = await page.getByRole('button', { name: 'Undo' }).boundingBox();
    expect(counts!.y).toBeLessThan(120);
    expect(walkIn!.y).toBeGreaterThan(PHONE.height * 0.75);
    expect(undo!.y).toBeGreaterThan(PHONE.height * 0.75);

    await registerRows(page).nth(20).getByRole('button', { name: 'Present' }).tap();
    expect(await pressedMark(page, 20)).toBe('Present');
    // In high-contrast (forced colours) mode the pressed mark still looks different from the others.
    await page.emulateMedia({ forcedColors: 'active' });
    const looks = await registerRows(page).nth(20).locator('.mark-btn').evaluateAll((buttons) =>
      buttons.map((b) => `${b.getAttribute('aria-pressed')} ${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).color}`),
    );
    const pressedLook = looks.find((look) => look.startsWith('true'))!.slice(5);
    expect(looks.filter((look) => look.startsWith('false')).map((look) => look.slice(6))).not.toContain(pressedLook);
    await page.emulateMedia({ forcedColors: 'none' });
    await page.getByRole('button', { name: 'Add walk-in' }).tap();
    await page.getByLabel('Walk-in’s name').fill('Ola Nowak');
    await page.getByRole('button', { name: 'Add', exact: true }).tap();
    await page.getByRole('button', { name: 'Make a member (Ola Nowak)' }).tap();
    await page.getByText('Ola Nowak is now a member.').waitFor();
    await page.getByRole('group', { name: 'Ola Nowak' }).getByRole('button', { name: 'Present', pressed: true }).waitFor();
    expect(await count(page, 'present')).toBe('2');

    await page.getByRole('link', { name: 'All meetings' }).click();
    await page.getByRole('link', { name: 'Attendance and engagement' }).click();
    await page.getByRole('heading', { name: 'Each member’s attendance' }).waitFor();
    await page.getByRole('button', { name: 'Show as a table' }).first().click();
    await expectAxeClean(page);
    await page.getByRole('link', { name: 'All meetings' }).click();
    await page.getByRole('link', { name: 'Venues' }).click();
    await page.getByRole('heading', { level: 2, name: 'Venues' }).waitFor();
    await page.getByRole('link', { name: /Library community room/ }).click();
    await page.getByRole('group', { name: 'Hearing loop' }).getByLabel('Yes').waitFor();
    await expectAxeClean(page);
    await context.close();
  });

  it('runs the register and notes in Welsh once a facilitator chooses it, with every label fitting its button', async () => {
    const { context } = await newTrackedContext(browser, PHONE);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await exampleWithTodaysMeeting(page, 'Cyfarfod Mawrth');
    const meeting = page.url().replace(/\/before$/, '');
    await page.goto(`${baseUrl()}/#/settings`);
    await page.getByLabel('Cymraeg').check();
    await page.waitForFunction(() => document.documentElement.lang === 'cy-GB');
    await page.goto(`${meeting}/register`);

    await page.getByRole('link', { name: 'Cofrestr', exact: true }).waitFor();
    const rows = page.getByRole('list', { name: 'Pobl yn y cyfarfod hwn' }).getByRole('listitem');
    await rows.first().waitFor();
    await rows.nth(0).getByRole('button', { name: 'Yn bresennol' }).click();
    await rows
      .nth(1)
      .getByRole('button', { name: /Ymddiheu/ })
      .click();
    await rows.nth(0).getByRole('button', { name: 'Yn bresennol', pressed: true }).waitFor();
    await page.getByRole('status').filter({ hasText: ': ymddiheuriadau.' }).waitFor();
    expect(await count(page, 'present')).toBe('1');
    // Welsh words are longer: none may spill out of its button or push the page sideways.
    expect(
      await page.$$eval('.mark-btn, .register-counts li', (els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent)),
    ).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAxeClean(page);

    await page.getByRole('link', { name: 'Nodiadau a phenderfyniadau' }).click();
    await page.getByLabel('Nodiadau’r cyfarfod').fill('Mae gofalwyr eisiau cymorth ar fyr rybudd.');
    await page.getByLabel('Beth a benderfynwyd?').fill('Profi’r ffurflen archebu');
    await page.getByText('Drwy bleidlais', { exact: true }).click();
    await page.getByLabel('O blaid', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Cofnodi’r penderfyniad' }).click();
    await page.getByText('Mae hynny’n gwneud 3 pleidlais, ond dim ond 1 person sydd wedi’i farcio’n bresennol.', { exact: false }).waitFor();
    await expectAxeClean(page);
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.reload();
    await page.getByLabel('Nodiadau’r cyfarfod').waitFor();
    await expect.poll(() => page.getByLabel('Nodiadau’r cyfarfod').inputValue()).toBe('Mae gofalwyr eisiau cymorth ar fyr rybudd.');

    // The figures' tables, shown on a phone, scroll inside themselves rather than widening the page.
    await page.getByRole('link', { name: 'Pob cyfarfod' }).click();
    await page.getByRole('link', { name: 'Presenoldeb ac ymgysylltu' }).click();
    await page.getByRole('button', { name: 'Dangos fel tabl' }).first().click();
    await page.getByRole('region', { name: 'Pobl yn bresennol ym mhob cyfarfod' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAxeClean(page);
    await context.close();
  });
});

async function expectClosing(page: Page) {
  await expect.poll(() => page.getByLabel('How did today go?').inputValue()).toBe('Everyone had a say');
  expect(await page.getByLabel('What could be better next time?').inputValue()).toBe('A warmer room');
  expect(await page.getByTestId('summary-present').innerText()).toBe('10 (including 1 walk-in)');
  expect(await page.getByTestId('summary-apologies').innerText()).toBe('2');
  expect(await page.getByTestId('summary-absent').innerText()).toBe('1');
  expect(await page.getByTestId('summary-decisions').innerText()).toBe('1');
  expect(await page.getByTestId('summary-actions').innerText()).toBe('2');
}
