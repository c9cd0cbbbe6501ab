import { meetingType } from '../../domain/meeting';
import { groupValueType } from '../../domain/plan/group-value';
import { CURRENT_STAGE_ID, CYCLE_LABELS, CYCLE_PARTS, cyclePartType, projectStageType, STAGE_LABELS } from '../../domain/plan/stage';
import { statementType } from '../../domain/plan/statement';
import { compareCodes, count, shortDate } from '../format';
import { mayInclude } from '../options';
import type { PackPart } from '../part';
import type { ReportBlock } from '../report';

/**
 * The group's own definition of co-production and its values (their wording only when
 * ticked), and where the project is now.
 */
export const purposePart: PackPart = {
  id: 'purpose',
  title: 'What co-production means to us',
  sensitive: ['wordsPurpose'],
  section(ctx) {
    const { source } = ctx;
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
    const blocks: ReportBlock[] = [];
    const agreed = (on: string | undefined) => (on ? ` It was agreed on ${shortDate(on)}${atMeeting(statement?.agreedMeetingId, meetingTitle)}.` : '');
    if (definition && words) {
      blocks.push({ kind: 'words', label: 'Our definition of co-production', text: definition });
      if (statement?.definitionAgreedOn) blocks.push({ kind: 'paragraph', text: `Agreed on ${shortDate(statement.definitionAgreedOn)}${atMeeting(statement.agreedMeetingId, meetingTitle)}.` });
    } else if (definition) {
      blocks.push({ kind: 'paragraph', text: `The group wrote its own definition of co-production.${agreed(statement?.definitionAgreedOn)} Its wording is left out of this pack.` });
    }
    if (values.length && words) {
      blocks.push({ kind: 'subheading', text: 'Our values' });
      blocks.push({ kind: 'list', items: values.map((v) => (v.meaning?.trim() ? `${v.name}: ${v.meaning.trim()}` : v.name)) });
      if (statement?.valuesAgreedOn) blocks.push({ kind: 'paragraph', text: `Agreed on ${shortDate(statement.valuesAgreedOn)}${atMeeting(statement.agreedMeetingId, meetingTitle)}.` });
    } else if (values.length) {
      blocks.push({ kind: 'paragraph', text: `The group chose ${count(values.length, 'value')} to work by.${agreed(statement?.valuesAgreedOn)} Their wording is left out of this pack.` });
    }
    if (stage || cycle.length) {
      blocks.push({ kind: 'subheading', text: 'Where the project is now' });
      if (cycle.length) blocks.push({ kind: 'paragraph', text: 'Co-production can run through every part of the work: commissioning, design, delivery and evaluation.' });
      const facts = [];
      if (stage) facts.push({ label: 'Stage', value: `${STAGE_LABELS[stage.stage]}, since ${shortDate(stage.since)}` });
      const notShared = CYCLE_PARTS.filter((part) => !shared.some((c) => c.part === part));
      if (cycle.length) {
        facts.push({ label: 'Parts of the work done together', value: shared.length ? shared.map((c) => CYCLE_LABELS[c.part]).join(', ') : 'None yet' });
        if (notShared.length) facts.push({ label: 'Not done together yet', value: notShared.map((p) => CYCLE_LABELS[p]).join(', ') });
      }
      blocks.push({ kind: 'facts', items: facts });
      const how = words ? shared.filter((c) => c.how?.trim()) : [];
      if (how.length) blocks.push({ kind: 'list', items: how.map((c) => `${CYCLE_LABELS[c.part]}: ${c.how!.trim()}`) });
    }
    return { id: 'purpose', title: 'What co-production means to us', blocks };
  },
};

function atMeeting(meetingId: string | undefined, titles: ReadonlyMap<string, string>): string {
  const title = meetingId ? titles.get(meetingId) : undefined;
  return title ? ` at ${title}` : '';
}
