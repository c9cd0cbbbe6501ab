import { RAISED_KIND_LABELS, RAISED_KINDS, youSaidWeDidType } from '../../domain/review/you-said-we-did';
import { count, shortDate, compareCodes } from '../format';
import { mayInclude } from '../options';
import type { PackPart } from '../part';

/** "You said, we did": what members raised and what changed because of it (the wording only when ticked). */
export const youSaidPart: PackPart = {
  id: 'you-said-we-did',
  title: 'You said, we did',
  sensitive: ['wordsYouSaid'],
  section(ctx) {
    const entries = [...ctx.source.records(youSaidWeDidType)].sort((a, b) => compareCodes(a.changedOn, b.changedOn));
    if (entries.length === 0) return null;
    if (!mayInclude(ctx.options, 'wordsYouSaid')) {
      const from = RAISED_KINDS.map((k) => ({ k, n: entries.filter((e) => e.raisedKind === k).length })).filter(({ n }) => n > 0);
      return {
        id: 'you-said-we-did',
        title: 'You said, we did',
        blocks: [
          { kind: 'paragraph', text: `The group made ${count(entries.length, 'change')} because of what members told it, from ${shortDate(entries[0]!.changedOn)} to ${shortDate(entries.at(-1)!.changedOn)}. The wording is left out of this pack.` },
          { kind: 'facts', items: from.map(({ k, n }) => ({ label: `Raised through: ${RAISED_KIND_LABELS[k].toLowerCase()}`, value: count(n, 'change') })) },
        ],
      };
    }
    return {
      id: 'you-said-we-did',
      title: 'You said, we did',
      blocks: [
        { kind: 'paragraph', text: 'What members told us, and what changed because of it.' },
        {
          kind: 'table',
          caption: 'You said, we did',
          columns: [{ label: 'Date of change', short: true }, { label: 'You said' }, { label: 'We did' }, { label: 'Came from' }],
          rows: entries.map((e) => [shortDate(e.changedOn), e.youSaid, e.weDid, RAISED_KIND_LABELS[e.raisedKind]]),
        },
      ],
    };
  },
};
