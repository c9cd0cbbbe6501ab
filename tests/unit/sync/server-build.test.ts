import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIsCurrent, sourcesHash, STAMP_FILE } from '../../../server/build-stamp';
import { precompressFolder } from '../../../server/precompress';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-build-'));
  folders.push(dir);
  return dir;
}

describe('precompressing the built app', () => {
  it('writes brotli and gzip copies of text files worth compressing, and only those', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'assets'));
    const script = `export const names = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => `member ${i}`))};`;
    writeFileSync(join(dir, 'assets/app-1a2b3c4d.js'), script);
    writeFileSync(join(dir, 'index.html'), `<!doctype html>${'<p>Common Ground</p>'.repeat(100)}`);
    writeFileSync(join(dir, 'tiny.js'), 'export {};');
    writeFileSync(join(dir, 'icon.png'), Buffer.alloc(4096, 7));
    const figures = await precompressFolder(dir);
    expect(figures.files).toBe(2);
    expect(brotliDecompressSync(readFileSync(join(dir, 'assets/app-1a2b3c4d.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(dir, 'assets/app-1a2b3c4d.js.gz'))).toString()).toBe(script);
    expect(figures.brotliBytes).toBeLessThan(figures.bytes / 3);
    for (const name of ['tiny.js.br', 'tiny.js.gz', 'icon.png.br', 'icon.png.gz']) expect(existsSync(join(dir, name)), name).toBe(false);

    // A file that shrinks below the threshold loses its old copies: none may go stale.
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    await precompressFolder(dir);
    expect(existsSync(join(dir, 'index.html.br'))).toBe(false);
  });
});

describe('building only when the sources changed', () => {
  it('knows a build is current until a source file changes', () => {
    const root = folder();
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'src/main.tsx'), 'export const a = 1;');
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    expect(buildIsCurrent(root, join(root, 'dist'))).toBe(false); // never built
    writeFileSync(join(root, 'dist/index.html'), '<!doctype html>');
    writeFileSync(join(root, 'dist', STAMP_FILE), sourcesHash(root));
    expect(buildIsCurrent(root, join(root, 'dist'))).toBe(true);
    writeFileSync(join(root, 'src/main.tsx'), 'export const a = 2;');
    expect(buildIsCurrent(root, join(root, 'dist'))).toBe(false);
    writeFileSync(join(root, 'dist', STAMP_FILE), sourcesHash(root));
    writeFileSync(join(root, 'src/new-screen.tsx'), 'export {};');
    expect(buildIsCurrent(root, join(root, 'dist'))).toBe(false);
  });
});
