import { meetingType, type Meeting } from '../../core/domain/meeting';
import { personType, type Person } from '../../core/domain/person';
import { documentSectionType } from '../../core/domain/plan/document-section';
import { documentVersionType } from '../../core/domain/plan/document-version';
import { DOCUMENT_KIND_LABELS, planDocumentType, type DocumentKind, type PlanDocument } from '../../core/domain/plan/plan-document';
import { versionsInOrder } from '../../core/plan/document-status';
import { DOCUMENT_TEMPLATES } from '../../core/plan/document-templates';
import { byOrder } from '../../core/plan/ordering';
import { useDocRecords } from '../../state/doc-records';
import { useRecords } from '../../state/records';
import { DocumentCopies } from './DocumentCopies';
import { DocumentEditor } from './DocumentEditor';
import { DocumentHistory } from './DocumentHistory';
import { DocumentStanding } from './DocumentStanding';
import { StartDocument } from './StartDocument';
import { documentIntro } from './document-words';
import { PlanLoading, PlanPart } from './PlanPart';

/** A living document (terms of reference or ground rules): where it stands, its sections, and its history. */
export function DocumentScreen({ kind }: { kind: DocumentKind }) {
  const documents = useRecords(planDocumentType, { kind });
  const meetings = useRecords(meetingType);
  const people = useRecords(personType);
  if (!documents || !meetings || !people) return <PlanLoading />;
  const mine = [...documents].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const document = mine[0];
  return (
    <PlanPart title={DOCUMENT_KIND_LABELS[kind]} intro={documentIntro(kind)} credit={DOCUMENT_TEMPLATES[kind].credit}>
      {!document ? (
        <StartDocument kind={kind} meetings={meetings} />
      ) : (
        <>
          {mine.length > 1 && <DocumentCopies documents={mine} />}
          <DocumentView key={document.id} document={document} meetings={meetings} people={people} />
        </>
      )}
    </PlanPart>
  );
}

/**
 * One document's parts. Its sections are read from the doc, so the editor and "changed since
 * the last version" follow each keystroke; its versions from the projection.
 */
function DocumentView({ document, meetings, people }: { document: PlanDocument; meetings: Meeting[]; people: Person[] }) {
  const sections = byOrder(useDocRecords(documentSectionType, (s) => s.documentId === document.id));
  const versions = useRecords(documentVersionType, { documentId: document.id });
  if (!versions) return <PlanLoading />;
  const inOrder = versionsInOrder(versions);
  return (
    <>
      <DocumentStanding document={document} sections={sections} versions={inOrder} meetings={meetings} people={people} />
      <DocumentEditor document={document} sections={sections} />
      <DocumentHistory versions={inOrder} meetings={meetings} people={people} />
    </>
  );
}
