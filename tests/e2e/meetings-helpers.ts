import type { Page } from 'playwright-core';
import { openExample } from './browser';

/** Opens the example project (50 people, a year of meetings) and adds a meeting for today. */
export async function exampleWithTodaysMeeting(page: Page, title: string) {
  await openExample(page);
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
