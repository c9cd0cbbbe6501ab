import { msg } from '@lingui/core/macro';
import { attendanceType } from '../../domain/attendance';
import { personType, RECOGNITION_LABELS, type Recognition } from '../../domain/person';
import { trainingType } from '../../domain/team/training';
import { compareText } from '../../format/intl';
import { nameForPack } from '../../team/naming';
import { capitalise } from '../format';
import type { PackPart } from '../part';
import type { ReportBlock } from '../report';
import { OTHER_PEOPLE, PEOPLE } from '../small-groups';

const RECOGNISED: readonly Recognition[] = ['payment', 'voucher', 'time-credits', 'none'];
const TITLE = msg`Thank you`;

/**
 * Thanks to everyone who took part, naming only those who agreed to be named in the pack
 * (withdrawing that agreement takes the name out of the next pack), and saying how the group
 * valued their time and helped them learn, in numbers.
 */
export const creditsPart: PackPart = {
  id: 'credits',
  title: TITLE,
  section(ctx) {
    const { source, i18n } = ctx;
    const came = new Set(
      source
        .records(attendanceType)
        .filter((a) => a.mark === 'present')
        .map((a) => a.personId),
    );
    const contributors = source.records(personType).filter((p) => (!p.guest && p.status !== 'interested') || came.has(p.id));
    if (contributors.length === 0) return null;
    const named = contributors
      .map(nameForPack)
      .filter((n): n is string => n !== null)
      .sort((a, b) => compareText(a, b));
    const others = contributors.length - named.length;
    const blocks: ReportBlock[] = [
      { kind: 'paragraph', text: i18n._(msg`This work was made together. Thank you to everyone who gave their time, experience and ideas.`) },
    ];
    if (named.length) blocks.push({ kind: 'list', items: named, columns: true });
    if (others) {
      const who = ctx.small.count(others, named.length ? OTHER_PEOPLE : PEOPLE);
      const text = named.length ? i18n._(msg`And ${who} who chose not to be named.`) : i18n._(msg`${who} took part and chose not to be named.`);
      blocks.push({ kind: 'paragraph', text: capitalise(text) });
    }

    const recognition = RECOGNISED.map((r) => ({ r, n: contributors.filter((p) => p.recognition === r).length })).filter(({ n }) => n > 0);
    const ids = new Set(contributors.map((p) => p.id));
    const introduced = new Set(
      source
        .records(trainingType)
        .filter((t) => t.kind === 'introduction' && t.personId && ids.has(t.personId))
        .map((t) => t.personId),
    ).size;
    if (recognition.length || introduced) {
      blocks.push({ kind: 'subheading', text: i18n._(msg`How we valued people’s time`) });
      const items = recognition.map(({ r, n }) => {
        const how = RECOGNITION_LABELS[r];
        const who = ctx.small.count(n, PEOPLE);
        return i18n._(msg`${how}: ${who} chose this`);
      });
      if (introduced) {
        const who = ctx.small.count(introduced, PEOPLE);
        items.push(capitalise(i18n._(msg`${who} had an introduction to co-production`)));
      }
      blocks.push({ kind: 'list', items });
    }
    return { id: 'credits', title: i18n._(TITLE), blocks };
  },
};
