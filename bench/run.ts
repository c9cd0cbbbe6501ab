import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startServer } from '../server/app';
import { serveStatic } from '../server/static-files';
import type { BenchContext, BenchPage, Benchmark } from './context';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

async function main() {
  const only = process.argv.slice(2);
  const benchDist = resolve('bench/dist');
  await build({ root: resolve('bench/browser'), logLevel: 'warn', build: { outDir: benchDist, emptyOutDir: true, target: 'es2022' } });

  const dataDir = mkdtempSync(join(tmpdir(), 'cg-bench-'));
  const app = await startServer({ host: '127.0.0.1', port: 0, dataDir, staticDir: resolve('dist'), allowedOrigins: [], redisUrl: null, quiet: true });
  const benchServer = createServer((req, res) => serveStatic(benchDist, req, res));
  await new Promise<void>((r) => benchServer.listen(0, '127.0.0.1', r));
  const benchUrl = `http://127.0.0.1:${(benchServer.address() as AddressInfo).port}/`;
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
  benchServer.close();
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}

await main();
