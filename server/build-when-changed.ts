import { resolve } from 'node:path';
import { build } from 'vite';
import { buildIsCurrent } from './build-stamp';

/** `npm start`: builds the app only when its sources changed since the last build. */
const root = resolve('.');
if (buildIsCurrent(root, resolve(root, 'dist'))) {
  console.log('The built app in dist/ is up to date with the sources; not building again.');
} else {
  await build({ root, logLevel: 'warn' });
}
