import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/** File types worth compressing (images and fonts are compressed already). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt']);

/** Smaller files gain nothing that outweighs the headers. */
const SMALLEST = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

async function* filesIn(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesIn(path);
    else if (entry.isFile()) yield path;
  }
}

export interface PrecompressFigures {
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/**
 * Writes `<file>.br` (brotli, strongest) and `<file>.gz` (gzip, strongest) beside each
 * compressible file of a built app, for the server to send as they are. A copy that would
 * not be smaller is not kept.
 */
export async function precompressFolder(dir: string): Promise<PrecompressFigures> {
  const figures: PrecompressFigures = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const work: Array<Promise<void>> = [];
  for await (const file of filesIn(dir)) {
    if (!COMPRESSIBLE.has(extname(file))) continue;
    work.push(
      (async () => {
        const size = (await stat(file)).size;
        for (const suffix of ['.br', '.gz']) await rm(file + suffix, { force: true });
        if (size < SMALLEST) return;
        const content = await readFile(file);
        const [br, gz] = await Promise.all([
          brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: size } }),
          gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
        ]);
        figures.files++;
        figures.bytes += size;
        if (br.length < size) {
          await writeFile(file + '.br', br);
          figures.brotliBytes += br.length;
        }
        if (gz.length < size) {
          await writeFile(file + '.gz', gz);
          figures.gzipBytes += gz.length;
        }
      })(),
    );
  }
  await Promise.all(work);
  return figures;
}

/** Vite plugin: precompresses the build output once everything (the service worker too) is written. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'common-ground:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await precompressFolder(outDir);
      },
    },
  };
}
