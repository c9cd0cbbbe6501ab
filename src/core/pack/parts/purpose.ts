import { msg, plural } from '@lingui/core/macro';
import { meetingType } from '../../domain/meeting';
import { groupValueType } from '../../domain/plan/group-value';
import { CURRENT_STAGE_ID, CYCLE_LABELS, CYCLE_PARTS, cyclePartType, projectStageType, STAGE_LABELS } from '../../domain/plan/stage';
import { statementType } from '../../domain/plan/statement';
import { formatList } from '../../format/intl';
import { compareCodes, shortDate } from '../format';
import { mayInclude } from '../options';
import type { PackContext, PackPart } from '../part';
import type { ReportBlock } from '../report';

const TITLE = msg`What co-production means to us`;

/**
 * The group's own definition of co-production and its values (their wording only when
 * ticked), and where the project is now.
 */
export const purposePart: PackPart = {
  id: 'purpose',
  title: TITLE,
  sensitive: ['wordsPurpose'],
  section(ctx) {
    const { source, i18n } = ctx;
    const words = mayInclude(ctx.options, 'wordsPurpose');
    // If two devices each started a definition offline, the plan shows the newest; so does the pack.
    const statement = [...source.records(statementType)].sort((a, b) => compareCodes(b.createdAt, a.createdAt))[0];
    const definition = statement?.definition.trim() ? statement.definition : '';
    const values = [...source.records(groupValueType)].sort((a, b) => a.order - b.order || compareCodes(a.createdAt, b.createdAt));
    const stages = source.records(projectStageType);
    const stage = stages.find((s) => s.id === CURRENT_STAGE_ID) ?? stages[0];
    const cycle = source.records(cyclePartType);
    const shared = CYCLE_PARTS.map((part) => cycle.find((c) => c.part === part && c.coProduced)).filter((c) => c !== undefined);
    if (!definition && values.length === 0 && !stage && shared.length === 0) return null;

    const meetingTitle = new Map(source.records(meetingType).map((m) => [m.id, m.title]));
    const meeting = statement?.agreedMeetingId ? meetingTitle.get(statement.agreedMeetingId) : undefined;
    const blocks: ReportBlock[] = [];
    if (definition && words) {
      blocks.push({ kind: 'words', label: i18n._(msg`Our definition of co-production`), text: definition });
      if (statement?.definitionAgreedOn) blocks.push({ kind: 'paragraph', text: agreedOn(ctx, statement.definitionAgreedOn, meeting) });
    } else if (definition) {
      const agreed = statement?.definitionAgreedOn ? itWasAgreedOn(ctx, statement.definitionAgreedOn, meeting) : null;
      blocks.push({
        kind: 'paragraph',
        text: agreed
          ? i18n._(msg`The group wrote its own definition of co-production. ${agreed} Its wording is left out of this pack.`)
          : i18n._(msg`The group wrote its own definition of co-production. Its wording is left out of this pack.`),
      });
    }
    if (values.length && words) {
      blocks.push({ kind: 'subheading', text: i18n._(msg`Our values`) });
      blocks.push({
        kind: 'list',
        items: values.map((v) => {
          const name = v.name;
          const meaning = v.meaning?.trim();
          return meaning ? i18n._(msg({ message: `${name}: ${meaning}`, comment: 'One of the group’s values, then what it means to them' })) : name;
        }),
      });
      if (statement?.valuesAgreedOn) blocks.push({ kind: 'paragraph', text: agreedOn(ctx, statement.valuesAgreedOn, meeting) });
    } else if (values.length) {
      const count = values.length;
      const agreed = statement?.valuesAgreedOn ? itWasAgreedOn(ctx, statement.valuesAgreedOn, meeting) : null;
      blocks.push({
        kind: 'paragraph',
        text: agreed
          ? i18n._(msg`The group chose ${plural(count, { one: '# value', other: '# values' })} to work by. ${agreed} Their wording is left out of this pack.`)
          : i18n._(msg`The group chose ${plural(count, { one: '# value', other: '# values' })} to work by. Their wording is left out of this pack.`),
      });
    }
    if (stage || cycle.length) {
      blocks.push({ kind: 'subheading', text: i18n._(msg`Where the project is now`) });
      if (cycle.length)
        blocks.push({
          kind: 'paragraph',
          text: i18n._(msg`Co-production can run through every part of the work: commissioning, design, delivery and evaluation.`),
        });
      const facts = [];
      if (stage) {
        const now = STAGE_LABELS[stage.stage];
        const since = shortDate(stage.since);
        facts.push({ label: i18n._(msg`Stage`), value: i18n._(msg`${now}, since ${since}`) });
      }
      const notShared = CYCLE_PARTS.filter((part) => !shared.some((c) => c.part === part));
      if (cycle.length) {
        facts.push({
          label: i18n._(msg`Parts of the work done together`),
          value: shared.length
            ? formatList(
                shared.map((c) => CYCLE_LABELS[c.part]),
                'unit',
              )
            : i18n._(msg`None yet`),
        });
        if (notShared.length)
          facts.push({
            label: i18n._(msg`Not done together yet`),
            value: formatList(
              notShared.map((p) => CYCLE_LABELS[p]),
              'unit',
            ),
          });
      }
      blocks.push({ kind: 'facts', items: facts });
      const how = words ? shared.filter((c) => c.how?.trim()) : [];
      if (how.length) {
        blocks.push({
          kind: 'list',
          items: how.map((c) => {
            const part = CYCLE_LABELS[c.part];
            const way = c.how!.trim();
            return i18n._(msg({ message: `${part}: ${way}`, comment: 'A part of the work, then how the group does it together' }));
          }),
        });
      }
    }
    return { id: 'purpose', title: i18n._(TITLE), blocks };
  },
};

/** "Agreed on 6 Jan 2026 at Meeting 3." */
function agreedOn(ctx: PackContext, day: string, meeting: string | undefined): string {
  const on = shortDate(day);
  return meeting ? ctx.i18n._(msg`Agreed on ${on} at ${meeting}.`) : ctx.i18n._(msg`Agreed on ${on}.`);
}

/** "It was agreed on 6 Jan 2026 at Meeting 3.", after a sentence saying what was agreed. */
function itWasAgreedOn(ctx: PackContext, day: string, meeting: string | undefined): string {
  const on = shortDate(day);
  return meeting ? ctx.i18n._(msg`It was agreed on ${on} at ${meeting}.`) : ctx.i18n._(msg`It was agreed on ${on}.`);
}
