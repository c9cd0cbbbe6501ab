import { transformAsync, type PluginObj, types as t } from '@babel/core';
import linguiMacro from '@lingui/babel-plugin-lingui-macro';
import { getConfig, type LinguiConfigNormalized } from '@lingui/conf';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { isI18nComment, readCatalogue } from './catalogue.ts';

/**
 * Interface text for Vite (the build, the dev server and vitest):
 *
 * - Files that write messages with `t`, `plural` or `msg` from `@lingui/core/macro` are run
 *   through Lingui's macro, and each English message is compiled into the code, as Lingui's
 *   runtime reads it. So English needs no catalogue: its words stay in the chunk that uses
 *   them, and the first screen carries only its own.
 * - `import('…/cy.po')` becomes that language's compiled catalogue (a chunk of its own,
 *   loaded only when someone chooses the language).
 *
 * Only files that import the macro are touched; the rest never meet Babel.
 */
export function messagesPlugin(): import('vite').Plugin {
  let config: LinguiConfigNormalized | undefined;
  const lingui = () => (config ??= getConfig({ cwd: process.cwd(), skipValidation: true }));
  return {
    name: 'common-ground:messages',
    enforce: 'pre',
    async transform(code, id) {
      const path = id.split('?')[0]!;
      if (path.endsWith('.po')) {
        const messages = await readCatalogue(path, lingui());
        return { code: `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(messages))});`, map: null };
      }
      if (!/\.[cm]?tsx?$/.test(path) || path.includes('/node_modules/') || !code.includes('@lingui/core/macro')) return null;
      return transformMessages(code, path, lingui());
    },
  };
}

/** Runs the macro over one source file and compiles its English messages in place. */
export async function transformMessages(code: string, filename: string, linguiConfig: LinguiConfigNormalized) {
  const result = await transformAsync(code, {
    filename,
    babelrc: false,
    configFile: false,
    sourceMaps: true,
    parserOpts: { plugins: ['typescript', ...(filename.endsWith('x') ? (['jsx'] as const) : [])] },
    plugins: [[linguiMacro, { linguiConfig, descriptorFields: 'message' }], compileEnglish],
  });
  return result?.code ? { code: result.code, map: result.map ?? null } : null;
}

/**
 * The macro leaves each English message as ICU text ("{count, plural, one {…} other {…}}"),
 * which Lingui's runtime can read only after compiling it. Compiling here, at build time,
 * keeps the ICU parser out of the app.
 */
function compileEnglish(): PluginObj {
  return {
    name: 'compile-english-messages',
    visitor: {
      Program: {
        exit(program) {
          program.traverse({
            ObjectProperty(path) {
              const { key, value } = path.node;
              if (!t.isIdentifier(key, { name: 'message' }) || !t.isStringLiteral(value)) return;
              if (!isMessageDescriptor(path.parentPath.node)) return;
              path.node.value = t.valueToNode(compileMessage(value.value));
            },
          });
        },
      },
    },
  };
}

/** The macro's output: an object with an `id` and a `message`, marked with an i18n comment. */
function isMessageDescriptor(node: t.Node): boolean {
  if (!t.isObjectExpression(node)) return false;
  const marked = node.leadingComments?.some((c) => isI18nComment(c.value)) ?? false;
  const hasId = node.properties.some((p) => t.isObjectProperty(p) && t.isIdentifier(p.key, { name: 'id' }));
  return marked && hasId;
}
