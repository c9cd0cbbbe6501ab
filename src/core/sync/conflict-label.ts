import type * as Y from 'yjs';
import { collectionMap, readRawRecord, type RecordMap } from '../doc/project-doc';
import { recordTypeFor } from '../domain/registry';
import { PROJECT_DETAILS, type FieldConflict } from './conflicts';

/** Which record a conflict is in, in words: "Member “Amira”", "Meeting", "Project details". */
export function conflictRecordLabel(doc: Y.Doc, conflict: FieldConflict): string {
  if (conflict.collection === PROJECT_DETAILS) return 'Project details';
  const type = recordTypeFor(conflict.collection);
  const record = collectionMap(doc, conflict.collection).get(conflict.recordId) as RecordMap | undefined;
  const data = record ? readRawRecord(record) : {};
  const name = typeof data.name === 'string' ? data.name : typeof data.title === 'string' ? data.title : null;
  const noun = type?.noun ?? 'record';
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  return name ? `${Noun} “${name}”` : Noun;
}
