import type { PackContext } from './part';
import type { ReportBlock } from './report';

/**
 * A bar chart counting people by kind (role, how they valued their time). In a pack for
 * partners and funders a kind with fewer people than the threshold has no bar, and a note
 * says so, so a lone professional or carer cannot be picked out.
 */
export function peopleChart(ctx: PackContext, title: string, labels: readonly string[], values: readonly number[]): ReportBlock[] {
  const shown = labels.map((label, i) => ({ label, value: values[i] ?? 0 })).filter(({ value }) => !ctx.small.hides(value));
  const blocks: ReportBlock[] = [];
  if (shown.some(({ value }) => value > 0)) {
    blocks.push({ kind: 'chart', chart: { title, labels: shown.map((s) => s.label), values: shown.map((s) => s.value), direction: 'across', unit: 'people' } });
  }
  if (shown.length < labels.length) blocks.push({ kind: 'note', text: `Not shown: ${labels.filter((l) => !shown.some((s) => s.label === l)).length === 1 ? 'a group' : 'groups'} of fewer than ${ctx.threshold} people.` });
  return blocks;
}
