import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startServer } from '../server/app';
import { messagesPlugin } from '../build/messages-plugin';
import { appAliases } from '../vite.config';
import type { BenchContext, BenchPage, Benchmark } from './context';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

async function main() {
  const only = process.argv.slice(2);
  // The bench page is served from the app's own origin (under /bench/), so it can prepare
  // data in the same IndexedDB the app reads. It is built after the app, so it is never precached.
  // It needs the messages plugin too: app code it imports writes its text with Lingui's macros.
  const benchDist = resolve('dist/bench');
  await build({ root: resolve('bench/browser'), base: '/bench/', logLevel: 'warn', configFile: false, plugins: [messagesPlugin()], resolve: { alias: appAliases }, build: { outDir: benchDist, emptyOutDir: true, target: 'es2022' } });

  const dataDir = mkdtempSync(join(tmpdir(), 'cg-bench-'));
  const app = await startServer({ host: '127.0.0.1', port: 0, dataDir, staticDir: resolve('dist'), allowedOrigins: [], redisUrl: null, quiet: true });
  const benchUrl = `${app.url}/bench/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

  const newPage: BenchContext['newPage'] = async (options = {}) => {
    const context = options.profileDir
      ? await chromium.launchPersistentContext(options.profileDir, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: options.viewport ?? { width: 800, height: 1280 } })
      : await browser.newContext({ viewport: options.viewport ?? { width: 800, height: 1280 } });
    const page = context.pages()[0] ?? (await context.newPage());
    if (options.cpuThrottle && options.cpuThrottle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    }
    return { page, context, close: () => context.close() } satisfies BenchPage;
  };
  const ctx: BenchContext = {
    appUrl: app.url,
    benchUrl,
    browser,
    newPage,
    async openBenchPage(options = {}) {
      const bp = await newPage(options);
      await bp.page.goto(benchUrl);
      await bp.page.waitForFunction(() => 'bench' in window, undefined, { timeout: 60_000 });
      return bp;
    },
  };

  const files = readdirSync(resolve('bench')).filter((f) => f.endsWith('.bench.ts')).sort();
  const figures: Record<string, unknown> = {};
  for (const file of files) {
    const name = file.replace(/\.bench\.ts$/, '');
    if (only.length && !only.includes(name)) continue;
    // The scale table (four project sizes, about 35 minutes) runs only when named: npm run bench:run -- scale
    if (!only.length && name === 'scale') continue;
    process.stderr.write(`bench: ${name}…\n`);
    const mod = (await import(pathToFileURL(resolve('bench', file)).href)) as { default: Benchmark };
    try {
      figures[name] = await mod.default(ctx);
    } catch (error) {
      figures[name] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  console.log(JSON.stringify(figures, null, 2));
  await browser.close();
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
