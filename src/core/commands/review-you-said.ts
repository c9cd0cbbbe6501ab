import type * as Y from 'yjs';
import { youSaidWeDidType, type RaisedKind, type YouSaidWeDid } from '../domain/review/you-said-we-did';
import type { Result } from '../result';
import { archiveRecord, insertRecord, updateRecord } from './records';

export interface YouSaidWeDidInput {
  raisedKind: RaisedKind;
  youSaid: string;
  weDid: string;
  changedOn: string;
  raisedOn?: string;
  sourceId?: string;
}

/** Records something members raised and what changed because of it. */
export function addYouSaidWeDid(doc: Y.Doc, input: YouSaidWeDidInput): Result<YouSaidWeDid> {
  return insertRecord(doc, youSaidWeDidType, input);
}

export function updateYouSaidWeDid(doc: Y.Doc, id: string, changes: Partial<YouSaidWeDidInput>): Result<YouSaidWeDid> {
  return updateRecord(doc, youSaidWeDidType, id, changes);
}

export function archiveYouSaidWeDid(doc: Y.Doc, id: string, archived = true): Result<void> {
  return archiveRecord(doc, youSaidWeDidType, id, archived);
}
