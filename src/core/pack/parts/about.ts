import { meetingType } from '../../domain/meeting';
import { personType, ROLE_LABELS, ROLES } from '../../domain/person';
import { shortDate } from '../format';
import type { PackPart } from '../part';
import { peopleChart } from '../people-chart';
import type { ReportBlock } from '../report';

/** What the project is for, when it began, and the mix of people in it (numbers only, no names). */
export const aboutPart: PackPart = {
  id: 'about',
  title: 'About the project',
  section(ctx) {
    const { source } = ctx;
    const members = source.records(personType).filter((p) => !p.guest && p.status !== 'interested');
    const dates = source.records(meetingType).filter((m) => !m.cancelled).map((m) => m.date).sort();
    if (!source.meta.purpose && members.length === 0 && dates.length === 0) return null;
    const blocks: ReportBlock[] = [];
    if (source.meta.purpose) blocks.push({ kind: 'paragraph', text: source.meta.purpose });
    const facts = [];
    if (dates.length) facts.push({ label: 'First meeting', value: shortDate(dates[0]!) });
    if (dates.length > 1) facts.push({ label: 'Last meeting planned', value: shortDate(dates[dates.length - 1]!) });
    if (members.length) facts.push({ label: 'Members, past and present', value: ctx.small.count(members.length, 'person', 'people') });
    if (facts.length) blocks.push({ kind: 'facts', items: facts });
    if (members.length) {
      const byRole = ROLES.map((role) => members.filter((p) => p.role === role).length);
      blocks.push(...peopleChart(ctx, 'Members by how they are involved', ROLES.map((r) => ROLE_LABELS[r]), byRole));
    }
    return { id: 'about', title: 'About the project', blocks };
  },
};
