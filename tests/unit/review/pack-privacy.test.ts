import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readAnonymityThreshold } from '../../../src/core/commands/feedback-questionnaires';
import { readAll } from '../../../src/core/commands/records';
import { recordConsent, withdrawConsent } from '../../../src/core/commands/team-consent';
import { addMember } from '../../../src/core/commands/team-members';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { hasConsent, personType, ROLES, type Person } from '../../../src/core/domain/person';
import { questionnaireType } from '../../../src/core/domain/questionnaire';
import { makePack, sensitiveChoicesOffered } from '../../../src/core/pack/build';
import { packContextFromDoc } from '../../../src/core/pack/from-doc';
import { defaultPackOptions, type Audience, type PackOptions } from '../../../src/core/pack/options';
import { packZip } from '../../../src/core/pack/zip';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { seededRandom, type Random } from '../../../src/core/reference/random';
import { YEAR_OF_USE } from '../../../src/core/reference/sizes';
import { coverLists, csvRows, fold, mentions, readmeLists, smallGroupsShown } from './pack-checks';
import { plantInEveryField } from './planted-text';

const AS_OF = '2026-12-01';
const SEEDS = [1, 2, 3, 4, 5];

// Invented names, none shared with the reference project's, some with accents and spaces.
const FIRST = ['Zéphyrine', 'Ottoline', 'Bartholomew', 'Anaïs', 'Siobhán', 'Józef', 'Renée', 'Eluned', 'Thaddeus', 'Ludovica', 'Cosimo', 'Perpetua', 'Radomír', 'Odalys', 'Hermione'];
const LAST = ['Quartermaine', 'Fairweather', 'Ó Dálaigh', 'Wrześniewski', 'Bellingham', 'Castellanos', 'Ferncastle', 'Abernethy'];

interface Planted {
  name: string;
  first: string;
}

/** Ways people type a name: as given, first name only, shouting, lower case, possessive, accents left off. */
function aMention(random: Random, who: Planted): string {
  const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  const forms = [who.name, who.first, who.first.toUpperCase(), who.first.toLowerCase(), `${who.first}'s`, `${who.first}’s`, plain(who.first), plain(who.name).toLowerCase()];
  const said = random.pick(forms);
  return random.pick([`${said} said the bus was late`, `Thanks to ${said} for the cakes.`, `${said}: more breaks please`, `We will ask ${said} about it.`, `Notes (${said})`]);
}

function allTicked(audience: Audience): PackOptions {
  const options = defaultPackOptions(audience);
  for (const choice of sensitiveChoicesOffered(audience)) (options.include as Record<string, boolean>)[choice] = true;
  return options;
}

