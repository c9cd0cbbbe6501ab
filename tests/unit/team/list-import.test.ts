import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseCsv, type Separator } from '../../../src/core/backup/csv-parse';
import { MAX_LIST_BYTES, MAX_LIST_ROWS } from '../../../src/core/backup/limits';
import { readListFile, type ListTable } from '../../../src/core/backup/list-file';
import { guessColumns, planMembers, planStakeholders, type ListDefaults } from '../../../src/core/backup/people-import';
import { addStakeholder } from '../../../src/core/commands/plan-maps';
import { importMembers, importStakeholders } from '../../../src/core/commands/team-import';
import { addMember } from '../../../src/core/commands/team-members';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { personType, type Person } from '../../../src/core/domain/person';
import { stakeholderType } from '../../../src/core/domain/plan/stakeholder';
import { csvCell } from '../../../src/core/pack/csv';
import { readAll } from '../../../src/core/read/records';
import { seededRandom } from '../../../src/core/reference/random';

const TODAY = '2026-06-15';
const DEFAULTS: ListDefaults = { role: 'other', status: 'interested', kind: 'individual', involvement: 'not-yet' };
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 bytes for text made of Latin-1 letters and the few extra marks Excel writes. */
function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Uint8Array.from([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
}

function table(bytes: Uint8Array): ListTable {
  const read = readListFile(bytes);
  if (!read.ok) throw new Error(read.message);
  return read.value;
}

function membersOf(doc: Y.Doc): Person[] {
  return readAll(doc, personType);
}

function plannedMembers(doc: Y.Doc, bytes: Uint8Array) {
  const list = table(bytes);
  return planMembers(list, guessColumns(list.header, 'members'), DEFAULTS, membersOf(doc), TODAY);
}

describe('reading a list of people (CSV)', () => {
  const rows = 'Name,Email,Phone\nZoë Ellis,zoe@example.org,07700 900123\nBen Okafor,ben@example.org,\n';

  it('reads UTF-8 without and with its byte-order mark the same way', () => {
    const plain = table(utf8(rows));
    const marked = table(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(rows)]));
    expect(plain.header).toEqual(['Name', 'Email', 'Phone']);
    expect(marked.header).toEqual(['Name', 'Email', 'Phone']);
    expect(marked.rows).toEqual(plain.rows);
    expect(plain.rows[0]!.cells[0]).toBe('Zoë Ellis');
    expect(plain.encoding).toBe('UTF-8');
  });

  it('reads Windows-1252 from older Excel, accents and curly quotes included', () => {
    const list = table(windows1252('Name;Organisation\r\nZoë Ellis;St Mary’s “Drop-in” – €5\r\n'));
    expect(list.encoding).toBe('Windows-1252');
    expect(list.separator).toBe(';');
    expect(list.rows[0]!.cells).toEqual(['Zoë Ellis', 'St Mary’s “Drop-in” – €5']);
  });

  it('reads UTF-16 with its mark (Excel’s “Unicode text”), tab separated', () => {
    const text = 'Name\tEmail\r\nSiân Jones\tsian@example.org\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const list = table(bytes);
    expect(list.separator).toBe('\t');
    expect(list.rows[0]!.cells).toEqual(['Siân Jones', 'sian@example.org']);
  });

  it('takes commas or semicolons, whichever the headings use, with quoted cells holding either and line breaks', () => {
    const comma = table(utf8('Name,Notes\r\n"Okafor, Ben","Line one\r\nline two; with ""quotes"""\r\n'));
    expect(comma.separator).toBe(',');
    expect(comma.rows[0]!.cells).toEqual(['Okafor, Ben', 'Line one\r\nline two; with "quotes"']);
    const semi = table(utf8('Name;Notes\n"Okafor; Ben";"a, b"\nAmira;\n'));
    expect(semi.separator).toBe(';');
    expect(semi.rows.map((r) => r.cells)).toEqual([
      ['Okafor; Ben', 'a, b'],
      ['Amira', ''],
    ]);
  });

  it('numbers rows as a spreadsheet does, even when a cell holds line breaks, and leaves out blank rows', () => {
    const list = table(utf8('Name,Note\n"Amira","two\nlines"\n,\n\nBen,x\n'));
    expect(list.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [2, 'Amira'],
      [5, 'Ben'],
    ]);
  });

  it('reads back any table written with standard quoting (many random tables)', () => {
    const pieces = ['a', 'Zoë', ' ', ',', ';', '\t', '"', '\n', '\r\n', '=1+1', '’', '🙂', 'x y'];
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const separator = random.pick<Separator>([',', ';', '\t']);
      const width = random.int(1, 5);
      const cells = Array.from({ length: random.int(1, 8) }, () =>
        Array.from({ length: width }, () => Array.from({ length: random.int(0, 4) }, () => random.pick(pieces)).join('')),
      ).filter((row) => row.length > 1 || row[0] !== '');
      const quote = (c: string) => (/[",;\t\r\n]/.test(c) || random.chance(0.2) ? `"${c.replaceAll('"', '""')}"` : c);
      const text = cells.map((row) => row.map(quote).join(separator)).join(random.pick(['\n', '\r\n'])) + (random.chance(0.5) ? '\n' : '');
      const parsed = parseCsv(text, separator, 100);
      expect(parsed.ok, `seed ${seed}`).toBe(true);
      if (parsed.ok) expect(parsed.rows.map((r) => r.cells), `seed ${seed}`).toEqual(cells);
    }
  });
});

