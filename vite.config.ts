import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { buildStamp } from './server/build-stamp.ts';
import { precompress } from './server/precompress.ts';
import pkg from './package.json' with { type: 'json' };
import { messagesPlugin } from './build/messages-plugin.ts';

/** Faster string decoding for Yjs (see src/vendor/lib0-decoding.ts); the bench page uses it too. */
export const appAliases = [{ find: /^lib0\/decoding$/, replacement: fileURLToPath(new URL('./src/vendor/lib0-decoding.ts', import.meta.url)) }];

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  resolve: { alias: appAliases },
  plugins: [
    messagesPlugin(),
    preact(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false, // public/manifest.webmanifest is ours, written by hand
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        globIgnores: ['screenshots/**'], // for install prompts only; never needed offline
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
    // Brotli and gzip copies of the built files, for the server to send as they are.
    precompress(),
    // What the build was made from, so `npm start` builds again only when that changed.
    buildStamp(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      output: {
        // Yjs in a chunk of its own, so the projects screen (which needs none of it) does not
        // load it because some small shared module happened to be bundled beside it.
        manualChunks: (id) => (id.includes('/node_modules/yjs/') ? 'yjs' : undefined),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          // Generative tests run many commands; on a busy 2-core machine they pass 5 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
