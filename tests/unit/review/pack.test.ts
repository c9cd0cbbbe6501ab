import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { initialiseProject } from '../../../src/core/commands/project';
import { insertRecord, updateRecord } from '../../../src/core/commands/records';
import { collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { personType, type Person } from '../../../src/core/domain/person';
import { questionnaireType } from '../../../src/core/domain/questionnaire';
import { makePack, type MadePack } from '../../../src/core/pack/build';
import { defaultPackOptions, packOptionsFromQuery, packOptionsQuery, type PackOptions } from '../../../src/core/pack/options';
import { packContext } from '../../../src/core/pack/part';
import { reportDocumentHtml } from '../../../src/core/pack/report-html';
import { sourceFromDoc } from '../../../src/core/pack/source';
import { packFileName, packZip } from '../../../src/core/pack/zip';
import { generateReferenceProject } from '../../../src/core/reference/generate';
import { ACCESS_NOTES } from '../../../src/core/reference/names';
import { YEAR_OF_USE } from '../../../src/core/reference/sizes';
import { readAll } from '../../../src/core/read/records';

const AS_OF = '2026-09-01';

function referenceDoc() {
  const doc = createProjectDoc('p-pack');
  generateReferenceProject(doc, { size: YEAR_OF_USE, seed: 11 });
  return doc;
}

async function pack(doc: ReturnType<typeof createProjectDoc>, options: PackOptions, outcomes = [] as { id: string; title: string; measures: { id: string; title: string }[] }[]): Promise<MadePack> {
  const source = sourceFromDoc(doc)!;
  return makePack(packContext(source, options, { asOf: AS_OF, outcomes }), { withFiles: true });
}

/** Every text in the pack as it would leave the device: the zip's files, unpacked. */
function everything(made: MadePack): { names: string[]; text: string; files: Record<string, string>; bytes: Record<string, Uint8Array> } {
  const bytes = unzipSync(packZip(made, '0.1.0'));
  const files = Object.fromEntries(Object.entries(bytes).map(([name, data]) => [name, strFromU8(data)]));
  return { names: Object.keys(files).sort(), text: Object.values(files).join('\n'), files, bytes };
}

describe('the project pack', () => {
  const doc = referenceDoc();
  const people = readAll(doc, personType) as Person[];

  it('puts the report, a README and the data files in one zip that reads back', async () => {
    const options = defaultPackOptions('group');
    options.include.responseRows = true;
    const made = await pack(doc, options);
    const zip = packZip(made, '0.1.0');
    const { names, files, bytes } = everything(made);
    expect(names).toEqual(
      expect.arrayContaining(['README.txt', 'attendance-by-meeting.csv', 'attendance-by-person.csv', 'feedback-how-is-the-group-working.csv', 'feedback-results.csv', 'report.html']),
    );
    expect(zip.length).toBeGreaterThan(1000);
    expect(packFileName(made)).toBe(`better-days-carers-group-pack-for-the-group-${AS_OF}.zip`);
    for (const name of names.filter((n) => n.endsWith('.csv'))) {
      expect([...bytes[name]!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(files[name]).toContain('\r\n');
      expect(files['README.txt']).toContain(name);
    }
    // One row for each meeting and, when asked for, each response, plus the header.
    const raw = (collection: string) => Object.values(collectionMap(doc, collection).toJSON()) as { questionnaireId?: string }[];
    expect(files['attendance-by-meeting.csv']!.trim().split('\r\n')).toHaveLength(raw('meetings').length + 1);
    const checkResponses = raw('responses').filter((r) => r.questionnaireId === 'questionnaire-check').length;
    expect(files['feedback-how-is-the-group-working.csv']!.match(/\r\n/g)).toHaveLength(checkResponses + 1);
    expect(files['README.txt']).toContain('\r\n');
  });

  it('writes a report with a cover, the parts that have data, and SVG charts', async () => {
    const made = await pack(doc, defaultPackOptions('group'));
    expect(made.report.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['about', 'meetings', 'feedback', 'learning', 'you-said-we-did', 'credits']));
    expect(made.report.sections.map((s) => s.id)).not.toContain('outcomes'); // no outcomes were given
    const html = reportDocumentHtml(made.report);
    expect(html).toContain('<h1>Better Days Carers Group</h1>');
    expect(html).toContain('@page');
    expect(html).toContain('break-inside: avoid');
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(5);
    expect(html).toContain('Papers arrive too late to read before the meeting.');
    expect(html).toContain('What have we learnt?');
    expect(html).toContain('<thead>');
  });

  it('shows each part only when its data exists', async () => {
    const empty = createProjectDoc('p-empty');
    initialiseProject(empty, { name: 'Empty group' });
    const nothing = await pack(empty, defaultPackOptions('group'));
    expect(nothing.report.sections).toEqual([]);
    expect(nothing.files).toEqual([]);
    expect(everything(nothing).names).toEqual(['README.txt', 'report.html']);

    insertRecord(empty, personType, { name: 'Only Member', role: 'carer', status: 'active', consent: { namedInPack: { given: true, date: '2026-01-01' } } });
    const withPerson = await pack(empty, defaultPackOptions('group'));
    expect(withPerson.report.sections.map((s) => s.id)).toEqual(['about', 'credits']);
  });

  it('adds outcome evidence once the plan has outcomes', async () => {
    const made = await pack(doc, defaultPackOptions('partners'), [{ id: 'o1', title: 'Carers have more say', measures: [{ id: 'm1', title: 'Carers feel listened to' }] }]);
    const outcomes = made.report.sections.find((s) => s.id === 'outcomes');
    expect(outcomes?.blocks.map((b) => (b.kind === 'heading' ? b.text : b.kind))).toContain('Carers have more say');
    expect(JSON.stringify(outcomes)).toContain('No evidence gathered for this yet.');
  });

  it('leaves out contact details, access needs, the register and unnamed people for partners and funders', async () => {
    const made = await pack(doc, defaultPackOptions('partners'));
    const { names, text } = everything(made);
    expect(names).not.toContain('attendance-by-person.csv');
    expect(names).not.toContain('members.csv');
    expect(text).not.toMatch(/07700 9\d{5}/);
    expect(text).not.toContain('@example.org');
    for (const note of ACCESS_NOTES) expect(text).not.toContain(note);
    const unnamed = people.filter((p) => !p.consent?.namedInPack?.given);
    expect(unnamed.length).toBeGreaterThan(5);
    for (const p of unnamed) expect(text).not.toContain(p.name);
    const named = people.find((p) => p.consent?.namedInPack?.given && p.status !== 'interested')!;
    expect(text).toContain(named.name);
    expect(made.report.contents.leftOut).toEqual(expect.arrayContaining(['Contact details (email and phone).', 'Access needs and support.']));
  });

  it('leaves sensitive fields out of the group’s pack too, unless a box is ticked', async () => {
    const { text, names } = everything(await pack(doc, defaultPackOptions('group')));
    expect(names).not.toContain('members.csv');
    expect(text).not.toMatch(/07700 9\d{5}/);
    for (const note of ACCESS_NOTES) expect(text).not.toContain(note);

    const ticked = defaultPackOptions('group');
    ticked.include.contactDetails = true;
    ticked.include.accessNeeds = true;
    const { files } = everything(await pack(doc, ticked));
    expect(files['members.csv']).toMatch(/07700 9\d{5}/);
    expect(ACCESS_NOTES.some((note) => files['members.csv']!.includes(note))).toBe(true);
  });

  it('shares access needs with partners only for people who agreed to share with partners', async () => {
    const copy = referenceDoc();
    const withNeeds = (readAll(copy, personType) as Person[]).find((p) => p.inclusion?.accessNotes)!;
    const ticked = defaultPackOptions('partners');
    ticked.include.accessNeeds = true;
    ticked.include.contactDetails = true;
    const before = everything(await pack(copy, ticked)).files['members.csv']!;
    for (const note of ACCESS_NOTES) expect(before).not.toContain(note);
    expect(before).not.toMatch(/07700 9\d{5}/);

    updateRecord(copy, personType, withNeeds.id, { consent: { ...withNeeds.consent, shareWithPartners: { given: true, date: '2026-02-01' } } });
    const after = everything(await pack(copy, ticked)).files['members.csv']!;
    expect(after).toContain(withNeeds.inclusion!.accessNotes!);
    expect(after).toContain(withNeeds.phone!);
  });

  it('escapes anything a member typed, so the report cannot run script', async () => {
    const copy = createProjectDoc('p-hostile');
    initialiseProject(copy, { name: '<img src=x onerror=alert(1)>' });
    insertRecord(copy, personType, { name: '<script>alert(1)</script>', role: 'carer', status: 'active', consent: { namedInPack: { given: true, date: '2026-01-01' } } });
    insertRecord(copy, questionnaireType, { id: 'qq', title: '"><svg onload=alert(1)>', questions: [{ id: 'a', kind: 'choice', text: '=cmd|calc', options: ['<b>x</b>'] }] });
    const made = await pack(copy, defaultPackOptions('group'));
    const html = reportDocumentHtml(made.report);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('reports its progress part by part', async () => {
    const steps: number[] = [];
    const source = sourceFromDoc(doc)!;
    await makePack(packContext(source, defaultPackOptions('group'), { asOf: AS_OF }), { withFiles: false, onProgress: (p) => steps.push(p.done / p.total) });
    expect(steps[0]).toBe(0);
    expect(steps[steps.length - 1]).toBe(1);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('reads and writes its options in the report page address', () => {
    const options = packOptionsFromQuery('audience=partners&include=accessNeeds&include=nonsense&include=payments');
    const expected = defaultPackOptions('partners');
    expected.include.accessNeeds = true;
    expect(options).toEqual(expected);
    expect(packOptionsFromQuery(packOptionsQuery(options))).toEqual(options);
    // The group's pack has its words unless the address says otherwise; with nothing ticked, nothing.
    expect(packOptionsFromQuery('audience=group')).toEqual(defaultPackOptions('group'));
    const none = defaultPackOptions('group');
    for (const choice of Object.keys(none.include) as (keyof typeof none.include)[]) none.include[choice] = false;
    expect(packOptionsFromQuery(packOptionsQuery(none))).toEqual(none);
    expect(packOptionsFromQuery('audience=<script>').audience).toBe('group');
  });
});
