import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { getConfig } from '@lingui/conf';
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagesInCode, parseCatalogue, type CodeMessage } from '../../../build/catalogue';

/**
 * Interface text lives in the message catalogues. Until every feature folder has moved its
 * text there (MIGRATION.md), this list says which parts are done; each helper adds its folder,
 * and at the end it becomes src/app, src/features and src/ui whole.
 */
const TRANSLATED = [
  'src/app',
  'src/core/backup',
  'src/core/domain/parse-record.ts',
  'src/core/domain/review',
  'src/core/pack',
  'src/core/security',
  'src/features/feedback',
  'src/features/lock',
  'src/features/meetings',
  'src/features/plan',
  'src/features/review',
  'src/features/sections.ts',
  'src/features/sync/ConflictsCard.tsx',
  'src/features/sync/DevicesCard.tsx',
  'src/features/sync/InviteCard.tsx',
  'src/features/sync/JoinScreen.tsx',
  'src/features/sync/NotSyncingCard.tsx',
  'src/features/sync/ResetCard.tsx',
  'src/features/sync/ShareStartCard.tsx',
  'src/features/sync/SyncStateCard.tsx',
  'src/features/sync/section.tsx',
  'src/features/sync/when.ts',
  'src/features/team',
  'src/core/meetings/meeting-print.ts',
  'src/core/meetings/meeting-record.ts',
  'src/core/meetings/send-papers.ts',
  'src/core/meetings/walk-in-match.ts',
  'src/core/meetings/arrangements.ts',
  'src/core/meetings/open-actions.ts',
  'src/core/domain/meeting-day/arrangement.ts',
  'src/ui/form',
  'src/ui/ShareFileButton.tsx',
  'src/ui/TextField.tsx',
];

/** Languages with a catalogue, and the plural categories CLDR gives each (as Intl knows them). */
const LANGUAGES = ['cy'];
const ROOT = join(import.meta.dirname, '../../..');

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(full, f));
}

const allSource = () => sourceFiles('src');

/** Attributes that carry words a person reads or hears; others (class, href, type…) are code. */
const TEXT_PROPS =
  /^(label|title|legend|hint|placeholder|alt|aria-label|aria-description|message|loading|emptyLabel|confirmLabel|cancelLabel|hideLabel|ariaLabel|intro|summary|credit|text)$/;

/** Interface text written straight into the markup instead of through a message. */
function untranslatedText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const words = (text: string) => /\p{L}{2,}/u.test(text);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && words(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && TEXT_PROPS.test(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value && (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value) || ts.isTemplateExpression(value)) && words(value.getText())) {
        found.push(`${where(node)} ${node.name.getText()}=${value.getText()}`);
      }
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isStringLiteral(node.expression) || ts.isTemplateExpression(node.expression)) &&
      words(node.expression.getText())
    ) {
      if (!ts.isJsxAttribute(node.parent)) found.push(`${where(node)} {${node.expression.getText()}}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The plural (and selectordinal) categories a compiled message uses, and its placeholders. */
function shape(message: CompiledMessage): { plurals: string[][]; placeholders: Set<string> } {
  const plurals: string[][] = [];
  const placeholders = new Set<string>();
  const walk = (tokens: CompiledMessage) => {
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      const [name, type, format] = token;
      placeholders.add(name);
      if ((type === 'plural' || type === 'select' || type === 'selectordinal') && format && typeof format === 'object') {
        const choices = Object.entries(format as Record<string, unknown>).filter(([key]) => key !== 'offset');
        if (type !== 'select') plurals.push(choices.map(([key]) => key));
        for (const [, choice] of choices) if (Array.isArray(choice)) walk(choice as CompiledMessage);
      }
    }
  };
  walk(message);
  return { plurals, placeholders };
}

const categories = (locale: string) => new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);

describe('message catalogues', () => {
  const config = getConfig({ cwd: ROOT, skipValidation: true });
  let code: CodeMessage[] = [];
  // Runs Lingui's macro over every file that writes messages: seconds on a busy machine.
  beforeAll(async () => {
    code = await messagesInCode(allSource(), config);
  }, 120_000);

  // Parses every file of the moved folders: more than five seconds on a busy machine as folders join.
  it('has no interface text outside the catalogues in the parts already moved to them', { timeout: 60_000 }, () => {
    const found = TRANSLATED.flatMap(sourceFiles).flatMap(untranslatedText);
    expect(found).toEqual([]);
  });

  it('finds text written straight into markup (so the check above can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-catalogue-'));
    try {
      const sample = join(dir, 'Sample.tsx');
      writeFileSync(sample, 'export const A = () => <p title="Add a member">Add a member {`for ${name}`}</p>;\n');
      expect(untranslatedText(sample)).toHaveLength(3);
      writeFileSync(sample, 'export const A = () => <p title={t`Add a member`}>{t`Add a member`}</p>;\n');
      expect(untranslatedText(sample)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes every English message in valid ICU, with English plural forms only', () => {
    const english = categories('en');
    expect(code.map((m) => m.message)).toContain('Not found');
    for (const { message, file } of code) {
      const { plurals } = shape(compileMessageOrThrow(message));
      for (const forms of plurals) {
        expect(forms, `${file}: ${message}`).toContain('other');
        for (const form of forms) expect(english.has(form) || /^=\d+$/.test(form), `${file}: "${form}" in ${message}`).toBe(true);
      }
    }
  });

  for (const locale of LANGUAGES) {
    describe(`the ${locale} catalogue`, () => {
      const path = join(ROOT, 'src/i18n/locales', `${locale}.po`);

      it('has a translation of every message in the code, and nothing the code no longer says', async () => {
        const catalogue = await parseCatalogue(path, config);
        const live = Object.entries(catalogue).filter(([, entry]) => !entry.obsolete);
        const missing = code.filter((m) => !catalogue[m.id]?.translation).map((m) => `${m.file}: ${m.message}`);
        const stale = live.filter(([id]) => !code.some((m) => m.id === id)).map(([, entry]) => entry.message);
        expect(missing, 'run `npm run messages`, then translate these').toEqual([]);
        expect(stale, 'run `npm run messages` to drop these').toEqual([]);
      });

      it('gives every string its context: where it is used, and a note where the words alone are ambiguous', async () => {
        const catalogue = await parseCatalogue(path, config);
        for (const [id, entry] of Object.entries(catalogue)) {
          if (entry.obsolete) continue;
          expect(entry.origin?.length ?? 0, `${id} ${entry.message}`).toBeGreaterThan(0);
          const short = (entry.message ?? '').split(/\s+/).length <= 1 && !/[{]/.test(entry.message ?? '');
          if (short && ['Later', 'Change', 'Meeting'].includes(entry.message ?? '')) expect(entry.comments?.length ?? 0, entry.message).toBeGreaterThan(0);
        }
      });

      it(`keeps each message's placeholders and uses exactly the plural forms ${locale} has`, async () => {
        const catalogue = await parseCatalogue(path, config);
        const forms = categories(locale);
        for (const { id, message } of code) {
          const translation = catalogue[id]?.translation;
          if (!translation) continue;
          const source = shape(compileMessageOrThrow(message));
          const target = shape(compileMessageOrThrow(translation));
          expect([...target.placeholders].sort(), translation).toEqual([...source.placeholders].sort());
          expect(target.plurals.length, translation).toBe(source.plurals.length);
          for (const used of target.plurals) {
            const named = used.filter((form) => !/^=\d+$/.test(form));
            expect(new Set(named), `${translation}: every ${locale} plural form, and no other`).toEqual(forms);
          }
        }
      });
    });
  }
});
