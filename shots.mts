import { chromium } from 'playwright-core';
const base = process.env.BASE ?? 'http://127.0.0.1:8099';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [label, viewport] of [['tablet', { width: 800, height: 1280 }], ['phone', { width: 390, height: 844 }]] as const) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('heading', { name: 'Your projects' }).waitFor();
  if (label === 'tablet') {
    await page.getByRole('button', { name: /Try an example project/ }).click();
    await page.waitForURL(/#\/p\//, { timeout: 60000 });
  } else {
    await page.getByRole('button', { name: /Try an example project/ }).click();
    await page.waitForURL(/#\/p\//, { timeout: 60000 });
  }
  await page.getByRole('link', { name: 'Team' }).waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shots/${label}-dashboard.png`, fullPage: true });
  const url = page.url();
  await page.goto(base + '/#/');
  await page.getByRole('link', { name: /Better Days/ }).first().waitFor();
  await page.screenshot({ path: `/tmp/shots/${label}-projects.png`, fullPage: true });
  await page.goto(base + '/#/settings');
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/${label}-settings.png`, fullPage: true });
  await page.goto(url + '/feedback');
  await page.getByRole('heading', { name: 'Feedback' }).waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shots/${label}-feedback.png`, fullPage: true });
  await page.goto(url + '/team');
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `/tmp/shots/${label}-team.png`, fullPage: false });
  await context.close();
}
await browser.close();
