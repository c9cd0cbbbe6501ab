import { plural, t } from '@lingui/core/macro';
import type { SectionChange } from '../../core/plan/version-diff';
import { Tag } from '../../ui/Tag';

/** What changed between two versions, section by section, with added and removed words marked. */
export function ChangeList({ changes }: { changes: SectionChange[] }) {
  const same = changes.filter((c) => c.kind === 'same').length;
  return (
    <div class="plan-changes">
      {changes
        .filter((c) => c.kind !== 'same')
        .map((c) => {
          const previous = c.previousHeading;
          return (
            <div key={c.id} class={`plan-change plan-change-${c.kind}`}>
              <p class="plan-change-head">
                <strong>{c.heading}</strong>{' '}
                {c.kind === 'added' ? <Tag tone="good">{t`New section`}</Tag> : c.kind === 'removed' ? <Tag tone="bad">{t`Section removed`}</Tag> : null}
                {previous && <span class="hint"> {t`(was “${previous}”)`}</span>}
              </p>
              <p class="plan-diff">
                {c.words.map((w, i) =>
                  w.kind === 'added' ? (
                    <ins key={i}>
                      <span class="visually-hidden">{t({ message: '[added]', comment: 'Read by screen readers before words added to a document' })} </span>
                      {w.text}
                    </ins>
                  ) : w.kind === 'removed' ? (
                    <del key={i}>
                      <span class="visually-hidden">
                        {t({ message: '[removed]', comment: 'Read by screen readers before words taken out of a document' })}{' '}
                      </span>
                      {w.text}
                    </del>
                  ) : (
                    <span key={i}>{w.text}</span>
                  ),
                )}
              </p>
            </div>
          );
        })}
      {same > 0 && <p class="hint">{plural(same, { one: '# other section is the same.', other: '# other sections are the same.' })}</p>}
    </div>
  );
}
