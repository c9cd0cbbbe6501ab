import { attendanceType } from '../../domain/attendance';
import { personType, RECOGNITION_LABELS, type Recognition } from '../../domain/person';
import { trainingType } from '../../domain/team/training';
import { nameForPack } from '../../team/naming';
import type { PackPart } from '../part';
import type { ReportBlock } from '../report';
import { compareText } from '../../format/intl';

const RECOGNISED: readonly Recognition[] = ['payment', 'voucher', 'time-credits', 'none'];

/**
 * Thanks to everyone who took part, naming only those who agreed to be named in the pack
 * (withdrawing that agreement takes the name out of the next pack), and saying how the group
 * valued their time and helped them learn, in numbers.
 */
export const creditsPart: PackPart = {
  id: 'credits',
  title: 'Thank you',
  section(ctx) {
    const { source } = ctx;
    const came = new Set(source.records(attendanceType).filter((a) => a.mark === 'present').map((a) => a.personId));
    const contributors = source.records(personType).filter((p) => (!p.guest && p.status !== 'interested') || came.has(p.id));
    if (contributors.length === 0) return null;
    const named = contributors
      .map(nameForPack)
      .filter((n): n is string => n !== null)
      .sort((a, b) => compareText(a, b));
    const others = contributors.length - named.length;
    const blocks: ReportBlock[] = [{ kind: 'paragraph', text: 'This work was made together. Thank you to everyone who gave their time, experience and ideas.' }];
    if (named.length) blocks.push({ kind: 'list', items: named, columns: true });
    if (others) {
      const text = named.length ? `And ${ctx.small.count(others, 'other person', 'other people')} who chose not to be named.` : `${ctx.small.count(others, 'person', 'people')} took part and chose not to be named.`;
      blocks.push({ kind: 'paragraph', text: capitalise(text) });
    }

    const recognition = RECOGNISED.map((r) => ({ r, n: contributors.filter((p) => p.recognition === r).length })).filter(({ n }) => n > 0);
    const ids = new Set(contributors.map((p) => p.id));
    const introduced = new Set(source.records(trainingType).filter((t) => t.kind === 'introduction' && t.personId && ids.has(t.personId)).map((t) => t.personId)).size;
    if (recognition.length || introduced) {
      blocks.push({ kind: 'subheading', text: 'How we valued people’s time' });
      const items = recognition.map(({ r, n }) => `${RECOGNITION_LABELS[r]}: ${ctx.small.count(n, 'person', 'people')} chose this`);
      if (introduced) items.push(`${capitalise(ctx.small.count(introduced, 'person', 'people'))} had an introduction to co-production`);
      blocks.push({ kind: 'list', items });
    }
    return { id: 'credits', title: 'Thank you', blocks };
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
