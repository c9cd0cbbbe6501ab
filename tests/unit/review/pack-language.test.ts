import { setupI18n } from '@lingui/core';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../build/catalogue';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { formatLocale } from '../../../src/core/format/intl';
import { i18n as appI18n } from '../../../src/core/i18n/instance';
import { makePack, type MadePack } from '../../../src/core/pack/build';
import { defaultPackOptions, type Audience } from '../../../src/core/pack/options';
import { packContext, type PackLanguage } from '../../../src/core/pack/part';
import { sourceFromDoc } from '../../../src/core/pack/source';
import { packZip } from '../../../src/core/pack/zip';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { YEAR_OF_USE } from '../../../src/core/reference/sizes';

const AS_OF = '2026-09-01';
const welsh = setupI18n();

function files(made: MadePack): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(packZip(made, '0.1.0'))).map(([name, data]) => [name, strFromU8(data)]));
}

const doc = createProjectDoc('p-pack-language');
generateReferenceProject(doc, { size: YEAR_OF_USE, seed: 5 });

async function pack(audience: Audience, language?: PackLanguage) {
  const options = defaultPackOptions(audience);
  return files(await makePack(packContext(sourceFromDoc(doc)!, options, { asOf: AS_OF, ...(language ? { language } : {}) }), { withFiles: true }));
}

describe('a project pack in another language than the app’s', () => {
  beforeAll(async () => {
    welsh.load('cy', await readCatalogue(join(import.meta.dirname, '../../../src/i18n/locales/cy.po'), { sourceLocale: 'en' }));
    welsh.activate('cy');
  });

  // Three packs of a year's project: seconds each on a busy machine.
  it('writes its fixed text, days and spreadsheet headings in Welsh while the app stays in English', { timeout: 60_000 }, async () => {
    expect(appI18n.locale).toBe('en');
    for (const audience of ['group', 'partners'] as const) {
      const made = await pack(audience, { i18n: welsh, locale: 'cy-GB' });
      const report = made['report.html']!;
      expect(report).toContain('<html lang="cy-GB">');
      expect(report).toContain('Pecyn prosiect');
      expect(report).toContain('Am y prosiect');
      expect(report).toContain('Cyfarfodydd a phresenoldeb');
      expect(report).not.toContain('About the project');
      expect(report).not.toContain('Meetings and attendance');
      // The day the pack was made, with Intl's Welsh month name.
      expect(report).toContain(new Intl.DateTimeFormat('cy-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${AS_OF}T12:00:00Z`)));
      expect(made['README.txt']).toContain('YN Y PECYN HWN');
      expect(made['README.txt']).not.toContain('IN THIS PACK');
      expect(made['attendance-by-meeting.csv']).toContain('Dyddiad');
    }
    // Nothing of the Welsh pack leaked into the app's own language.
    expect(appI18n.locale).toBe('en');
    expect(formatLocale()).toBe('en-GB');
    const english = await pack('group');
    expect(english['report.html']).toContain('About the project');
    expect(english['report.html']).not.toContain('Am y prosiect');
    expect(english['README.txt']).toContain('IN THIS PACK');
  });
});
