import { fileURLToPath } from 'node:url';
import type { LoadHook } from 'node:module';
import { getConfig, type LinguiConfigNormalized } from '@lingui/conf';
import { transformMessages } from './messages-plugin.ts';

let config: LinguiConfigNormalized | undefined;

/** Runs Lingui's macro over source files that use it, after tsx has loaded them. */
export const load: LoadHook = async (url, context, nextLoad) => {
  const loaded = await nextLoad(url, context);
  if (!url.startsWith('file:') || url.includes('/node_modules/') || loaded.source === undefined || loaded.source === null) return loaded;
  const code = typeof loaded.source === 'string' ? loaded.source : Buffer.from(loaded.source as Uint8Array).toString('utf8');
  if (!code.includes('@lingui/core/macro')) return loaded;
  config ??= getConfig({ cwd: process.cwd(), skipValidation: true });
  // tsx has already turned the TypeScript into JavaScript: parse it as such.
  const path = fileURLToPath(url).replace(/\.tsx?$/, '.js');
  const result = await transformMessages(code, path, config);
  return result ? { ...loaded, source: result.code, shortCircuit: true } : loaded;
};
