import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../build/catalogue';
import { erasePerson, previewErasure } from '../../../src/core/commands/erasure';
import { recordBarrier } from '../../../src/core/commands/team-barriers';
import { addContribution } from '../../../src/core/commands/team-ledger';
import { addMember } from '../../../src/core/commands/team-members';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { ROLE_LABELS, ROLES, STATUS_LABELS } from '../../../src/core/domain/person';
import { recordTypes } from '../../../src/core/domain/registry';
import { BARRIER_LABELS } from '../../../src/core/domain/team/barrier';
import { setFormatLocale } from '../../../src/core/format/intl';
import { i18n } from '../../../src/core/i18n/instance';
import { readAll } from '../../../src/core/read/records';
import { setPin } from '../../../src/core/security/pin';
import { groupBalance } from '../../../src/core/team/balance';
import { parsePounds } from '../../../src/core/team/money';
import { tryPin } from '../../../src/core/security/lockout';
import { warningSentence } from '../../../src/features/team/balance-words';
import { referenceWords } from '../../../src/features/team/erase-words';
import { contributionType } from '../../../src/core/domain/team/contribution';
import { freshDb } from '../helpers';
import type { Person } from '../../../src/core/domain/person';

/** The app's own switch, as src/i18n does it: the catalogue, then the formatters. */
function speak(tag: 'en' | 'cy') {
  i18n.activate(tag);
  setFormatLocale(tag === 'cy' ? 'cy-GB' : 'en-GB');
}

const docWith = (...names: string[]) => {
  const doc = createProjectDoc('p1');
  const ids = names.map((name) => {
    const added = addMember(doc, { name, role: 'carer', status: 'active' });
    if (!added.ok) throw new Error(added.message);
    return added.value.id;
  });
  return { doc, ids };
};

describe('the team in Welsh', () => {
  beforeAll(async () => {
    i18n.load('cy', await readCatalogue(join(import.meta.dirname, '../../../src/i18n/locales/cy.po'), { sourceLocale: 'en' }));
  });
  afterEach(() => speak('en'));

  it('names roles, statuses and reasons in the language chosen when they are shown, not when the app started', () => {
    expect(ROLE_LABELS.carer).toBe('Carer or family');
    speak('cy');
    expect(ROLE_LABELS.carer).toBe('Gofalwr neu deulu');
    expect(STATUS_LABELS.left).toBe('Wedi gadael');
    expect(BARRIER_LABELS.health).toBe('Iechyd');
    // Used like a plain record of strings by the screens, the pack and the meetings.
    expect(Object.keys(ROLE_LABELS)).toEqual([...ROLES]);
    expect(ROLES.map((r) => ROLE_LABELS[r]).every((label) => typeof label === 'string' && label.length > 0)).toBe(true);
    speak('en');
    expect(ROLE_LABELS.carer).toBe('Carer or family');
  });

  it('says why a team command refused in the language chosen when it failed, zod messages too', () => {
    const { doc } = docWith();
    const entry = { personId: 'nobody', kind: 'expense' as const, date: '2026-03-10', forWhat: 'Bws', amountPence: 500, expenseType: 'travel' as const };
    speak('cy');
    expect(addContribution(doc, entry)).toEqual({ ok: false, message: 'Nid yw’r aelod hwnnw yma mwyach, felly does dim modd ychwanegu dim ar ei gyfer.' });
    expect(recordBarrier(doc, { reasons: [] })).toEqual({ ok: false, message: 'Dewiswch o leiaf un rheswm.' });
    expect(parsePounds('-5')).toEqual({ ok: false, message: 'Ni all symiau fod yn negyddol. Rhowch yr hyn a roddwyd, fel 12.50.' });
    speak('en');
    expect(recordBarrier(doc, { reasons: [] })).toEqual({ ok: false, message: 'Choose at least one reason.' });
  });

  it('counts people in a warning with every Welsh plural form', () => {
    speak('cy');
    const people = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `p${i}`, v: 1, createdAt: '', name: `P${i}`, role: 'carer', status: 'active' }) as Person);
    const small = (n: number) => warningSentence('small-group', groupBalance(people(n)));
    expect([1, 2, 3, 5].map(small)).toEqual([
      'Mae’r grŵp yn fach: 1 person yn weithredol. Anelwch at o leiaf 6, fel bod cymysgedd da o safbwyntiau.',
      'Mae’r grŵp yn fach: 2 berson yn weithredol. Anelwch at o leiaf 6, fel bod cymysgedd da o safbwyntiau.',
      'Mae’r grŵp yn fach: 3 pherson yn weithredol. Anelwch at o leiaf 6, fel bod cymysgedd da o safbwyntiau.',
      'Mae’r grŵp yn fach: 5 person yn weithredol. Anelwch at o leiaf 6, fel bod cymysgedd da o safbwyntiau.',
    ]);
  });

  it('puts the Welsh for “a member” in place of an erased person’s name when Welsh is chosen', () => {
    const { doc, ids } = docWith('Sam Jones', 'Ann Lee');
    addContribution(doc, { personId: ids[1]!, kind: 'time-credit', date: '2026-03-10', forWhat: 'Sam drove. Lifft adref i Sam', hours: 1 });
    speak('cy');
    const preview = previewErasure(doc, ids[0]!);
    if (!preview.ok) throw new Error(preview.message);
    expect(erasePerson(doc, ids[0]!, { replace: preview.value.mentions.map((m) => m.key) }).ok).toBe(true);
    expect(readAll(doc, contributionType)[0]!.forWhat).toBe('Aelod drove. Lifft adref i aelod');
  });

  it('has words for every kind of record that still counts an erased person, in both languages', () => {
    const { doc, ids } = docWith('Sam Jones');
    addContribution(doc, { personId: ids[0]!, kind: 'voucher', date: '2026-03-10', forWhat: 'Diolch', amountPence: 1000 });
    const preview = previewErasure(doc, ids[0]!);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.value.references.map(referenceWords)).toEqual(['1 contribution']);
    speak('cy');
    expect(preview.value.references.map(referenceWords)).toEqual(['1 cyfraniad']);
  });

  it('has words of its own for every kind of record that can point at a person', () => {
    const kinds = recordTypes.filter((type) => type.personRefs?.length);
    expect(kinds.length).toBeGreaterThan(5);
    for (const type of kinds) {
      const words = referenceWords({ collection: type.collection, noun: type.noun, count: 2 });
      expect(words, type.collection).toMatch(/^2 \S/);
      expect(words, type.collection).not.toContain(':');
    }
  });

  it('tells someone at the lock screen how long to wait, in Welsh', async () => {
    const db = freshDb();
    await setPin(db, '2468');
    speak('cy');
    const t = 1_000_000;
    expect(await tryPin(db, '1111', t)).toEqual({ ok: false, message: 'Nid yw’r PIN hwnnw’n gywir. Rhowch gynnig arall arni.' });
    await tryPin(db, '1112', t);
    expect(await tryPin(db, '1113', t)).toMatchObject({
      message: 'Nid yw’r PIN hwnnw’n gywir. Gormod o gynigion anghywir: arhoswch 30 eiliad, yna rhowch gynnig arall arni.',
    });
    expect(await tryPin(db, '2468', t + 1000)).toMatchObject({ message: 'Gormod o gynigion anghywir. Arhoswch 29 eiliad, yna rhowch gynnig arall arni.' });
  });
});
