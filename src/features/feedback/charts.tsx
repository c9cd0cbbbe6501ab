import { plural, t } from '@lingui/core/macro';
import { useId } from 'preact/hooks';
import type { QuestionResult } from '../../core/feedback/results';
import { formatNumber } from '../../core/format/intl';
import { formatShare } from '../../core/format/numbers';
import { Face } from './Faces';

type Shown = Extract<QuestionResult, { hidden: false }>;

/** "20%": a count's share of the total, in whole percent (0% of nothing). */
const share = (count: number, total: number) => formatShare(total ? count / total : 0);

/** Fills that differ in pattern as well as colour, so the chart reads in black and white too. */
function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-p0`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" class="fill-strong-neg" />
        <line x1="0" y1="0" x2="0" y2="8" class="hatch-light" />
      </pattern>
      <pattern id={`${prefix}-p1`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" class="fill-neg" />
        <line x1="0" y1="0" x2="0" y2="8" class="hatch-dark" />
      </pattern>
      <pattern id={`${prefix}-p2`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-neutral" />
        <circle cx="3" cy="3" r="1.1" class="dot-dark" />
      </pattern>
      <pattern id={`${prefix}-p3`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="8" height="8" class="fill-pos" />
        <line x1="0" y1="0" x2="0" y2="8" class="hatch-dark" />
      </pattern>
      <pattern id={`${prefix}-p4`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" class="fill-strong-pos" />
      </pattern>
    </defs>
  );
}

/** Which pattern each point of a scale uses: five points map straight; three and two spread out. */
const patternFor = (points: number, i: number) => (points === 5 ? i : points === 3 ? [1, 2, 3][i]! : points === 2 ? [1, 3][i]! : 4);

function Swatch({ prefix, pattern }: { prefix: string; pattern: number }) {
  return (
    <svg class="swatch" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="18" height="18" fill={`url(#${prefix}-p${pattern})`} class="swatch-edge" />
    </svg>
  );
}

/** Each point's words, count and share: the legend, and the numbers for anyone who cannot see the bar. */
function Legend({ result, prefix }: { result: Shown; prefix: string }) {
  return (
    <ul class="chart-legend">
      {result.labels.map((label, i) => (
        <li key={label}>
          <Swatch prefix={prefix} pattern={patternFor(result.labels.length, i)} />
          <span>
            {label}: <strong>{formatNumber(result.counts[i]!)}</strong> ({share(result.counts[i]!, result.answered)})
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Agree/disagree as a diverging bar: disagreement to the left of the middle line, agreement
 * to the right, "neither" split across it.
 */
export function DivergingBar({ result }: { result: Shown }) {
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [sd = 0, d = 0, n = 0, a = 0, sa = 0] = result.counts;
  const total = result.answered || 1;
  const half = 300;
  const scale = (count: number) => (count / total) * half;
  const left = [
    { i: 0, w: scale(sd) },
    { i: 1, w: scale(d) },
    { i: 2, w: scale(n) / 2 },
  ];
  const right = [
    { i: 2, w: scale(n) / 2 },
    { i: 3, w: scale(a) },
    { i: 4, w: scale(sa) },
  ];
  const segments: { i: number; x: number; w: number }[] = [];
  let x = half;
  for (const s of [...left].reverse()) {
    x -= s.w;
    segments.push({ ...s, x });
  }
  x = half;
  for (const s of right) {
    segments.push({ ...s, x });
    x += s.w;
  }
  const disagree = share(sd + d, total);
  const agree = share(a + sa, total);
  const neither = share(n, total);
  const { answered } = result;
  const summary = plural(answered, {
    one: `${agree} agree, ${disagree} disagree, ${neither} neither, of # person.`,
    other: `${agree} agree, ${disagree} disagree, ${neither} neither, of # people.`,
  });
  return (
    <figure class="chart">
      <svg class="chart-bar" viewBox="0 0 600 64" role="img" aria-label={summary} preserveAspectRatio="none">
        <Patterns prefix={prefix} />
        {segments
          .filter((s) => s.w > 0)
          .map((s) => (
            <rect key={`${s.i}-${s.x}`} x={s.x} y="8" width={s.w} height="40" fill={`url(#${prefix}-p${s.i})`} class="segment" />
          ))}
        <line x1={half} y1="0" x2={half} y2="64" class="midline" />
      </svg>
      <div class="chart-ends" aria-hidden="true">
        <span>{t`◀ Disagree ${disagree}`}</span>
        <span>{t`Agree ${agree} ▶`}</span>
      </div>
      <figcaption class="visually-hidden">{summary}</figcaption>
      <Legend result={result} prefix={prefix} />
    </figure>
  );
}

/** One bar per answer (faces, yes/no, options), each with its words, count and share. */
export function CountBars({ result }: { result: Shown }) {
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const max = Math.max(1, ...result.counts);
  const rowHeight = 44;
  return (
    <figure class="chart">
      <ul class="count-bars">
        {result.labels.map((label, i) => {
          const count = result.counts[i] ?? 0;
          return (
            <li key={label} class="count-row">
              {result.kind === 'faces3' && <Face point={i} size={40} />}
              <span class="count-label">{label}</span>
              <svg class="count-bar" viewBox={`0 0 300 ${rowHeight}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <Patterns prefix={`${prefix}-${i}`} />
                <rect
                  x="0"
                  y="8"
                  width={(count / max) * 300}
                  height={rowHeight - 16}
                  fill={`url(#${prefix}-${i}-p${patternFor(result.labels.length, i)})`}
                  class="segment"
                />
              </svg>
              <span class="count-number">
                <strong>{formatNumber(count)}</strong> ({share(count, result.answered)})
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

/** The same numbers as a table, for screen readers, printing and anyone who prefers it. */
export function ResultTable({ result, caption }: { result: Shown; caption: string }) {
  return (
    <table class="result-table">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t({ message: 'Answer', comment: 'Table heading: each answer people could give' })}</th>
          <th scope="col">{t({ message: 'People', comment: 'Table heading: how many people gave an answer' })}</th>
          <th scope="col">{t({ message: 'Share', context: 'percentage', comment: 'Table heading: the percentage of people who gave an answer' })}</th>
        </tr>
      </thead>
      <tbody>
        {result.labels.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{formatNumber(result.counts[i]!)}</td>
            <td>{share(result.counts[i]!, result.answered)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t({ message: 'Answered', comment: 'Table row: how many people answered the question in all' })}</th>
          <td>{formatNumber(result.answered)}</td>
          <td>{formatShare(1)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
