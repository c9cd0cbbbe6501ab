import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newTrackedContext, seriousA11yViolations } from './browser';
import { createProject } from './feedback-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('evidence a funder accepts', () => {
  it('goes from an empty project to a funder report whose evidence shows typed and counted figures with a baseline and a target', async () => {
    const { context } = await newTrackedContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl());
    await createProject(page, 'Figures Group');
    const project = page.url();

    // The plan: West Berkshire's starter aim and the engagement outcome with its measures.
    await page.goto(`${project}/plan/aims`);
    await page.getByRole('button', { name: 'Use this aim' }).click();
    await page.getByRole('checkbox', { name: /Engagement/ }).check();
    await page.getByRole('button', { name: 'Add ticked outcomes' }).click();
    await page.getByText('People who were interested but could not take part.').first().waitFor();

    // Five people who could not take part, recorded in Team (five: a pack for funders shows no smaller count).
    await page.goto(`${project}/team/barriers`);
    for (const reason of ['Getting there was too hard', 'Caring or childcare', 'Work', 'Health', 'Getting there was too hard']) {
      await page.getByRole('checkbox', { name: reason }).check();
      await page.getByRole('button', { name: 'Record', exact: true }).click();
      await page.getByText('Recorded.').waitFor();
      // The form empties once the record is written.
      await expect.poll(() => page.getByRole('checkbox', { name: reason }).isChecked()).toBe(false);
    }

    // The measure's numbers on the evidence screen: a baseline, a target and a typed figure.
    await page.goto(`${project}/review/evidence`);
    const block = page.locator('.measure-block').filter({ hasText: 'could not take part' }).first();
    await block.getByTestId('figure-could-not-take-part').getByText('5 people were interested but could not take part.').waitFor();
    await block.getByRole('button', { name: /Give this measure numbers/ }).click();
    await block.getByLabel(/^Starting figure/).fill('12');
    await block.getByLabel(/^Date of the starting figure/).fill('2026-01-05');
    await block.getByLabel(/^Target/).fill('3');
    await block.getByRole('button', { name: 'Save the numbers' }).click();
    await block.getByRole('button', { name: 'Add a figure' }).click();
    await block.getByRole('textbox', { name: 'Figure' }).fill('9');
    await block.getByLabel(/^Date/).last().fill('2026-02-01');
    await block.getByLabel(/^Where it comes from and how it was counted/).fill('Sign-up sheet at the café');
    await block.getByRole('button', { name: 'Add figure' }).click();
    const table = block.locator('table');
    await table.getByText('Sign-up sheet at the café').waitFor();
    expect(await table.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^Start \(5 Jan 2026\)\t12\tThe starting figure/),
      expect.stringMatching(/^1 Feb 2026\t9\tSign-up sheet at the café/),
      expect.stringMatching(/\t5\tCounted by the app from its records on this day/),
      expect.stringMatching(/^Target \(no date\)\t3\tThe target the group set/),
    ]);
    expect(await block.locator('svg text').allTextContents()).toEqual(expect.arrayContaining(['12', '9', '5', '3']));
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The pack for partners and funders.
    await page.goto(`${project}/review/pack`);
    await page.getByRole('radio', { name: 'For partners and funders' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make the pack (.zip)' }).click()]);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const report = strFromU8(files['report.html']!);
    const evidence = report.slice(report.indexOf('id="part-outcomes"'));
    expect(evidence).toContain('Start (5 Jan 2026)');
    expect(evidence).toContain('Target (no date)');
    expect(evidence).toContain('Sign-up sheet at the café');
    expect(evidence).toContain('Counted by the app from its records on this day');
    expect(evidence).toContain('5 people were interested but could not take part.');
    expect(evidence).toContain('Counted by the app from Team');
    await context.close();
  }, 120_000);
});
