import { plural, select, t } from '@lingui/core/macro';
import { useState } from 'preact/hooks';
import type { Meeting } from '../../core/domain/meeting';
import type { Person } from '../../core/domain/person';
import type { DocumentSection } from '../../core/domain/plan/document-section';
import { DOCUMENT_STATUS_LABELS, type DocumentVersion } from '../../core/domain/plan/document-version';
import type { PlanDocument } from '../../core/domain/plan/plan-document';
import { formatDay } from '../../core/format/dates';
import { currentVersion } from '../../core/plan/document-status';
import { compareVersions } from '../../core/plan/version-diff';
import { Disclosure } from '../../ui/Disclosure';
import { Tag } from '../../ui/Tag';
import { ChangeList } from './ChangeList';
import { statusTone } from './document-words';
import { NextStepForm } from './NextStepForm';

/** "Version 2, discussed at Group meeting 2 on Tue, 3 Mar 2026." */
function versionLine(version: DocumentVersion, meetings: readonly Meeting[]): string {
  const number = version.number;
  const status = version.status;
  const day = formatDay(version.date, 'weekday');
  const meeting = version.meetingId ? meetings.find((m) => m.id === version.meetingId)?.title : undefined;
  return meeting
    ? t`Version ${number}, ${select(status, { agreed: 'agreed', discussed: 'discussed', other: 'draft' })} at ${meeting} on ${day}.`
    : t`Version ${number}, ${select(status, { agreed: 'agreed', discussed: 'discussed', other: 'draft' })} on ${day}.`;
}

/** Where a document stands, what changed since its last version, and the next step to record. */
export function DocumentStanding(props: {
  document: PlanDocument;
  sections: DocumentSection[];
  versions: DocumentVersion[];
  meetings: Meeting[];
  people: Person[];
}) {
  const { document, sections, versions, meetings, people } = props;
  const [recorded, setRecorded] = useState<string | null>(null);
  const current = currentVersion(versions);
  const status = current?.status ?? 'draft';
  const now = sections.map((s) => ({ id: s.id, heading: s.heading, body: s.body }));
  const changes = current ? compareVersions(current.sections, now).filter((c) => c.kind !== 'same') : [];
  const step = <NextStepForm document={document} status={status} meetings={meetings} people={people} onRecorded={setRecorded} />;
  return (
    <section class="card plan-doc-status" aria-labelledby="doc-status">
      <h3 id="doc-status">
        {t`Where it stands:`} <Tag tone={statusTone(status)}>{DOCUMENT_STATUS_LABELS[status]}</Tag>
      </h3>
      {current && <p>{versionLine(current, meetings)}</p>}
      {changes.length > 0 && current && (
        <div class="notice">
          <p>{changedWords(changes.length, current)}</p>
          <Disclosure label={t`Show the changes`} hideLabel={t`Hide the changes`}>
            {() => <ChangeList changes={changes} />}
          </Disclosure>
        </div>
      )}
      {status === 'agreed' ? (
        <div class="plan-reopen">
          <p class="hint">{t`It is a living document: when the group wants to change it, reopen it as a new draft.`}</p>
          <Disclosure label={t`Reopen as a new draft`} hideLabel={t({ message: 'Not now', comment: 'Button: close the form to reopen a document' })}>
            {() => step}
          </Disclosure>
        </div>
      ) : (
        step
      )}
      {recorded && (
        <p class="plan-saved" role="status">
          {recorded}
        </p>
      )}
    </section>
  );
}

function changedWords(count: number, since: DocumentVersion): string {
  const number = since.number;
  return since.status === 'agreed'
    ? plural(count, {
        one: `# section has changed since version ${number}, which the group agreed.`,
        other: `# sections have changed since version ${number}, which the group agreed.`,
      })
    : plural(count, { one: `# section has changed since version ${number}.`, other: `# sections have changed since version ${number}.` });
}
