import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * What the built app was made from: a hash of every file that goes into `vite build`,
 * kept in dist/ so `npm start` builds again only when one of them changed.
 */

export const STAMP_FILE = '.sources-sha256';

const INPUTS = ['src', 'public', 'build', 'index.html', 'vite.config.ts', 'lingui.config.ts', 'tsconfig.json', 'package-lock.json', 'server/precompress.ts', 'server/build-stamp.ts'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
}

export function sourcesHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => filesUnder(resolve(root, input))).sort()) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** True when `outDir` holds a build of the sources as they are now. */
export function buildIsCurrent(root: string, outDir: string): boolean {
  try {
    return existsSync(join(outDir, 'index.html')) && readFileSync(join(outDir, STAMP_FILE), 'utf8').trim() === sourcesHash(root);
  } catch {
    return false;
  }
}

/** Vite plugin: writes the stamp once the build (service worker and precompressed copies too) is done. */
export function buildStamp(): Plugin {
  let root = '.';
  let outDir = 'dist';
  return {
    name: 'common-ground:build-stamp',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        writeFileSync(join(outDir, STAMP_FILE), `${sourcesHash(root)}\n`);
      },
    },
  };
}
