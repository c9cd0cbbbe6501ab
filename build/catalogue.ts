import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CatalogType, LinguiConfigNormalized } from '@lingui/conf';
import { formatter } from '@lingui/format-po';
import { compileMessage, type CompiledMessage } from '@lingui/message-utils/compileMessage';

/** One language's PO file, as Lingui reads it: message id → English, translation, comments, flags. */
export async function parseCatalogue(path: string, config: Pick<LinguiConfigNormalized, 'sourceLocale'>): Promise<CatalogType> {
  const locale = basename(path, '.po');
  const content = await readFile(path, 'utf8');
  return formatter().parse(content, { locale, sourceLocale: config.sourceLocale ?? 'en', filename: path });
}

/**
 * The compiled catalogue the app loads for a language. Messages not translated yet are left
 * out, so they show in English (built into the code) rather than blank; entries Lingui marked
 * obsolete (no longer in the code) are left out too.
 */
export async function readCatalogue(path: string, config: Pick<LinguiConfigNormalized, 'sourceLocale'>): Promise<Record<string, CompiledMessage>> {
  const catalogue = await parseCatalogue(path, config);
  const messages: Record<string, CompiledMessage> = {};
  for (const [id, entry] of Object.entries(catalogue)) {
    if (entry.obsolete || !entry.translation) continue;
    messages[id] = compileMessage(entry.translation);
  }
  return messages;
}
