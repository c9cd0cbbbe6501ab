import type * as Y from 'yjs';
import { documentSectionType, type DocumentSection } from '../domain/plan/document-section';
import { documentVersionType, type DocumentVersion } from '../domain/plan/document-version';
import { planDocumentType } from '../domain/plan/plan-document';
import { hasOwnWords } from '../plan/document-templates';
import { byOrder } from '../plan/ordering';
import { readAll, readRecord } from './records';

/** A document's sections as they stand, in order (removed ones left out). */
export function liveSections(doc: Y.Doc, documentId: string): DocumentSection[] {
  return byOrder(readAll(doc, documentSectionType).filter((s) => s.documentId === documentId && !s.archived));
}

export function documentVersions(doc: Y.Doc, documentId: string): DocumentVersion[] {
  return readAll(doc, documentVersionType).filter((v) => v.documentId === documentId);
}

/** A document's sections still empty, or still holding only their template's prompt. */
export function unwrittenSections(doc: Y.Doc, documentId: string): DocumentSection[] {
  const template = readRecord(doc, planDocumentType, documentId)?.template;
  return liveSections(doc, documentId).filter((s) => !hasOwnWords(s.body, template));
}
