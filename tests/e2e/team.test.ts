import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, PHONE, seriousA11yViolations, smallTouchTargets, TABLET } from './browser';
import { addEntry, addMember, backToTeam, createProject, openMember, storedText } from './team-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

describe('the team: inclusion, balance, consent and reciprocity', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context } = await newTrackedContext(browser, TABLET));
    page = await context.newPage();
    await page.goto(baseUrl());
    await createProject(page, 'Riverside Carers');
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('heading', { name: 'Balance of the group' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('adds six members with different roles and needs, refusing bad names, and shows a balanced group', async () => {
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Bad input first: nothing is added.
    await page.getByRole('link', { name: 'Add a member' }).click();
    await page.getByLabel('Name', { exact: true }).fill('A'.repeat(300));
    await page.getByRole('radio', { name: 'Carer or family' }).check();
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByText('Name is too long: keep it to 120 characters or fewer.').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('   ');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByText('Name cannot be empty.').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('No members yet').waitFor();

    await addMember(page, { name: 'Amira Ahmed', role: 'Lived experience', pronouns: 'she/her' });
    // Her needs: sensitive, hidden until asked for.
    await page.getByRole('button', { name: 'Show and change inclusion profile' }).click();
    await page.getByRole('checkbox', { name: 'Step-free access' }).check();
    await page.getByRole('checkbox', { name: 'Large print' }).check();
    await page.getByLabel('Other access needs').fill('Needs breaks every 40 minutes');
    await page.getByRole('button', { name: 'Save inclusion profile' }).click();
    await page.getByText('Inclusion profile saved.').waitFor();
    await page.getByRole('checkbox', { name: 'A call before meetings' }).check();
    await page.getByRole('button', { name: 'Save support' }).click();
    await page.getByText('Support saved.').waitFor();
    await page.getByRole('radio', { name: 'Introduction to co-production' }).check();
    await page.getByRole('button', { name: 'Add training' }).click();
    await page.getByText('Has had an introduction to co-production.').waitFor();
    // Consent per purpose; withdrawing is one tap.
    for (const purpose of ['Named in the pack', 'Photos']) {
      await page.getByRole('button', { name: `Record consent: ${purpose}` }).click();
      await page.getByLabel(`How they told us (${purpose.toLowerCase()})`).fill('Signed form');
      await page.getByRole('button', { name: 'They agree' }).click();
      await page.getByText(`${purpose}: they agree. Saved.`).waitFor();
    }
    await page.getByRole('button', { name: 'Withdraw consent: Photos' }).click();
    await page.getByTestId('consent-photos').getByText(/No, withdrawn/).waitFor();
    await page.getByTestId('consent-namedInPack').getByText(/Yes, since .* \(Signed form\)/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await backToTeam(page);

    await addMember(page, { name: 'Ben Baker', role: 'Professional', organisation: 'Adult Social Care' });
    await backToTeam(page);
    await addMember(page, { name: 'مريم الحسن', role: 'Carer or family' });
    await page.getByRole('heading', { name: 'مريم الحسن' }).waitFor();
    await backToTeam(page);
    await addMember(page, { name: 'Zofia 🌻 Nowak', role: 'Community organisation', pronouns: 'they/them' });
    await backToTeam(page);
    await addMember(page, { name: 'Dev Davies', role: 'Professional' });
    await backToTeam(page);
    await addMember(page, { name: 'Eileen Evans', role: 'Lived experience', pronouns: 'prefer not to say' });
    await backToTeam(page);

    await expect.poll(() => page.getByTestId('active-count').textContent()).toBe('6');
    expect(await page.getByTestId('balance-verdict').textContent()).toBe('Lived experience and professionals are roughly equal: 3 and 3.');
    expect(await page.getByTestId('member-list').locator(':scope > li').count()).toBe(6);
    await page.getByTestId('member-list').getByText('Call before meetings').waitFor();

    // Dev leaves: five active is a small group, gently flagged.
    await openMember(page, 'Dev Davies');
    await page.getByLabel('Change status to').selectOption('left');
    await page.getByRole('button', { name: 'Save status' }).click();
    await page.getByText(/Status saved: Left/).waitFor();
    await backToTeam(page);
    await expect.poll(() => page.getByTestId('active-count').textContent()).toBe('5');
    await page.getByText('The group is small: 5 people active. Aim for at least 6').waitFor();
    await page.getByLabel('Show status').selectOption('left');
    expect(await page.getByTestId('member-list').locator(':scope > li').count()).toBe(1);
    await page.getByLabel('Show status').selectOption('');
    await page.getByLabel('Show role').selectOption('professional');
    expect(await page.getByTestId('member-list').locator(':scope > li').count()).toBe(2);
    await page.getByLabel('Show role').selectOption('');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Barriers: counted by reason, no details kept.
    await page.getByRole('link', { name: 'Could not take part' }).click();
    await page.getByRole('checkbox', { name: 'The days or times did not suit' }).check();
    await page.getByRole('checkbox', { name: 'Caring or childcare' }).check();
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByTestId('barrier-reasons').getByText('Caring or childcare').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await backToTeam(page);
    expect(await page.getByTestId('barrier-count').textContent()).toBe('1');
  });

  it('records expenses, vouchers and time credits with totals, refusing negative and absurd amounts', async () => {
    await openMember(page, 'Amira Ahmed');
    expect(await addEntry(page, { kind: 'Expenses', amount: '-5', forWhat: 'Bus' })).toBe('Amounts cannot be negative. Enter what was given, like 12.50.');
    expect(await addEntry(page, { kind: 'Expenses', amount: '999999', forWhat: 'Bus' })).toBe('That is more than £5,000 for one entry. Check the amount.');
    expect(await addEntry(page, { kind: 'Expenses', amount: 'lots', forWhat: 'Bus' })).toBe('That is not an amount we can read. Use numbers, like 12.50.');
    await page.getByTestId('member-totals').waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await page.getByText('Nothing recorded yet.').count()).toBe(1);
    expect(await addEntry(page, { kind: 'Expenses', amount: '12.50', forWhat: 'Taxi to the hall' })).toBe('Added £12.50 expenses.');
    expect(await addEntry(page, { kind: 'Time credits', hours: '-2', forWhat: 'Meeting' })).toBe('Hours cannot be negative. Enter how many hours, like 2 or 1.5.');
    expect(await addEntry(page, { kind: 'Time credits', hours: '2.5', forWhat: 'Meeting' })).toBe('Added 2.5 hours time credits.');
    // Where money may affect benefits, the caution shows.
    await page.locator('form.add-contribution').getByRole('radio', { name: 'Voucher', exact: true }).check();
    await page.locator('form.add-contribution').getByTestId('benefits-caution').waitFor();
    expect(await addEntry(page, { kind: 'Voucher', amount: '20', forWhat: 'Thank you for the survey' })).toBe('Added £20.00 voucher.');
    await page.getByLabel('How they would like their time recognised').selectOption('voucher');
    await page.getByRole('button', { name: 'Save choice' }).click();
    await page.getByText('Their choice is saved.').waitFor();
    const totals = await page.getByTestId('member-totals').innerText();
    expect(totals).toMatch(/Expenses\s+£12\.50/);
    expect(totals).toMatch(/Money in all\s+£32\.50/);
    expect(totals).toMatch(/Time credits\s+2\.5 hours/);
    expect(await page.getByTestId('benefits-caution').count()).toBeGreaterThanOrEqual(1);
    await backToTeam(page);
    await openMember(page, 'Ben Baker');
    expect(await addEntry(page, { kind: 'Time credits', hours: '3', forWhat: 'Planning day' })).toBe('Added 3 hours time credits.');
    await backToTeam(page);

    await page.getByRole('link', { name: 'Expenses and rewards' }).click();
    const project = await page.getByTestId('project-totals').innerText();
    expect(project).toMatch(/Money in all\s+£32\.50/);
    expect(project).toMatch(/Time credits\s+5\.5 hours/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await backToTeam(page);
  });

  it('erases a member so they are gone from every screen and from storage, their first name too, while totals stay', async () => {
    const projectId = new URL(page.url()).hash.split('/')[2]!;
    // Others' entries mention her by first name only.
    await openMember(page, 'Ben Baker');
    expect(await addEntry(page, { kind: 'Time credits', hours: '1', forWhat: 'Lift home for Amira after the meeting' })).toBe('Added 1 hour time credits.');
    await backToTeam(page);
    await openMember(page, 'Eileen Evans');
    expect(await addEntry(page, { kind: 'Expenses', amount: '3', forWhat: "AMIRA's bus fare, paid by Eileen" })).toBe('Added £3.00 expenses.');
    await backToTeam(page);
    expect(await storedText(page)).toContain('Amira Ahmed');
    await openMember(page, 'Amira Ahmed');
    await page.getByRole('button', { name: 'Erase Amira Ahmed' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('This cannot be undone').waitFor();
    await dialog.getByText(/2 attendance marks|contribution/).waitFor();
    // Every place her name is typed, with the words around it, ticked to become "a member".
    const places = dialog.getByRole('group', { name: 'Their name is typed in 2 places' });
    const lift = places.getByRole('checkbox', { name: /Lift home for Amira after the meeting/ });
    const fare = places.getByRole('checkbox', { name: /AMIRA's bus fare, paid by Eileen/ });
    expect(await lift.isChecked()).toBe(true);
    expect(await fare.isChecked()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await smallTouchTargets(page, 'dialog button, dialog input')).toEqual([]);
    // By keyboard: untick and tick again.
    await lift.focus();
    await page.keyboard.press('Space');
    expect(await lift.isChecked()).toBe(false);
    await page.keyboard.press('Space');
    expect(await lift.isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Erase for good' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('The member has been erased from this project.').waitFor();

    expect(await page.getByTestId('member-list').locator(':scope > li').count()).toBe(5);
    expect(await bodyText(page)).not.toContain('Amira');
    await page.getByRole('link', { name: 'Expenses and rewards' }).click();
    const project = await page.getByTestId('project-totals').innerText();
    expect(project).toMatch(/Money in all\s+£35\.50/);
    expect(project).toMatch(/Time credits\s+6\.5 hours/);
    await page.getByTestId('unattributed').waitFor();
    expect(await bodyText(page)).not.toContain('Amira');
    await expect.poll(async () => /amira/i.test(await storedText(page))).toBe(false);
    expect(await storedText(page)).toContain('Lift home for a member after the meeting');
    expect(await storedText(page)).toContain("A member's bus fare, paid by Eileen");
    expect(await storedText(page)).not.toContain('Needs breaks every 40 minutes');

    await page.reload();
    await page.getByTestId('project-totals').waitFor();
    expect(await bodyText(page)).not.toContain('Amira');
    await page.goto(`${baseUrl()}#/p/${projectId}`);
    await page.getByTestId('team-card').getByText('4 active members of 5').waitFor();
  });

  it('stays usable on a phone: nothing wider than the screen, every target big enough', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${new URL(page.url()).origin}/${new URL(page.url()).hash.replace(/\/?$/, '')}/team`);
    await page.getByRole('heading', { name: 'Balance of the group' }).waitFor();
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    expect(await smallTouchTargets(page)).toEqual([]);
    await openMember(page, 'Zofia');
    expect(await fits()).toBe(true);
    expect(await smallTouchTargets(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

describe('the device lock', () => {
  it('sets a PIN twice, locks, refuses wrong PINs and slows down, unlocks, and locks itself when idle', async () => {
    const { context } = await newTrackedContext(browser, PHONE);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${baseUrl()}#/settings`);
    const card = page.locator('section', { has: page.getByRole('heading', { name: 'Device lock' }) });
    await card.getByText('No PIN is set on this device.').waitFor();

    await card.getByLabel('New PIN', { exact: true }).fill('12');
    await card.getByLabel('Type the new PIN again').fill('12');
    await card.getByRole('button', { name: 'Set PIN' }).click();
    await card.getByText('A PIN has 4 to 8 numbers.').waitFor();
    await card.getByLabel('New PIN', { exact: true }).fill('2468');
    await card.getByLabel('Type the new PIN again').fill('2469');
    await card.getByRole('button', { name: 'Set PIN' }).click();
    await card.getByText('The two PINs are not the same. Type them again.').waitFor();
    await card.getByLabel('Type the new PIN again').fill('2468');
    await card.getByLabel('Lock the app when it has not been used').selectOption('2');
    await card.getByRole('button', { name: 'Set PIN' }).click();
    await card.getByText('A PIN is set. The app locks after 2 minutes without use.').waitFor();
    expect(await storedText(page)).not.toContain('2468');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await card.getByRole('button', { name: 'Lock now' }).click();
    const lock = page.getByRole('dialog', { name: 'Common Ground is locked' });
    await lock.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The app behind is out of reach, and Escape does not dismiss the lock.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    // If the browser closes the dialog anyway, it opens again at once.
    await expect.poll(() => lock.isVisible()).toBe(true);
    expect(await page.evaluate(() => (document.getElementById('app') as HTMLElement & { inert: boolean }).inert)).toBe(true);

    for (const d of '1111') await lock.getByRole('button', { name: d, exact: true }).click();
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await lock.getByText('That PIN is not right. Try again.').waitFor();
    await lock.getByLabel('PIN', { exact: true }).fill('12');
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await lock.getByText('A PIN has 4 to 8 numbers.').waitFor();
    for (const wrong of ['0000', '9999']) {
      await lock.getByLabel('PIN', { exact: true }).fill(wrong);
      await lock.getByLabel('PIN', { exact: true }).press('Enter');
      await expect.poll(() => lock.getByLabel('PIN', { exact: true }).inputValue()).toBe('');
    }
    await lock.getByText('Too many wrong tries: wait 30 seconds, then try again.').waitFor();
    expect(await lock.getByRole('button', { name: 'Unlock' }).isDisabled()).toBe(true);
    await page.clock.fastForward('00:31');
    await lock.getByLabel('PIN', { exact: true }).fill('2468');
    await lock.getByLabel('PIN', { exact: true }).press('Enter');
    await lock.waitFor({ state: 'detached' });

    // A reload starts locked; then, unlocked, it locks itself after two idle minutes.
    await page.reload();
    await lock.waitFor();
    await lock.getByLabel('PIN', { exact: true }).fill('2468');
    await lock.getByLabel('PIN', { exact: true }).press('Enter');
    await lock.waitFor({ state: 'detached' });
    await page.clock.fastForward('01:00');
    expect(await lock.count()).toBe(0);
    await page.clock.fastForward('01:10');
    await lock.waitFor();
    await lock.getByLabel('PIN', { exact: true }).fill('2468');
    await lock.getByLabel('PIN', { exact: true }).press('Enter');
    await lock.waitFor({ state: 'detached' });

    await card.getByRole('button', { name: 'Remove PIN' }).click();
    await card.getByLabel('Current PIN').fill('2468');
    await card.locator('form').getByRole('button', { name: 'Remove PIN' }).click();
    await card.getByText('No PIN is set on this device.').waitFor();
    await context.close();
  });
});