async function packFiles(doc: ReturnType<typeof createProjectDoc>, options: PackOptions): Promise<Record<string, string>> {
  const made = await makePack(packContextFromDoc(doc, options, AS_OF)!, { withFiles: true });
  return Object.fromEntries(Object.entries(unzipSync(packZip(made, 'test'))).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The year-of-use project with planted members (three hidden, one named) and their names typed in every free-text field. */
function plantedProject(seed: number) {
  const random = seededRandom(seed);
  const doc = createProjectDoc(`p-planted-${seed}`);
  generateReferenceProject(doc, { size: YEAR_OF_USE, seed: 7, asOf: AS_OF });
  const firsts = random.shuffle([...FIRST]);
  const add = (i: number): Planted & { id: string } => {
    const name = `${firsts[i]!} ${random.pick(LAST)}`;
    const added = addMember(doc, { name, role: random.pick(ROLES), status: 'active' }, '2026-01-01');
    if (!added.ok) throw new Error(added.message);
    return { id: added.value.id, name, first: firsts[i]! };
  };
  const hidden = [add(0), add(1), add(2)];
  const named = add(3);
  expect(recordConsent(doc, named.id, 'namedInPack', { given: true, date: '2026-01-02' }).ok).toBe(true);
  // One planted member and one of the reference members agreed to be named, then withdrew.
  expect(recordConsent(doc, hidden[2]!.id, 'namedInPack', { given: true, date: '2026-01-02' }).ok).toBe(true);
  expect(withdrawConsent(doc, hidden[2]!.id, 'namedInPack', '2026-11-01').ok).toBe(true);
  const reference = (readAll(doc, personType) as Person[]).filter((p) => hasConsent(p, 'namedInPack') && p.status === 'active' && !p.guest);
  const withdrawn = random.pick(reference);
  expect(withdrawConsent(doc, withdrawn.id, 'namedInPack', '2026-11-01').ok).toBe(true);
  const paid = reference.find((p) => p.id !== withdrawn.id)!;

  const everyone = [...hidden, named];
  const fields = plantInEveryField(doc, () => aMention(random, random.pick(everyone)), { aboutId: hidden[0]!.id, paidId: paid.id });
  return { doc, hidden, named, withdrawn, fields, threshold: readAnonymityThreshold(doc) };
}

describe('a pack read by a careful funder, for projects with names typed in every free-text field', () => {
  for (const seed of SEEDS) {
    it(`shows no name without consent, and no group below the threshold (seed ${seed})`, { timeout: 60_000 }, async () => {
      const { doc, hidden, named, withdrawn, fields, threshold } = plantedProject(seed);
      expect(fields.length).toBeGreaterThan(40);
      for (const options of [defaultPackOptions('partners'), allTicked('partners'), defaultPackOptions('group'), allTicked('group')]) {
        const files = await packFiles(doc, options);
        const label = `${options.audience}, ticked: ${Object.entries(options.include).filter(([, on]) => on).map(([c]) => c).join(' ') || 'nothing'}`;
        for (const [file, text] of Object.entries(files)) {
          for (const person of hidden) {
            expect({ label, file, name: person.name, found: mentions(text, person.name) }).toEqual({ label, file, name: person.name, found: false });
            expect({ label, file, name: person.first, found: mentions(text, person.first) }).toEqual({ label, file, name: person.first, found: false });
            // File names are made from typed titles too ("feedback-<questionnaire>.csv").
            expect({ label, file, nameOfFile: mentions(file.replace(/[-_.]/g, ' '), person.first) }).toEqual({ label, file, nameOfFile: false });
          }
          expect({ label, file, name: withdrawn.name, found: mentions(text, withdrawn.name) }).toEqual({ label, file, name: withdrawn.name, found: false });
          // Pseudonyms with a role identify people in a small group, so no file uses them.
          expect({ label, file, pseudonym: /\bMember \d+\b/.test(text) }).toEqual({ label, file, pseudonym: false });
        }
        // The named member is still thanked.
        expect(mentions(files['report.html']!, named.name)).toBe(true);

        if (options.audience === 'partners') {
          expect(smallGroupsShown(files, threshold)).toEqual([]);
          // Aggregates only: no file gives one row per response.
          const questions = (readAll(doc, questionnaireType) as { questions: { text: string }[] }[]).flatMap((q) => q.questions.map((x) => fold(x.text)));
          for (const [file, text] of Object.entries(files).filter(([n]) => n.endsWith('.csv'))) {
            const header = (csvRows(text)[0] ?? []).map(fold);
            expect({ file, answersAsColumns: header.some((h) => questions.includes(h)) }).toEqual({ file, answersAsColumns: false });
          }
        }
      }
    });
  }

  it('lists on the cover exactly the files in the zip and the same lines as README.txt, for every audience and choice', { timeout: 60_000 }, async () => {
    const { doc } = plantedProject(9);
    for (const options of [defaultPackOptions('partners'), allTicked('partners'), defaultPackOptions('group'), allTicked('group')]) {
      const files = await packFiles(doc, options);
      const cover = coverLists(files['report.html']!);
      const readme = readmeLists(files['README.txt']!);
      expect(cover.included.length).toBeGreaterThan(3);
      expect(cover.leftOut.length).toBeGreaterThan(0);
      expect(readme).toEqual(cover);
      const listed = cover.included.map((line) => line.match(/^([\w.-]+\.(?:csv|ics|html)):/)?.[1]).filter(Boolean);
      expect(listed.sort()).toEqual(Object.keys(files).filter((n) => n !== 'README.txt').sort());
    }
  });

  it('gives one row per response only in the group’s own pack, only when asked, and with no day or meeting', { timeout: 60_000 }, async () => {
    const { doc, threshold } = plantedProject(11);
    const perResponse = (files: Record<string, string>) => Object.keys(files).filter((n) => n.endsWith('.csv') && csvRows(files[n]!)[0]?.[0] === 'Response');
    expect(perResponse(await packFiles(doc, defaultPackOptions('group')))).toEqual([]);
    expect(perResponse(await packFiles(doc, allTicked('partners')))).toEqual([]);
    const asked = await packFiles(doc, allTicked('group'));
    const files = perResponse(asked);
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const [header, ...rows] = csvRows(asked[name]!);
      expect(header).not.toContain('Day');
      expect(header).not.toContain('Meeting');
      expect(rows.length).toBeGreaterThanOrEqual(threshold);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
