import type { Browser, Page } from 'playwright-core';

/**
 * Main-thread time from a Chromium trace, as thread CPU time as well as wall time.
 *
 * Why: on a machine shared with other work, a task's wall time includes the time the thread
 * waited for a core, so a 40 ms task can show as a 150 ms "long task". The trace's thread
 * time (`tdur`) counts only the time the thread ran. It is read unthrottled: Chromium's 4x
 * throttling appears to keep the thread busy for three times as long as it last ran by the wall
 * clock, so under load even its CPU time swells. Four times the unthrottled CPU time is what
 * a device four times slower would take with a core to itself.
 *
 * The page marks the moments that matter with `performance.mark(name)`; the mark's thread is
 * the page's main thread, and its time stamp anchors the window read.
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface Task {
  /** Start, in ms after the window's first mark. */
  startMs: number;
  wallMs: number;
  cpuMs: number;
}

export async function startTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: CATEGORIES });
}

export async function stopTrace(browser: Browser): Promise<Trace> {
  const buffer = await browser.stopTracing();
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return new Trace(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []));
}

export class Trace {
  constructor(private readonly events: TraceEvent[]) {}

  /** The first event of a `performance.mark` with this name. */
  mark(name: string): TraceEvent | undefined {
    return this.events.find((e) => e.name === name && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'));
  }

  /** Top-level tasks on the thread of mark `from`, overlapping [from, from + windowMs]. */
  tasksAfter(from: string, windowMs: number): Task[] {
    const anchor = this.mark(from);
    if (!anchor) throw new Error(`No mark ${from} in the trace`);
    return this.tasksOn(anchor.pid, anchor.tid, anchor.ts, windowMs);
  }

  /** Top-level tasks of the first thread with this name (e.g. 'DedicatedWorker thread'), after mark `from`. */
  threadTasksAfter(threadName: string, from: string, windowMs: number): Task[] {
    const anchor = this.mark(from);
    if (!anchor) throw new Error(`No mark ${from} in the trace`);
    const threads = this.events.filter((e) => e.name === 'thread_name' && e.args?.name === threadName && e.pid === anchor.pid);
    return threads.flatMap((t) => this.tasksOn(t.pid, t.tid, anchor.ts, windowMs));
  }

  /** Milliseconds from mark `from` to mark `to`. */
  between(from: string, to: string): number {
    const a = this.mark(from);
    const b = this.mark(to);
    if (!a || !b) throw new Error(`No mark ${a ? to : from} in the trace`);
    return (b.ts - a.ts) / 1000;
  }

  private tasksOn(pid: number, tid: number, fromTs: number, windowMs: number): Task[] {
    const end = fromTs + windowMs * 1000;
    return this.events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid && e.ts + (e.dur ?? 0) > fromTs && e.ts < end)
      .map((e) => ({ startMs: (e.ts - fromTs) / 1000, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }));
  }
}

/** CPU time of the tasks that ran between two moments (ms after the anchor), counting only the overlap's share. */
export function cpuBetween(tasks: Task[], fromMs: number, toMs: number): number {
  let sum = 0;
  for (const t of tasks) {
    const overlap = Math.min(t.startMs + t.wallMs, toMs) - Math.max(t.startMs, fromMs);
    if (overlap > 0 && t.wallMs > 0) sum += t.cpuMs * (overlap / t.wallMs);
  }
  return sum;
}