describe('a hostile or wrong file', () => {
  it('refuses a file over the size limit before reading it', () => {
    const read = readListFile(new Uint8Array(MAX_LIST_BYTES + 1).fill(0x41));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/too large for a list of people.*Nothing was added/);
  });

  it('refuses binary bytes, a picture and a PDF as not a list', () => {
    const random = seededRandom(7);
    const noise = Uint8Array.from({ length: 4096 }, () => random.int(0, 255));
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const pdf = utf8('%PDF-1.7\nName,Email\nA,b\n');
    for (const bytes of [noise, png, pdf]) {
      const read = readListFile(bytes);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(/not a list the app can read/);
    }
  });

  it('says what to do with a spreadsheet workbook (.xlsx or .xls)', () => {
    for (const start of [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0]]) {
      const read = readListFile(Uint8Array.from([...start, ...utf8('Name\nA\n')]));
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(/workbook, not a CSV file.*pick CSV/);
    }
  });

  it('refuses 100,000 rows with a clear message, reading no further than the limit', () => {
    const text = 'Name,Email\n' + Array.from({ length: 100_000 }, (_, i) => `Person ${i},p${i}@example.org`).join('\n');
    const read = readListFile(utf8(text));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/more than 5,000 rows.*Nothing was added/);
    const parsed = parseCsv(text, ',', MAX_LIST_ROWS);
    expect(parsed).toEqual({ ok: false, problem: 'too-many-rows' });
  });

  it('refuses a quoted cell that never closes, naming its row', () => {
    const read = readListFile(utf8('Name,Note\nAmira,fine\nBen,"never closed\nCara,x\n'));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/starts in row 3 is never closed/);
  });

  it('refuses an empty file, and headings with nobody under them', () => {
    for (const text of ['', '\n\n', 'Name,Email\n', 'Name,Email\n,\n']) {
      const read = readListFile(utf8(text));
      expect(read.ok, JSON.stringify(text)).toBe(false);
    }
  });
});

