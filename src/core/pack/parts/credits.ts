import { attendanceType } from '../../domain/attendance';
import { personType } from '../../domain/person';
import { count } from '../format';
import type { PackPart } from '../part';
import type { ReportBlock } from '../report';

/** Thanks to everyone who took part, naming only those who agreed to be named. */
export const creditsPart: PackPart = {
  id: 'credits',
  title: 'Thank you',
  section({ source, names }) {
    const came = new Set(source.records(attendanceType).filter((a) => a.mark === 'present').map((a) => a.personId));
    const contributors = source.records(personType).filter((p) => (!p.guest && p.status !== 'interested') || came.has(p.id));
    if (contributors.length === 0) return null;
    const named = contributors
      .filter((p) => names.named(p))
      .map((p) => p.name)
      .sort((a, b) => a.localeCompare(b, 'en-GB'));
    const others = contributors.length - named.length;
    const blocks: ReportBlock[] = [{ kind: 'paragraph', text: 'This work was made together. Thank you to everyone who gave their time, experience and ideas.' }];
    if (named.length) blocks.push({ kind: 'list', items: named });
    if (others) blocks.push({ kind: 'paragraph', text: named.length ? `And ${count(others, 'other person', 'other people')} who chose not to be named.` : `${count(others, 'person', 'people')} took part and chose not to be named.` });
    return { id: 'credits', title: 'Thank you', blocks };
  },
};
