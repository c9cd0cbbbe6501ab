import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, root), 'utf8');

describe('the licence', () => {
  it('is the whole GNU AGPL version 3, and package.json says "or later"', () => {
    const licence = read('LICENSE');
    expect(licence.startsWith('                    GNU AFFERO GENERAL PUBLIC LICENSE\n                       Version 3, 19 November 2007\n')).toBe(true);
    expect(licence).toContain('13. Remote Network Interaction; Use with the GNU General Public License.');
    expect(licence).toContain('17. Interpretation of Sections 15 and 16.');
    expect(licence.trimEnd().endsWith('GNU AGPL, see <https://www.gnu.org/licenses/>.')).toBe(true);
    expect((JSON.parse(read('package.json')) as { license: string }).license).toBe('AGPL-3.0-or-later');
  });

  it('is named in the README, which says any organisation may run its own server', () => {
    const readme = read('README.md');
    expect(readme).toContain('AGPL-3.0-or-later');
    expect(readme).toMatch(/Any organisation may run its own sync server/);
  });
});
