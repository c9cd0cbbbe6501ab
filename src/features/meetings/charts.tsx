import { t } from '@lingui/core/macro';
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

/** Fill patterns that tell groups apart without colour, in print and for colour-blind readers. */
export const PATTERNS = ['solid', 'diagonal', 'dots', 'horizontal', 'cross', 'light', 'vertical'] as const;
export type PatternName = (typeof PATTERNS)[number];

function PatternDefs({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-solid`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#1f5f5b" />
      </pattern>
      <pattern id={`${prefix}-diagonal`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#fff" />
        <rect width="3" height="6" fill="#1c2421" />
      </pattern>
      <pattern id={`${prefix}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <circle cx="3" cy="3" r="1.6" fill="#1c2421" />
      </pattern>
      <pattern id={`${prefix}-horizontal`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <rect width="6" height="2" fill="#1c2421" />
      </pattern>
      <pattern id={`${prefix}-cross`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="#fff" />
        <path d="M0 0L8 8M8 0L0 8" stroke="#1c2421" stroke-width="1.5" />
      </pattern>
      <pattern id={`${prefix}-light`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#c9cfc8" />
      </pattern>
      <pattern id={`${prefix}-vertical`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#fff" />
        <rect width="2" height="6" fill="#1c2421" />
      </pattern>
    </defs>
  );
}

export function Swatch({ prefix, pattern }: { prefix: string; pattern: PatternName }) {
  return (
    <svg width="22" height="22" aria-hidden="true" class="swatch">
      <PatternDefs prefix={`${prefix}-sw-${pattern}`} />
      <rect x="1" y="1" width="20" height="20" fill={`url(#${prefix}-sw-${pattern}-${pattern})`} stroke="#1c2421" stroke-width="1.5" />
    </svg>
  );
}

/**
 * A chart with its words: a title, a one-line summary, the picture, and the same numbers as
 * a table (shown on request on screen, always when printed).
 */
export function ChartFigure({ title, summary, chart, table }: { title: string; summary: string; chart: ComponentChildren; table: ComponentChildren }) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <figure class="chart-figure card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <figcaption class="chart-summary">{summary}</figcaption>
      {chart}
      <button type="button" class="btn btn-quiet chart-toggle" aria-expanded={showTable} aria-controls={`${id}-table`} onClick={() => setShowTable(!showTable)}>
        {showTable ? t`Hide the table` : t`Show as a table`}
      </button>
      {/* A wide table scrolls inside itself (by keyboard too) rather than pushing the page sideways on a phone. */}
      <div id={`${id}-table`} class="chart-table table-scroll" hidden={!showTable} tabIndex={0} role="region" aria-label={title}>
        {table}
      </div>
    </figure>
  );
}

export interface Bar {
  key: string;
  label: string;
  /** Segments from the bottom up; a plain bar has one. */
  segments: { value: number; pattern: PatternName }[];
}

/** Vertical bars (stacked if a bar has several segments) with a scale on the left. */
export function BarChart({ bars, description, unit }: { bars: Bar[]; description: string; unit: string }) {
  const prefix = useId().replace(/[^a-zA-Z0-9]/g, '');
  const max = Math.max(1, ...bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0)));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const width = 720;
  const height = 260;
  const left = 40;
  const bottom = 40;
  const plotW = width - left - 10;
  const plotH = height - bottom - 10;
  const slot = plotW / Math.max(1, bars.length);
  const barW = Math.max(2, Math.min(36, slot * 0.7));
  const labelEvery = Math.max(1, Math.ceil(bars.length / 12));
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description} preserveAspectRatio="xMinYMin meet">
      <PatternDefs prefix={prefix} />
      {ticks.map((t) => {
        const y = 10 + plotH - (t / top) * plotH;
        return (
          <g key={t}>
            <line x1={left} x2={width - 10} y1={y} y2={y} stroke="#c9cfc8" stroke-width="1" />
            <text x={left - 6} y={y + 4} text-anchor="end" class="chart-axis">
              {t}
            </text>
          </g>
        );
      })}
      {bars.map((bar, i) => {
        let y = 10 + plotH;
        const x = left + i * slot + (slot - barW) / 2;
        return (
          <g key={bar.key}>
            {bar.segments.map((s, j) => {
              const h = (s.value / top) * plotH;
              y -= h;
              return s.value > 0 ? (
                <rect key={j} x={x} y={y} width={barW} height={h} fill={`url(#${prefix}-${s.pattern})`} stroke="#1c2421" stroke-width="1" />
              ) : null;
            })}
            {i % labelEvery === 0 && (
              <text x={x + barW / 2} y={height - bottom + 16} text-anchor="middle" class="chart-axis">
                {bar.label}
              </text>
            )}
          </g>
        );
      })}
      <text x={left} y={height - 4} class="chart-axis">
        {unit}
      </text>
    </svg>
  );
}

function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough || 1));
  for (const m of [1, 2, 5, 10]) if (m * power >= rough) return Math.max(1, m * power);
  return Math.max(1, 10 * power);
}

/** A small horizontal bar for a table cell; the number beside it says the same. */
export function InlineBar({ rate }: { rate: number | null }) {
  const w = Math.round((rate ?? 0) * 100);
  return (
    <svg class="inline-bar" viewBox="0 0 100 14" width="100" height="14" aria-hidden="true" preserveAspectRatio="none">
      <rect x="0" y="0" width="100" height="14" fill="#fff" stroke="#45524d" stroke-width="1" />
      <rect x="0" y="0" width={w} height="14" fill="#1f5f5b" />
    </svg>
  );
}
