import Dexie, { type EntityTable } from 'dexie';

/** A project as listed on this device. Name and purpose mirror the doc's meta (via the projector). */
export interface ProjectRow {
  id: string;
  name: string;
  purpose: string;
  archived: boolean;
  createdAt: string;
  /** When anything in the project last changed on this device, for sorting. */
  updatedAt: string;
  /** Set while a project is being loaded from a file or invite and is not complete yet. */
  incomplete?: boolean;
}

/**
 * One record of a project doc, projected for queries, or a pack of many small records (see
 * core/projection/packs.ts). Rebuildable from the doc at any time. Read it through
 * core/projection/queries.ts, which unpacks packs.
 */
export interface RecordRow {
  projectId: string;
  collection: string;
  id: string;
  k1: string;
  k2: string;
  /** How many records the row holds: 1, or a pack's size. Indexed, so counts need no values. */
  n: number;
  data: Record<string, unknown>;
}

/** Which doc state the projection reflects, so a stale projection is found on open. */
export interface ProjectionStateRow {
  projectId: string;
  stateVector: string;
  projectorVersion: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Kiosk answers waiting on this device to enter the project in a shuffled batch. Never synced. */
export interface KioskQueueRow {
  id?: number;
  projectId: string;
  questionnaireId: string;
  day: string;
  meetingId?: string;
  answers: Record<string, unknown>;
}

/** Device-local secrets for sharing a project. Never synced, never exported in a pack. */
export interface ProjectKeyRow {
  projectId: string;
  secret: string;
  serverUrl?: string;
}

export type CommonGroundDb = Dexie & {
  projects: EntityTable<ProjectRow, 'id'>;
  records: Dexie.Table<RecordRow, [string, string, string]>;
  projection: EntityTable<ProjectionStateRow, 'projectId'>;
  settings: EntityTable<SettingRow, 'key'>;
  kioskQueue: EntityTable<KioskQueueRow, 'id'>;
  projectKeys: EntityTable<ProjectKeyRow, 'projectId'>;
};

/** The first version's tables, kept as they were: Dexie upgrades from them. */
export const STORES_V1 = {
  projects: 'id, updatedAt',
  records: '[projectId+collection+id], [projectId+collection], [projectId+collection+k1], [projectId+collection+k2]',
  projection: 'projectId',
  settings: 'key',
  kioskQueue: '++id, projectId, [projectId+questionnaireId]',
  projectKeys: 'projectId',
} as const;

export function openDatabase(name = 'common-ground'): CommonGroundDb {
  const db = new Dexie(name) as CommonGroundDb;
  db.version(1).stores(STORES_V1);
  // Version 2: two indexes instead of four (a rebuild writes every index of every row), and
  // each row's record count inside the index key. Existing rows each hold one record.
  db.version(2)
    .stores({ records: '[projectId+collection+id], [projectId+collection+k1+n]' })
    .upgrade((tx) =>
      tx
        .table('records')
        .toCollection()
        .modify((row: RecordRow) => {
          row.n = 1;
        }),
    );
  return db;
}
