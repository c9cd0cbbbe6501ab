import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CatalogType, LinguiConfigNormalized } from '@lingui/conf';
import { formatter } from '@lingui/format-po';
import { compileMessage, type CompiledMessage } from '@lingui/message-utils/compileMessage';

/** The mark Lingui's macro puts before each message it writes: a comment saying "i18n". */
export const isI18nComment = (text: string) => /^\*?\s*i18n$/.test(text.trim());

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

export interface CodeMessage {
  id: string;
  /** The English, as ICU MessageFormat. */
  message: string;
  file: string;
}

/** Every message the code writes with Lingui's macros, found the way the build finds them. */
export async function messagesInCode(files: readonly string[], linguiConfig: LinguiConfigNormalized): Promise<CodeMessage[]> {
  const { transformAsync, types: t } = await import('@babel/core');
  const { default: linguiMacro } = await import('@lingui/babel-plugin-lingui-macro');
  const found: CodeMessage[] = [];
  for (const file of files) {
    const code = await readFile(file, 'utf8');
    if (!code.includes('@lingui/core/macro')) continue;
    const result = await transformAsync(code, {
      filename: file,
      babelrc: false,
      configFile: false,
      ast: true,
      code: false,
      parserOpts: { plugins: ['typescript', ...(file.endsWith('x') ? (['jsx'] as const) : [])] },
      plugins: [[linguiMacro, { linguiConfig, descriptorFields: 'all' }]],
    });
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const n = node as import('@babel/core').types.Node;
      if (t.isObjectExpression(n) && n.leadingComments?.some((c) => isI18nComment(c.value))) {
        const field = (name: string) => {
          const prop = n.properties.find((p) => t.isObjectProperty(p) && t.isIdentifier(p.key, { name }));
          return prop && t.isObjectProperty(prop) && t.isStringLiteral(prop.value) ? prop.value.value : undefined;
        };
        const id = field('id');
        if (id) found.push({ id, message: field('message') ?? id, file });
      }
      for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'leadingComments' && key !== 'trailingComments') visit(value);
    };
    visit(result?.ast);
  }
  return found;
}
