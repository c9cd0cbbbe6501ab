import { personType } from '../../domain/person';
import { activityType, type Activity } from '../../domain/plan/activity';
import { aimType } from '../../domain/plan/aim';
import { MEASURE_KIND_LABELS, measureType } from '../../domain/plan/measure';
import { objectiveType, type Objective } from '../../domain/plan/objective';
import { outcomeType, type Outcome } from '../../domain/plan/outcome';
import { nameForPack } from '../../team/naming';
import { count, compareCodes, shortDate } from '../format';
import { mayInclude } from '../options';
import type { PackPart } from '../part';
import type { ReportBlock } from '../report';

type Ordered = { order: number; createdAt: string; id: string };
const byOrder = (a: Ordered, b: Ordered) => a.order - b.order || compareCodes(a.createdAt, b.createdAt) || compareCodes(a.id, b.id);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  for (const list of out.values()) list.sort(byOrder as (a: T, b: T) => number);
  return out;
}

/**
 * The plan as the group set it: each aim, the outcomes it hopes for with how it will know,
 * and the objectives that get it there. The notes on each aim and the activities, as written,
 * only when ticked. An activity's owner is named only if they agreed to be named in the pack;
 * otherwise it says "a member".
 */
export const planPart: PackPart = {
  id: 'plan',
  title: 'Our plan',
  sensitive: ['wordsPlan'],
  section(ctx) {
    const { source } = ctx;
    const words = mayInclude(ctx.options, 'wordsPlan');
    const aims = [...source.records(aimType)].sort(byOrder);
    if (aims.length === 0) return null;
    const outcomesOf = groupBy<Outcome>(source.records(outcomeType), (o) => o.aimId);
    const measuresOf = groupBy(source.records(measureType), (m) => m.outcomeId);
    const objectivesOf = groupBy<Objective>(source.records(objectiveType), (o) => o.outcomeId);
    const activitiesOf = groupBy<Activity>(source.records(activityType), (a) => a.objectiveId);
    const people = new Map(source.records(personType).map((p) => [p.id, p]));
    const owner = (a: Activity) => {
      if (!a.ownerId) return 'Not decided yet';
      const person = people.get(a.ownerId);
      return (person && nameForPack(person)) ?? 'A member';
    };

    const outcomes = aims.flatMap((aim) => outcomesOf.get(aim.id) ?? []);
    const objectives = outcomes.flatMap((o) => objectivesOf.get(o.id) ?? []);
    const activities = objectives.flatMap((o) => activitiesOf.get(o.id) ?? []);
    const blocks: ReportBlock[] = [
      {
        kind: 'paragraph',
        text: 'What the group wants to achieve (aims), the changes it hopes to see (outcomes) and how it will know, and the steps it is taking to get there (objectives and activities).',
      },
      {
        kind: 'facts',
        items: [
          { label: 'Aims', value: String(aims.length) },
          { label: 'Outcomes', value: String(outcomes.length) },
          { label: 'Activities', value: activities.length ? `${count(activities.length, 'activity', 'activities')}, ${activities.filter((a) => a.done).length} done` : 'None yet' },
        ],
      },
    ];
    aims.forEach((aim, a) => {
      blocks.push({ kind: 'heading', text: `Aim ${aims.length > 1 ? `${a + 1} ` : ''}– ${aim.title}` });
      if (aim.detail?.trim() && words) blocks.push({ kind: 'words', label: 'More about this aim', text: aim.detail });
      const mine = outcomesOf.get(aim.id) ?? [];
      if (mine.length === 0) blocks.push({ kind: 'paragraph', text: 'No outcomes set for this aim yet.' });
      mine.forEach((outcome, o) => {
        blocks.push({ kind: 'subheading', text: `Outcome ${o + 1}: ${outcome.title}` });
        const measures = measuresOf.get(outcome.id) ?? [];
        if (measures.length) {
          blocks.push({ kind: 'paragraph', text: 'How we will know:' });
          blocks.push({ kind: 'list', items: measures.map((m) => `${m.text} (${MEASURE_KIND_LABELS[m.kind].toLowerCase()})`) });
        }
        for (const objective of objectivesOf.get(outcome.id) ?? []) {
          const steps = activitiesOf.get(objective.id) ?? [];
          if (steps.length === 0) {
            blocks.push({ kind: 'paragraph', text: `Objective: ${objective.title} (no activities yet).` });
            continue;
          }
          if (!words) {
            blocks.push({ kind: 'paragraph', text: `Objective: ${objective.title} (${count(steps.length, 'activity', 'activities')}, ${steps.filter((a) => a.done).length} done).` });
            continue;
          }
          blocks.push({
            kind: 'table',
            caption: `Objective: ${objective.title}`,
            columns: [{ label: 'Activity' }, { label: 'Who' }, { label: 'Due', short: true }, { label: 'Done', short: true }],
            rows: steps.map((s) => [s.title, owner(s), s.due ? shortDate(s.due) : '–', s.done ? 'Done' : 'Not yet']),
          });
        }
      });
    });
    if (outcomes.some((o) => o.starter)) blocks.push({ kind: 'credit', text: 'Some outcomes started from the starter outcomes in the West Berkshire “How to do co-production” resource, adapted by the group.' });
    return { id: 'plan', title: 'Our plan', blocks };
  },
};