describe('planning a list of members', () => {
  it('matches headings to fields whatever their case, spacing or spelling', () => {
    expect(guessColumns(['First name', 'SURNAME', 'E-mail address', 'Mobile', 'Organization', 'Role'], 'members')).toEqual({
      firstName: 0,
      lastName: 1,
      email: 2,
      phone: 3,
      organisation: 4,
      role: 5,
    });
    expect(guessColumns(['Who', 'Type', 'Why', 'Involved yet?'], 'stakeholders')).toEqual({ name: 0, kind: 1, why: 2, involvement: 3 });
  });

  it('keeps formula-like cells as plain text, and every export neutralises them', () => {
    const doc = createProjectDoc('p1');
    const plan = plannedMembers(doc, utf8('Name,Phone,Organisation\n"=HYPERLINK(""http://x.test"",""Click"")",+44 7700 900123,@SUM(A1)\n-Cara,-5,=1+1\n'));
    expect(plan.bad).toEqual([]);
    const added = importMembers(doc, plan.ready, TODAY);
    expect(added.ok).toBe(true);
    const [first, second] = membersOf(doc).sort((a, b) => a.name.localeCompare(b.name));
    expect(second!.name).toBe('=HYPERLINK("http://x.test","Click")');
    expect(second!.phone).toBe('+44 7700 900123');
    expect(second!.organisation).toBe('@SUM(A1)');
    expect(first!.name).toBe('-Cara');
    for (const value of [first!.name, first!.organisation, second!.name, second!.organisation, second!.phone]) expect(csvCell(value)).toMatch(/^"?'/);
  });

  it('finds likely duplicates of people already here (name in any case or accents, email, phone) and within the list', () => {
    const doc = createProjectDoc('p1');
    addMember(doc, { name: 'Zoë Ellis', role: 'carer', status: 'active' }, TODAY);
    addMember(doc, { name: 'Ben Okafor', role: 'carer', status: 'active', email: 'Ben@Example.org' }, TODAY);
    addMember(doc, { name: 'Cara Price', role: 'carer', status: 'active', phone: '07700 900123' }, TODAY);
    const plan = plannedMembers(
      doc,
      utf8('Name,Email,Phone\nzoe  ELLIS,,\nB. Okafor,ben@example.org ,\nC Price,,+44 (0)7700 900123\nDev Shah,dev@example.org,\nDevinder Shah,dev@example.org,\nNew Person,,\n'),
    );
    expect(plan.bad).toEqual([]);
    expect(plan.duplicates.map((d) => [d.row, d.duplicateOf])).toEqual([
      [2, 'Zoë Ellis'],
      [3, 'Ben Okafor'],
      [4, 'Cara Price'],
      [6, 'row 5 of this list'],
    ]);
    expect(plan.ready.map((r) => r.name)).toEqual(['Dev Shah', 'New Person']);
  });

  it('lists rows that cannot be used with every reason, and joins first and last names', () => {
    const doc = createProjectDoc('p1');
    const long = 'x'.repeat(130);
    const plan = plannedMembers(doc, utf8(`First name,Last name,Role,Status\nAmira,Ahmed,Carer,Active\n,,Carer,\nBen,,Volunteer,Sleeping\n${long},,,\nCara,Price,lived experience,left\n`));
    expect(plan.ready.map((r) => [r.row, r.name, r.input.role, r.input.status])).toEqual([
      [2, 'Amira Ahmed', 'carer', 'active'],
      [6, 'Cara Price', 'lived-experience', 'left'],
    ]);
    expect(plan.bad.map((b) => b.row)).toEqual([3, 4, 5]);
    expect(plan.bad[0]!.reasons).toEqual(['It has no name.']);
    expect(plan.bad[1]!.reasons).toHaveLength(2);
    expect(plan.bad[1]!.reasons[0]).toMatch(/“Volunteer” is not a role/);
    expect(plan.bad[1]!.reasons[1]).toMatch(/“Sleeping” is not a status/);
    expect(plan.bad[2]!.reasons[0]).toMatch(/Name is too long/);
  });
});

describe('adding a list, all or nothing', () => {
  it('adds every row in one change', () => {
    const doc = createProjectDoc('p1');
    let changes = 0;
    doc.on('update', () => changes++);
    const plan = plannedMembers(doc, utf8('Name,Email\nAmira,a@example.org\nBen,b@example.org\nCara,\n'));
    const added = importMembers(doc, plan.ready, TODAY);
    expect(added).toEqual({ ok: true, value: 3 });
    expect(changes).toBe(1);
    expect(membersOf(doc).map((p) => [p.name, p.status, p.statusSince])).toEqual([
      ['Amira', 'interested', TODAY],
      ['Ben', 'interested', TODAY],
      ['Cara', 'interested', TODAY],
    ]);
  });

  it('writes nothing at all when any one row would be refused, and names that row', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = seededRandom(seed);
      const doc = createProjectDoc('p1');
      addMember(doc, { name: 'Already here', role: 'carer', status: 'active' }, TODAY);
      const before = Y.encodeStateVector(doc);
      const items = Array.from({ length: random.int(2, 30) }, (_, i) => ({ row: i + 2, input: { name: `Person ${i}`, role: 'carer' as const, status: 'active' as const } }));
      const broken = random.int(0, items.length - 1);
      items[broken] = { row: broken + 2, input: { ...items[broken]!.input, name: random.pick(['', '   ', 'y'.repeat(200)]) } };
      const result = importMembers(doc, items, TODAY);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(`Row ${broken + 2} cannot be added`);
      expect(Y.encodeStateVector(doc)).toEqual(before);
      expect(membersOf(doc)).toHaveLength(1);
    }
  });

  it('adds stakeholders to the plan’s map, and refuses a list the map has no room for without adding any', () => {
    const doc = createProjectDoc('p1');
    const list = table(utf8('Who,Type,Involved\nCouncil,Organisation,Asked\nLocal carers,Person,\nHealth board,organization,not yet\n'));
    const plan = planStakeholders(list, guessColumns(list.header, 'stakeholders'), DEFAULTS, []);
    expect(plan.bad).toEqual([]);
    expect(plan.ready.map((r) => [r.input.name, r.input.kind, r.input.involvement])).toEqual([
      ['Council', 'organisation', 'invited'],
      ['Local carers', 'individual', 'not-yet'],
      ['Health board', 'organisation', 'not-yet'],
    ]);
    expect(importStakeholders(doc, plan.ready)).toEqual({ ok: true, value: 3 });
    for (let i = 0; i < 496; i++) addStakeholder(doc, { name: `S${i}`, kind: 'organisation', involvement: 'involved' });
    const again = planStakeholders(list, guessColumns(list.header, 'stakeholders'), DEFAULTS, readAll(doc, stakeholderType));
    expect(again.duplicates).toHaveLength(3);
    const refused = importStakeholders(doc, again.duplicates);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/room for 1 more\. Nothing was added/);
    expect(readAll(doc, stakeholderType)).toHaveLength(499);
  });
});
