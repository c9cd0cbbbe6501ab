import { msg, plural } from '@lingui/core/macro';
import { personType } from '../../domain/person';
import { activityType, type Activity } from '../../domain/plan/activity';
import { aimType } from '../../domain/plan/aim';
import { MEASURE_KIND_LABELS, measureType } from '../../domain/plan/measure';
import { objectiveType, type Objective } from '../../domain/plan/objective';
import { outcomeType, type Outcome } from '../../domain/plan/outcome';
import { nameForPack } from '../../team/naming';
import { compareCodes, number, shortDate } from '../format';
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

const TITLE = msg`Our plan`;

/**
 * The plan as the group set it: each aim, the outcomes it hopes for with how it will know,
 * and the objectives that get it there. The notes on each aim and the activities, as written,
 * only when ticked. An activity's owner is named only if they agreed to be named in the pack;
 * otherwise it says "a member".
 */
export const planPart: PackPart = {
  id: 'plan',
  title: TITLE,
  sensitive: ['wordsPlan'],
  section(ctx) {
    const { source, i18n } = ctx;
    const words = mayInclude(ctx.options, 'wordsPlan');
    const aims = [...source.records(aimType)].sort(byOrder);
    if (aims.length === 0) return null;
    const outcomesOf = groupBy<Outcome>(source.records(outcomeType), (o) => o.aimId);
    const measuresOf = groupBy(source.records(measureType), (m) => m.outcomeId);
    const objectivesOf = groupBy<Objective>(source.records(objectiveType), (o) => o.outcomeId);
    const activitiesOf = groupBy<Activity>(source.records(activityType), (a) => a.objectiveId);
    const people = new Map(source.records(personType).map((p) => [p.id, p]));
    const owner = (a: Activity) => {
      if (!a.ownerId) return i18n._(msg`Not decided yet`);
      const person = people.get(a.ownerId);
      return (person && nameForPack(person)) ?? i18n._(msg({ message: 'A member', comment: 'Stands for a person who did not agree to be named' }));
    };
    /** "4 activities, 2 done". */
    const activityCount = (steps: readonly Activity[]) => {
      const all = steps.length;
      const done = steps.filter((a) => a.done).length;
      return i18n._(msg`${plural(all, { one: '# activity', other: '# activities' })}, ${done} done`);
    };

    const outcomes = aims.flatMap((aim) => outcomesOf.get(aim.id) ?? []);
    const objectives = outcomes.flatMap((o) => objectivesOf.get(o.id) ?? []);
    const activities = objectives.flatMap((o) => activitiesOf.get(o.id) ?? []);
    const blocks: ReportBlock[] = [
      {
        kind: 'paragraph',
        text: i18n._(
          msg`What the group wants to achieve (aims), the changes it hopes to see (outcomes) and how it will know, and the steps it is taking to get there (objectives and activities).`,
        ),
      },
      {
        kind: 'facts',
        items: [
          { label: i18n._(msg`Aims`), value: number(aims.length) },
          { label: i18n._(msg`Outcomes`), value: number(outcomes.length) },
          { label: i18n._(msg`Activities`), value: activities.length ? activityCount(activities) : i18n._(msg`None yet`) },
        ],
      },
    ];
    aims.forEach((aim, a) => {
      const aimTitle = aim.title;
      const place = a + 1;
      blocks.push({ kind: 'heading', text: aims.length > 1 ? i18n._(msg`Aim ${place} – ${aimTitle}`) : i18n._(msg`Aim – ${aimTitle}`) });
      if (aim.detail?.trim() && words) blocks.push({ kind: 'words', label: i18n._(msg`More about this aim`), text: aim.detail });
      const mine = outcomesOf.get(aim.id) ?? [];
      if (mine.length === 0) blocks.push({ kind: 'paragraph', text: i18n._(msg`No outcomes set for this aim yet.`) });
      mine.forEach((outcome, o) => {
        const outcomeTitle = outcome.title;
        const place = o + 1;
        blocks.push({ kind: 'subheading', text: i18n._(msg`Outcome ${place}: ${outcomeTitle}`) });
        const measures = measuresOf.get(outcome.id) ?? [];
        if (measures.length) {
          blocks.push({ kind: 'paragraph', text: i18n._(msg`How we will know:`) });
          blocks.push({
            kind: 'list',
            items: measures.map((m) => {
              const text = m.text;
              const kind = MEASURE_KIND_LABELS[m.kind].toLowerCase();
              return i18n._(msg({ message: `${text} (${kind})`, comment: 'A measure of an outcome, then what kind of measure it is' }));
            }),
          });
        }
        for (const objective of objectivesOf.get(outcome.id) ?? []) {
          const steps = activitiesOf.get(objective.id) ?? [];
          const objectiveTitle = objective.title;
          if (steps.length === 0) {
            blocks.push({ kind: 'paragraph', text: i18n._(msg`Objective: ${objectiveTitle} (no activities yet).`) });
            continue;
          }
          if (!words) {
            const counted = activityCount(steps);
            blocks.push({ kind: 'paragraph', text: i18n._(msg`Objective: ${objectiveTitle} (${counted}).`) });
            continue;
          }
          blocks.push({
            kind: 'table',
            caption: i18n._(msg`Objective: ${objectiveTitle}`),
            columns: [
              { label: i18n._(msg`Activity`) },
              { label: i18n._(msg({ message: 'Who', comment: 'Heading of a table column: who will do an activity' })) },
              { label: i18n._(msg({ message: 'Due', comment: 'Heading of a table column: when an activity is due' })), short: true },
              { label: i18n._(msg({ message: 'Done', comment: 'Heading of a table column: whether an activity is done' })), short: true },
            ],
            rows: steps.map((s) => [
              s.title,
              owner(s),
              s.due ? shortDate(s.due) : '–',
              s.done ? i18n._(msg({ message: 'Done', comment: 'An activity that has been done' })) : i18n._(msg`Not yet`),
            ]),
          });
        }
      });
    });
    if (outcomes.some((o) => o.starter)) {
      blocks.push({
        kind: 'credit',
        text: i18n._(msg`Some outcomes started from the starter outcomes in the West Berkshire “How to do co-production” resource, adapted by the group.`),
      });
    }
    return { id: 'plan', title: i18n._(TITLE), blocks };
  },
};
