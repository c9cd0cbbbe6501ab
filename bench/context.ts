import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface BenchPage {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/** What each benchmark gets from the runner. */
export interface BenchContext {
  /** The built app, served with its sync server, as a user would reach it. */
  appUrl: string;
  /**
   * A page on the app's own origin (`/bench/`) that loads `bench/browser/parts/*.ts`; their
   * exports are `window.bench.<name>` there. It shares IndexedDB with the app in the same context.
   */
  benchUrl: string;
  browser: Browser;
  /** A fresh browser context and page; `cpuThrottle: 4` slows the CPU four times. */
  newPage(options?: { cpuThrottle?: number; viewport?: { width: number; height: number }; profileDir?: string }): Promise<BenchPage>;
  /** Opens the bench page in a fresh context and waits until `window.bench` is ready. */
  openBenchPage(options?: { cpuThrottle?: number }): Promise<BenchPage>;
}

/** A benchmark: returns named figures (milliseconds, bytes, ratios) for the JSON report. */
export type Benchmark = (ctx: BenchContext) => Promise<Record<string, number | string | boolean | null>>;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
