import { RAISED_KIND_LABELS, youSaidWeDidType } from '../../domain/review/you-said-we-did';
import { shortDate, compareCodes } from '../format';
import type { PackPart } from '../part';

/** "You said, we did": what members raised and what changed because of it. */
export const youSaidPart: PackPart = {
  id: 'you-said-we-did',
  title: 'You said, we did',
  section({ source }) {
    const entries = [...source.records(youSaidWeDidType)].sort((a, b) => compareCodes(a.changedOn, b.changedOn));
    if (entries.length === 0) return null;
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
