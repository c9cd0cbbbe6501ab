import { register } from 'node:module';

/**
 * For Node runs outside Vite (`npm start`'s server, `npm run bench`): code that writes
 * messages with Lingui's macro goes through the same transform as in the build. Import after
 * tsx (`node --import tsx --import ./build/register-messages.ts …`): hooks registered later
 * run first, so this one sees what tsx made of the TypeScript.
 */
register('./messages-hooks.ts', import.meta.url);
