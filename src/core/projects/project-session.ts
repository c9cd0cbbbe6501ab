import type * as Y from 'yjs';
import type { CommonGroundDb } from '../db/database';
import type { DocStore, DocStores } from '../doc/doc-store';
import { indexeddbDocStores } from '../doc/indexeddb-doc-store';
import { createProjectDoc } from '../doc/project-doc';
import { Projector } from '../projection/projector';
import { keepErasuresTrue } from '../team/erase-member';

/** An open project on this device: its doc, where it is stored, and its projection. */
export interface ProjectSession {
  readonly projectId: string;
  readonly doc: Y.Doc;
  readonly store: DocStore;
  readonly projector: Projector;
  /** True when the projection was found stale on open and rebuilt. */
  readonly rebuiltOnOpen: boolean;
  close(): Promise<void>;
}

/** Opens a project: its doc from `stores` (IndexedDB unless a test gives another), then its projection. */
export async function openProjectSession(db: CommonGroundDb, projectId: string, stores: DocStores = indexeddbDocStores): Promise<ProjectSession> {
  const doc = createProjectDoc(projectId);
  const store = stores.open(doc);
  await store.load();
  const projector = new Projector(db, doc);
  const { rebuilt } = await projector.start();
  // Late references to erased people are anonymised as they arrive, and storage compacted.
  const stopFollowingErasures = keepErasuresTrue({ doc, store, projector });
  return {
    projectId,
    doc,
    store,
    projector,
    rebuiltOnOpen: rebuilt,
    async close() {
      stopFollowingErasures();
      await projector.settled();
      projector.stop();
      await store.close();
      doc.destroy();
    },
  };
}
