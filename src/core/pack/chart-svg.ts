import { escapeHtml } from './html';
import type { BarChart } from './report';

const BAR = '#1f5f5b';
const INK = '#1c2421';
const GRID = '#c9cfc8';
const WIDTH = 640;

/** Draws a bar chart as accessible SVG: a title, a description listing every value, and the values written on the bars. */
export function chartSvg(chart: BarChart, id: string): string {
  const description = chart.labels.map((label, i) => `${label}: ${chart.values[i] ?? 0}`).join('; ');
  const body = chart.direction === 'across' ? barsAcross(chart) : barsUp(chart);
  return (
    `<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${body.height}" width="100%" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">${escapeHtml(chart.title)}</title><desc id="${id}-d">${escapeHtml(`${description} (${chart.unit})`)}</desc>` +
    body.svg +
    `</svg><figcaption>${escapeHtml(chart.title)}</figcaption></figure>`
  );
}

function barsAcross(chart: BarChart) {
  const row = 30;
  const labelWidth = 230;
  const max = Math.max(1, ...chart.values);
  const room = WIDTH - labelWidth - 60;
  let svg = '';
  chart.labels.forEach((label, i) => {
    const value = chart.values[i] ?? 0;
    const y = i * row;
    const w = Math.max(value > 0 ? 2 : 0, (value / max) * room);
    svg +=
      `<text x="${labelWidth - 8}" y="${y + 20}" text-anchor="end" font-size="14" fill="${INK}">${escapeHtml(shorten(label, 30))}</text>` +
      `<rect x="${labelWidth}" y="${y + 5}" width="${w.toFixed(1)}" height="${row - 10}" fill="${BAR}" rx="3"></rect>` +
      `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 20}" font-size="14" fill="${INK}">${value}</text>`;
  });
  return { svg, height: Math.max(row, chart.labels.length * row) };
}

function barsUp(chart: BarChart) {
  const height = 220;
  const base = height - 40;
  const left = 36;
  const max = Math.max(1, ...chart.values);
  const n = Math.max(1, chart.labels.length);
  const slot = (WIDTH - left) / n;
  const labelEvery = Math.ceil(n / 12);
  let svg = `<line x1="${left}" y1="${base}" x2="${WIDTH}" y2="${base}" stroke="${GRID}"></line>`;
  svg += `<text x="${left - 6}" y="${20}" text-anchor="end" font-size="12" fill="${INK}">${formatMax(max)}</text>`;
  svg += `<line x1="${left}" y1="${16}" x2="${WIDTH}" y2="${16}" stroke="${GRID}" stroke-dasharray="4 4"></line>`;
  chart.labels.forEach((label, i) => {
    const value = chart.values[i] ?? 0;
    const h = (value / max) * (base - 16);
    const x = left + i * slot + slot * 0.15;
    svg += `<rect x="${x.toFixed(1)}" y="${(base - h).toFixed(1)}" width="${(slot * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="${BAR}"></rect>`;
    if (i % labelEvery === 0) {
      svg += `<text x="${(x + slot * 0.35).toFixed(1)}" y="${base + 18}" text-anchor="middle" font-size="12" fill="${INK}">${escapeHtml(shorten(label, 10))}</text>`;
    }
  });
  return { svg, height };
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

function formatMax(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
