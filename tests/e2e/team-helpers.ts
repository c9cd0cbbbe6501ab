import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function createProject(page: Page, name: string) {
  await page.getByLabel('Project name').fill(name);
  await page.getByRole('button', { name: 'Start project' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

export interface MemberInput {
  name: string;
  role: string;
  pronouns?: string | 'prefer not to say';
  organisation?: string;
}

/** Adds a member through the form and waits for their page. */
export async function addMember(page: Page, m: MemberInput) {
  await page.getByRole('link', { name: 'Add a member' }).click();
  await page.getByLabel('Name', { exact: true }).fill(m.name);
  if (m.pronouns === 'prefer not to say') await page.getByRole('checkbox', { name: 'Prefer not to say (pronouns)' }).check();
  else if (m.pronouns) await page.getByRole('textbox', { name: /^Pronouns/ }).fill(m.pronouns);
  await page.getByRole('radio', { name: m.role, exact: true }).check();
  if (m.organisation) await page.getByRole('textbox', { name: /^Organisation/ }).fill(m.organisation);
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.getByRole('heading', { name: 'About' }).waitFor();
}

export async function openMember(page: Page, name: string) {
  await page.getByTestId('member-list').getByRole('link', { name: new RegExp(name) }).click();
  await page.getByRole('heading', { name: 'About' }).waitFor();
}

export async function backToTeam(page: Page) {
  await page.getByRole('link', { name: 'All members' }).click();
  await page.getByRole('heading', { name: 'Balance of the group' }).waitFor();
}

/** Adds one ledger entry on a member's page; returns the message shown. */
export async function addEntry(page: Page, e: { kind: 'Expenses' | 'Payment' | 'Voucher' | 'Time credits'; amount?: string; hours?: string; forWhat: string }) {
  const form = page.locator('form.add-contribution');
  await form.getByRole('radio', { name: e.kind, exact: true }).check();
  if (e.amount !== undefined) await form.getByRole('textbox', { name: /in pounds/ }).first().fill(e.amount);
  if (e.hours !== undefined) await form.getByLabel('Hours of time credits').fill(e.hours);
  await form.getByLabel('What it was for').fill(e.forWhat);
  await form.getByRole('button', { name: 'Add entry' }).click();
  const message = form.locator('.form-message');
  await expect.poll(async () => (await message.textContent())?.trim() ?? '').not.toBe('');
  return (await message.textContent())!.trim();
}

/** Everything stored on this device for the app, as text: Dexie's tables and the doc update logs. */
export async function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const dump = async (db: IDBDatabase) => {
      const parts: string[] = [];
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        for (const row of rows) parts.push(row instanceof Uint8Array ? new TextDecoder().decode(row) : JSON.stringify(row));
      }
      db.close();
      return parts.join('\n');
    };
    const names = (await indexedDB.databases()).map((d) => d.name!).filter(Boolean);
    const out: string[] = [];
    for (const name of names) out.push(await dump(await open(name)));
    return out.join('\n');
  });
}
