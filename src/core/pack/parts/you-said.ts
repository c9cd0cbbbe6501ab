import { msg, plural } from '@lingui/core/macro';
import { RAISED_KIND_LABELS, RAISED_KINDS, youSaidWeDidType } from '../../domain/review/you-said-we-did';
import { compareCodes, shortDate } from '../format';
import { mayInclude } from '../options';
import type { PackPart } from '../part';

const TITLE = msg`You said, we did`;

/** "You said, we did": what members raised and what changed because of it (the wording only when ticked). */
export const youSaidPart: PackPart = {
  id: 'you-said-we-did',
  title: TITLE,
  sensitive: ['wordsYouSaid'],
  section(ctx) {
    const { i18n } = ctx;
    const title = i18n._(TITLE);
    const entries = [...ctx.source.records(youSaidWeDidType)].sort((a, b) => compareCodes(a.changedOn, b.changedOn));
    if (entries.length === 0) return null;
    const changes = (n: number) => i18n._(msg`${plural(n, { one: '# change', other: '# changes' })}`);
    if (!mayInclude(ctx.options, 'wordsYouSaid')) {
      const from = RAISED_KINDS.map((k) => ({ k, n: entries.filter((e) => e.raisedKind === k).length })).filter(({ n }) => n > 0);
      const made = entries.length;
      const first = shortDate(entries[0]!.changedOn);
      const last = shortDate(entries.at(-1)!.changedOn);
      return {
        id: 'you-said-we-did',
        title,
        blocks: [
          {
            kind: 'paragraph',
            text: i18n._(
              msg`The group made ${plural(made, { one: '# change', other: '# changes' })} because of what members told it, from ${first} to ${last}. The wording is left out of this pack.`,
            ),
          },
          {
            kind: 'facts',
            items: from.map(({ k, n }) => {
              const through = i18n._(RAISED_KIND_LABELS[k]).toLowerCase();
              return { label: i18n._(msg`Raised through: ${through}`), value: changes(n) };
            }),
          },
        ],
      };
    }
    return {
      id: 'you-said-we-did',
      title,
      blocks: [
        { kind: 'paragraph', text: i18n._(msg`What members told us, and what changed because of it.`) },
        {
          kind: 'table',
          caption: title,
          columns: [
            { label: i18n._(msg`Date of change`), short: true },
            { label: i18n._(msg`You said`) },
            { label: i18n._(msg`We did`) },
            { label: i18n._(msg`Came from`) },
          ],
          rows: entries.map((e) => [shortDate(e.changedOn), e.youSaid, e.weDid, i18n._(RAISED_KIND_LABELS[e.raisedKind])]),
        },
      ],
    };
  },
};
