import type { Browser, CDPSession, Page } from 'playwright-core';
import { median, round } from './context';
import { cpuBetween, startTrace, stopTrace } from './main-thread-trace';

/**
 * The calibration task: decoding a fixed Yjs update (bench/browser/parts/calibration.ts) in a
 * bench page, sampled between the figures of a run, two ways: wall time at 4x CPU, and the
 * main thread's CPU time unthrottled (see main-thread-trace.ts for why). Figures are reported
 * in ms and as a ratio to the calibration's median of the same kind, so runs on machines of
 * other speeds (or the same machine under other load) compare.
 */
export class Calibration {
  private wall: number[] = [];
  private cpu: number[] = [];
  bytes = 0;
  checksum = 0;

  constructor(
    private readonly browser: Browser,
    /** A bench page (window.bench) and a CDP session on it, to throttle it. */
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /** Runs the task `runs` times at 4x (wall), then `runs` times unthrottled under a trace (CPU); returns this sample's medians. */
  async sample(runs = 5): Promise<{ wallMs: number; cpuMs: number }> {
    const facts = await this.page.evaluate(() => (window as any).bench.calibrationUpdateFacts());
    this.bytes = facts.bytes;
    this.checksum = facts.checksum;
    await this.page.evaluate(() => (window as any).bench.markedCalibrationRun(-1)); // warm-up
    await this.cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const wall: number[] = [];
    for (let i = 0; i < runs; i++) {
      await this.page.waitForTimeout(50);
      wall.push(await this.page.evaluate((n) => (window as any).bench.markedCalibrationRun(n), -1));
    }
    await this.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await startTrace(this.browser, this.page);
    for (let i = 0; i < runs; i++) {
      await this.page.waitForTimeout(50);
      await this.page.evaluate((n) => (window as any).bench.markedCalibrationRun(n), i);
    }
    const trace = await stopTrace(this.browser);
    const cpu = wall.map((_, i) => {
      const tasks = trace.tasksAfter(`calibration-start-${i}`, 60_000);
      return cpuBetween(tasks, 0, trace.between(`calibration-start-${i}`, `calibration-end-${i}`));
    });
    this.wall.push(...wall);
    this.cpu.push(...cpu);
    return { wallMs: median(wall), cpuMs: median(cpu) };
  }

  /** Median wall time at 4x. */
  get wallMs(): number {
    return median(this.wall);
  }

  /** Median main-thread CPU time, unthrottled. */
  get cpuMs(): number {
    return median(this.cpu);
  }

  /** (max − min) / median of every sample: how noisy the machine was, by wall time and by CPU time. */
  get spread(): { wall: number; cpu: number } {
    const s = (v: number[]) => (v.length ? (Math.max(...v) - Math.min(...v)) / median(v) : 0);
    return { wall: round(s(this.wall), 2), cpu: round(s(this.cpu), 2) };
  }

  get samples(): number {
    return this.wall.length;
  }
}

/** A figure in calibration units (how many calibration tasks it takes), to two decimals. */
export const inCalibrations = (ms: number, calibrationMs: number) => round(ms / calibrationMs, 2);
