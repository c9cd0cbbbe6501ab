import { msg, plural } from '@lingui/core/macro';
import type { PackContext } from './part';
import type { ReportBlock } from './report';

/**
 * A bar chart counting people by kind (role, how they valued their time). In a pack for
 * partners and funders a kind with fewer people than the threshold has no bar, and a note
 * says so, so a lone professional or carer cannot be picked out.
 */
export function peopleChart(ctx: PackContext, title: string, labels: readonly string[], values: readonly number[]): ReportBlock[] {
  const { i18n, threshold } = ctx;
  const shown = labels.map((label, i) => ({ label, value: values[i] ?? 0 })).filter(({ value }) => !ctx.small.hides(value));
  const blocks: ReportBlock[] = [];
  if (shown.some(({ value }) => value > 0)) {
    const unit = i18n._(msg({ message: 'people', comment: 'What the bars of a chart count, read out after its figures' }));
    blocks.push({ kind: 'chart', chart: { title, labels: shown.map((s) => s.label), values: shown.map((s) => s.value), direction: 'across', unit } });
  }
  const hidden = labels.length - shown.length;
  if (hidden > 0)
    blocks.push({ kind: 'note', text: i18n._(msg`Not shown: ${plural(hidden, { one: 'a group', other: 'groups' })} of fewer than ${threshold} people.`) });
  return blocks;
}
