import type * as Y from 'yjs';
import { documentSectionType, type DocumentSection } from '../domain/plan/document-section';
import { documentVersionType, type DocumentVersion } from '../domain/plan/document-version';
import { byOrder } from '../plan/ordering';
import { readAll } from './records';

/** A document's sections as they stand, in order (removed ones left out). */
export function liveSections(doc: Y.Doc, documentId: string): DocumentSection[] {
  return byOrder(readAll(doc, documentSectionType).filter((s) => s.documentId === documentId && !s.archived));
}

export function documentVersions(doc: Y.Doc, documentId: string): DocumentVersion[] {
  return readAll(doc, documentVersionType).filter((v) => v.documentId === documentId);
}
