import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { formatDay } from '../format/dates';
import { formatNumber } from '../format/intl';
import type { BarChart } from '../pack/report';
import type { MeasureProgress, ProgressPoint } from './measure-progress';

/** A figure as shown: "12", or "45%" for a percentage. */
export function figureText(progress: MeasureProgress, value: number): string {
  return progress.unit === 'percentage' ? formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 }) : formatNumber(value);
}

const when = (i18n: I18n, day: string | undefined) =>
  day ? formatDay(day, 'date') : i18n._(msg({ message: 'no date', comment: 'A baseline or target given without a date' }));

function pointSource(i18n: I18n, point: ProgressPoint): string {
  if (point.from === 'app') return i18n._(msg`Counted by the app from its records on this day`);
  return point.source ?? i18n._(msg`Typed in by a facilitator`);
}

/** The rows of a measure's table: starting figure, each dated figure, then the target. */
export function progressRows(i18n: I18n, progress: MeasureProgress): string[][] {
  const rows: string[][] = [];
  if (progress.baseline) {
    const day = when(i18n, progress.baseline.date);
    rows.push([i18n._(msg`Start (${day})`), figureText(progress, progress.baseline.value), i18n._(msg`The starting figure (baseline) the group set`)]);
  }
  for (const point of progress.points) rows.push([formatDay(point.date, 'date'), figureText(progress, point.value), pointSource(i18n, point)]);
  if (progress.target) {
    const day = when(i18n, progress.target.date);
    rows.push([i18n._(msg`Target (${day})`), figureText(progress, progress.target.value), i18n._(msg`The target the group set`)]);
  }
  return rows;
}

/** The same figures as a chart, with each value written on its bar. */
export function progressChart(i18n: I18n, title: string, progress: MeasureProgress): BarChart {
  const labels: string[] = [];
  const values: number[] = [];
  if (progress.baseline) {
    labels.push(i18n._(msg({ message: 'Start', comment: 'A bar on a chart: the starting figure of a measure' })));
    values.push(progress.baseline.value);
  }
  for (const point of progress.points) {
    labels.push(formatDay(point.date, 'date'));
    values.push(point.value);
  }
  if (progress.target) {
    labels.push(i18n._(msg({ message: 'Target', comment: 'A bar on a chart: the figure a measure aims for' })));
    values.push(progress.target.value);
  }
  return {
    title,
    labels,
    values,
    direction: 'across',
    unit:
      progress.unit === 'percentage'
        ? i18n._(msg({ message: 'per cent', comment: 'What the bars of a chart measure' }))
        : i18n._(msg({ message: 'counted', comment: 'What the bars of a chart measure: a count' })),
  };
}
