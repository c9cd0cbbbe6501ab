import type { DocStores } from '../core/doc/doc-store';
import { indexeddbDocStores } from '../core/doc/indexeddb-doc-store';

/**
 * Where this device keeps project docs: given to every call that opens, seeds or removes one.
 * Apart from app-db.ts so the first screen, which reads only settings, does not load Yjs.
 */
export const docStores: DocStores = indexeddbDocStores;
