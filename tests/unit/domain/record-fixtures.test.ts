import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCatalogue } from '../../../build/catalogue';
import { createBackup } from '../../../src/core/backup/create';
import { checkBackupFile } from '../../../src/core/backup/restore';
import { initialiseProject } from '../../../src/core/commands/project';
import { collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { parseStoredRecord } from '../../../src/core/domain/parse-record';
import { personType } from '../../../src/core/domain/person';
import type { RecordType } from '../../../src/core/domain/record-type';
import { recordTypes } from '../../../src/core/domain/registry';
import { i18n } from '../../../src/core/i18n/instance';
import { readRecord } from '../../../src/core/read/records';

/*
 * Old data still loads: fixtures/v<N>.json holds one record of every record type as version N
 * of the app stored it (fixtures/make-fixtures.ts writes a new file when a version goes up;
 * the old files stay). Every fixture must load, through any migrations, into today's schema.
 */

type Fixture = Record<string, Record<string, unknown>>;
const fixtureDir = new URL('./fixtures/', import.meta.url);
const fixtures = new Map<number, Fixture>(
  readdirSync(fixtureDir)
    .filter((name) => /^v\d+\.json$/.test(name))
    .map((name) => [Number(name.slice(1, -5)), JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8')) as Fixture]),
);

/** Puts a raw record in a doc the way the app stores one: long text as Y.Text, map fields as Y.Map. */
function storeAsWritten(doc: Y.Doc, type: RecordType, raw: Record<string, unknown>) {
  const ymap = new Y.Map<unknown>();
  collectionMap(doc, type.collection).set(raw.id as string, ymap);
  for (const [key, value] of Object.entries(raw)) {
    if (type.textFields?.includes(key) && typeof value === 'string') ymap.set(key, new Y.Text(value));
    else if (type.mapFields?.includes(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      const map = new Y.Map<unknown>();
      ymap.set(key, map);
      for (const [k, v] of Object.entries(value)) map.set(k, v);
    } else ymap.set(key, value);
  }
}

describe('versioned record fixtures', () => {
  it('has a fixture of every record type at every version it has had', () => {
    const missing = recordTypes.flatMap((type) =>
      Array.from({ length: type.version }, (_, i) => i + 1)
        .filter((version) => fixtures.get(version)?.[type.collection]?.v !== version)
        .map((version) => `${type.collection} v${version}`),
    );
    expect(missing).toEqual([]);
  });

  it('loads every fixture, old or current, into the record type’s current schema', () => {
    for (const [version, fixture] of fixtures) {
      for (const type of recordTypes) {
        const raw = fixture[type.collection];
        if (!raw) continue;
        const parsed = parseStoredRecord(type, raw);
        expect(parsed, `${type.collection} v${version}`).toMatchObject({ ok: true });
        if (parsed.ok) expect(parsed.value.v).toBe(type.version);
        if (parsed.ok && version === type.version) expect(parsed.value, `${type.collection} is unchanged`).toEqual(raw);
      }
    }
  });

  it('reads every current fixture back from a project doc and through a backup file', async () => {
    const current = new Map(recordTypes.map((type) => [type, fixtures.get(type.version)![type.collection]!]));
    const doc = createProjectDoc('p-fixtures');
    initialiseProject(doc, { name: 'Fixture group' });
    for (const [type, raw] of current) storeAsWritten(doc, type, raw);
    for (const [type, raw] of current) expect(readRecord(doc, type, raw.id as string), type.collection).toEqual(raw);

    const file = await createBackup(doc, { appVersion: '0.1.0', protection: { unprotected: true, keys: [] } });
    if (!file.ok) throw new Error(file.message);
    const checked = await checkBackupFile(file.value.bytes);
    if (!checked.ok) throw new Error(checked.message);
    for (const [type, raw] of current) expect(readRecord(checked.value.scratch, type, raw.id as string), `${type.collection} after the gate`).toEqual(raw);
  });
});

describe('migrating a record written by an older version', () => {
  // No record type has needed a second version yet. This is the path the first one will take,
  // exercised on the real v1 member fixture: a v2 that splits `name` into given and family names.
  const v1 = fixtures.get(1)!.people!;
  const personV2 = {
    ...personType,
    version: 2,
    migrate: (raw: Record<string, unknown>, from: number) => (from === 1 ? { ...raw, name: String(raw.name).trim() } : raw),
  } as RecordType;

  it('upgrades the old record through `migrate`, checks it against the current schema, and marks it current', () => {
    const parsed = parseStoredRecord(personV2, { ...v1, name: `  ${String(v1.name)}  ` });
    expect(parsed).toMatchObject({ ok: true, value: { v: 2, name: v1.name } });
  });

  it('refuses, in plain words, a record the migration cannot make valid, and one from a newer version', () => {
    const broken = parseStoredRecord({ ...personV2, migrate: (raw) => ({ ...raw, name: '' }) } as RecordType, v1);
    expect(broken.ok).toBe(false);
    expect(parseStoredRecord({ ...personType, migrate: undefined, version: 2 } as RecordType, v1)).toEqual({
      ok: false,
      message: 'This member was saved by an older version and cannot be read.',
    });
    expect(parseStoredRecord(personType, { ...v1, v: 2 })).toEqual({
      ok: false,
      message: 'This member was saved by a newer version of Common Ground. Update the app to see it.',
    });
  });
});

describe('the kinds of record in the chosen language', () => {
  beforeAll(async () => {
    i18n.load('cy', await readCatalogue(join(import.meta.dirname, '../../../src/i18n/locales/cy.po'), { sourceLocale: 'en' }));
  });
  afterEach(() => i18n.activate('en'));

  it('names every record type, and the generic messages about one, in the language chosen when they are shown', () => {
    const english = recordTypes.map((type) => type.noun);
    expect(personType.noun).toBe('member');
    i18n.activate('cy');
    expect(personType.noun).toBe('aelod');
    expect(recordTypes.filter((type, i) => type.noun === english[i]).map((type) => type.collection)).toEqual([]);
    expect(parseStoredRecord(personType, { ...fixtures.get(1)!.people!, v: 99 })).toEqual({
      ok: false,
      message: 'Cadwyd y cofnod hwn (aelod) gan fersiwn mwy newydd o Common Ground. Diweddarwch yr ap i’w weld.',
    });
  });
});
