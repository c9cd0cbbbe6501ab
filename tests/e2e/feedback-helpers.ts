import type { Page } from 'playwright-core';

export async function createProject(page: Page, name: string) {
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('button', { name: 'Start project' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

export async function openFeedback(page: Page) {
  await page.getByRole('link', { name: 'Feedback', exact: true }).click();
  await page.getByRole('heading', { name: 'Questionnaires' }).waitFor();
}

/** The kiosk is on screen, and nothing from the facilitator's screens is. */
export async function expectKioskOnly(page: Page) {
  await page.locator('.kiosk').waitFor({ timeout: 5_000 });
  const leaked = await page.getByRole('heading', { name: 'Kiosk mode' }).count();
  const results = await page.getByRole('link', { name: 'See results' }).count();
  if (leaked + results > 0) throw new Error('A facilitator screen showed while kiosk mode was locked');
}

/** One participant's turn on the quick check: a face, then yes, no or skip. */
export async function answerQuickCheck(page: Page, face: 'Unhappy' | 'Okay' | 'Happy', listened: 'Yes' | 'No' | 'skip') {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { name: 'How was today for you?' }).waitFor();
  await page.getByRole('button', { name: face, exact: true }).click();
  await page.getByRole('heading', { name: 'Did you feel listened to today?' }).waitFor();
  if (listened === 'skip') await page.getByRole('button', { name: 'Skip this question' }).click();
  else await page.getByRole('button', { name: listened, exact: true }).click();
  await page.getByRole('heading', { name: 'Thank you' }).waitFor();
  await page.getByRole('button', { name: 'Next person' }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
}
