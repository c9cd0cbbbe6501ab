import { t } from '@lingui/core/macro';
import type { Meeting } from '../../core/domain/meeting';
import type { Person } from '../../core/domain/person';
import { DOCUMENT_STATUS_LABELS, type DocumentVersion } from '../../core/domain/plan/document-version';
import { formatDay } from '../../core/format/dates';
import { compareVersions } from '../../core/plan/version-diff';
import { Disclosure } from '../../ui/Disclosure';
import { Tag } from '../../ui/Tag';
import { ChangeList } from './ChangeList';
import { statusTone } from './document-words';

/** Every version of a document, newest first: when, where, who agreed it, and what changed since the one before. */
export function DocumentHistory({ versions, meetings, people }: { versions: DocumentVersion[]; meetings: Meeting[]; people: Person[] }) {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const titles = new Map(meetings.map((m) => [m.id, m.title]));
  const newestFirst = [...versions].reverse();
  return (
    <section class="card plan-history" aria-labelledby="doc-history">
      <h3 id="doc-history">{t`Version history`}</h3>
      <ol class="plan-versions" reversed>
        {newestFirst.map((v) => {
          const previous = versions[versions.indexOf(v) - 1];
          const number = v.number;
          const day = formatDay(v.date, 'weekday');
          const meeting = v.meetingId ? titles.get(v.meetingId) : undefined;
          const when = !v.meetingId ? day : meeting ? t`${day}, at ${meeting}` : t`${day}, at a meeting no longer listed`;
          const present = (v.presentIds ?? []).map((id) => names.get(id) ?? t`a former member`);
          const who = [present.join(', '), v.presentNote].filter(Boolean).join('; ');
          const note = v.note;
          return (
            <li key={v.id} class="plan-version">
              <p>
                <strong>{t`Version ${number}`}</strong> <Tag tone={statusTone(v.status)}>{DOCUMENT_STATUS_LABELS[v.status]}</Tag> {when}
              </p>
              {v.status === 'agreed' && who && <p class="plan-item-detail">{t`Present: ${who}`}</p>}
              {note && <p class="plan-item-detail">{t`Note: ${note}`}</p>}
              {previous && <ChangesSince previous={previous} version={v} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ChangesSince({ previous, version }: { previous: DocumentVersion; version: DocumentVersion }) {
  const number = previous.number;
  return (
    <Disclosure label={t`What changed since version ${number}`} hideLabel={t`Hide the changes since version ${number}`}>
      {() => {
        const changes = compareVersions(previous.sections, version.sections);
        return changes.some((c) => c.kind !== 'same') ? <ChangeList changes={changes} /> : <p class="hint">{t`The text did not change.`}</p>;
      }}
    </Disclosure>
  );
}
