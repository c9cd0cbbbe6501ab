import type { Page } from 'playwright-core';
import { median, percentile, round, type BenchContext, type Benchmark } from './context';

interface Bench {
  feedbackResultsTimes(runs: number): { generateMs: number; responses: number; times: number[] };
  prepareKioskProject(questions: number): Promise<{ projectId: string; questionnaireId: string }>;
}

/**
 * Taps answers in kiosk mode and times each tap until the next question is on screen (the
 * DOM has changed and the next frame has been painted). Runs inside the page, so the
 * figure is the app's own work, not the test driver's.
 */
async function timeTaps(page: Page, taps: number): Promise<number[]> {
  // tsx keeps function names with a helper the page does not have; give it one.
  await page.evaluate('window.__name = (f) => f');
  return page.evaluate(async (taps) => {
    const times: number[] = [];
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
    const indexNow = () => document.querySelector('[data-question-index]')?.getAttribute('data-question-index') ?? null;
    const waitFor = (test: () => boolean) =>
      new Promise<void>((resolve) => {
        if (test()) return resolve();
        const observer = new MutationObserver(() => {
          if (test()) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    const startButton = () => [...document.querySelectorAll<HTMLButtonElement>('.kiosk-start')].find((b) => /^(Start|Next person)$/.test(b.textContent?.trim() ?? ''));
    while (times.length < taps) {
      if (indexNow() === null) {
        startButton()?.click();
        await waitFor(() => indexNow() !== null || startButton()?.textContent?.trim() === 'Start');
        await frame();
        continue;
      }
      const before = indexNow();
      const answers = document.querySelectorAll<HTMLButtonElement>('.kiosk-answer');
      const pick = answers[times.length % answers.length]!;
      const t0 = performance.now();
      pick.click();
      await waitFor(() => indexNow() !== before);
      await frame();
      const spent = performance.now() - t0;
      // The tap that finishes a person's turn shows the thank-you screen, not a question.
      if (indexNow() !== null) times.push(spent);
    }
    return times;
  }, taps);
}

/**
 * Opens the bench page by its file name: the app's static server answers a bare directory
 * ("/bench/") with the app's own index.html, so `openBenchPage` can wait for ever.
 */
async function openBench(ctx: BenchContext, cpuThrottle?: number) {
  const bp = await ctx.newPage(cpuThrottle ? { cpuThrottle } : {});
  await bp.page.goto(new URL('index.html', ctx.benchUrl).href);
  await bp.page.waitForFunction(() => 'bench' in window, undefined, { timeout: 60_000 });
  return bp;
}

const feedback: Benchmark = async (ctx) => {
  const resultsPage = await openBench(ctx);
  const results = await resultsPage.page.evaluate(() => (window as unknown as { bench: Bench }).bench.feedbackResultsTimes(9));
  await resultsPage.close();

  const throttled = await openBench(ctx, 4);
  const throttledResults = await throttled.page.evaluate(() => (window as unknown as { bench: Bench }).bench.feedbackResultsTimes(9));
  const { projectId, questionnaireId } = await throttled.page.evaluate(() => (window as unknown as { bench: Bench }).bench.prepareKioskProject(30));
  // Kiosk mode starts as a facilitator starts it: from the questionnaire, setting the PIN.
  await throttled.page.goto(`${ctx.appUrl}/#/p/${projectId}/feedback/q/${questionnaireId}`);
  await throttled.page.getByLabel('New PIN', { exact: true }).fill('2468', { timeout: 60_000 });
  await throttled.page.getByLabel('Type the new PIN again', { exact: true }).fill('2468');
  await throttled.page.getByRole('button', { name: 'Start kiosk mode' }).click();
  await throttled.page.locator('.kiosk-start').waitFor({ timeout: 60_000 });
  await timeTaps(throttled.page, 10); // warm up
  const taps = await timeTaps(throttled.page, 80);
  await throttled.close();

  return {
    resultsLargeResponses: results.responses,
    resultsLargeMedianMs: round(median(results.times)),
    resultsLargeWorstMs: round(Math.max(...results.times)),
    resultsLargeMedianMsAt4xCpu: round(median(throttledResults.times)),
    resultsTargetMs: 300,
    referenceLargeGenerateMs: round(results.generateMs),
    kioskNextQuestionMedianMsAt4xCpu: round(median(taps)),
    kioskNextQuestionP95MsAt4xCpu: round(percentile(taps, 95)),
    kioskTaps: taps.length,
    kioskTargetMs: 100,
  };
};

export default feedback;
