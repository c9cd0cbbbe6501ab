import { REPORT_CSS } from './report-style';
import { chartSvg } from './chart-svg';
import { escapeHtml, paragraphsHtml } from './html';
import { AUDIENCE_LABELS } from './options';
import type { Report, ReportBlock, ReportSection } from './report';
import { formatDateWith } from '../format/intl';

/** The report as an HTML fragment (one <article>), used on screen, in print and in report.html. */
export function reportBodyHtml(report: Report): string {
  let charts = 0;
  const block = (b: ReportBlock): string => {
    switch (b.kind) {
      case 'heading':
        return `<h3>${escapeHtml(b.text)}</h3>`;
      case 'subheading':
        return `<h4>${escapeHtml(b.text)}</h4>`;
      case 'paragraph':
        return `<p>${escapeHtml(b.text)}</p>`;
      case 'note':
        return `<p class="pack-note">${escapeHtml(b.text)}</p>`;
      case 'credit':
        return `<p class="pack-credit">${escapeHtml(b.text)}</p>`;
      case 'facts':
        return `<dl class="pack-facts">${b.items.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>`;
      case 'list':
        return `<ul${b.columns ? ' class="pack-columns"' : ''}>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
      case 'quotes':
        return b.items.map((q) => `<blockquote>${escapeHtml(q)}</blockquote>`).join('');
      case 'words':
        return `<div class="pack-words"><h4>${escapeHtml(b.label)}</h4>${paragraphsHtml(b.text)}</div>`;
      case 'chart':
        return chartSvg(b.chart, `chart-${++charts}`);
      case 'table': {
        const cls = (i: number) => (b.columns[i]?.numeric ? ' class="num"' : b.columns[i]?.short ? ' class="short"' : '');
        const head = b.columns.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(c.label)}</th>`).join('');
        const rows = b.rows.map((r) => `<tr>${r.map((cell, i) => `<td${cls(i)}>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
        return `<table><caption>${escapeHtml(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
      }
    }
  };
  const section = (s: ReportSection) => `<section class="pack-section" id="part-${escapeHtml(s.id)}" aria-labelledby="part-${escapeHtml(s.id)}-h"><h2 id="part-${escapeHtml(s.id)}-h">${escapeHtml(s.title)}</h2>${s.blocks.map(block).join('')}</section>`;
  return `<article class="pack-report" lang="en-GB">${coverHtml(report)}${report.sections.map(section).join('')}</article>`;
}

function coverHtml(report: Report): string {
  const contents = report.sections.map((s) => `<li><a href="#part-${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`).join('');
  return (
    `<header class="pack-cover">` +
    `<p class="pack-kicker">Project pack · ${escapeHtml(AUDIENCE_LABELS[report.audience].replace(/^For /, 'for '))}</p>` +
    `<h1>${escapeHtml(report.projectName)}</h1>` +
    (report.purpose ? `<p class="pack-lead">${escapeHtml(report.purpose)}</p>` : '') +
    `<p>Made on ${escapeHtml(longDate(report.madeOn))} with Common Ground.</p>` +
    (contents ? `<nav class="pack-contents" aria-label="Contents"><h2>Contents</h2><ol>${contents}</ol></nav>` : '') +
    `<div class="pack-inventory"><h2>In this pack</h2>${listHtml('pack-in', report.contents.included)}` +
    `<h2>Left out of this pack</h2>${listHtml('pack-out', report.contents.leftOut)}</div>` +
    `</header>`
  );
}

function listHtml(cls: string, lines: readonly string[]): string {
  return `<ul class="${cls}">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
}

/** A whole HTML page for report.html in the pack: opens offline in any browser and prints to A4. */
export function reportDocumentHtml(report: Report): string {
  return (
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(report.projectName)} – project pack</title><style>${REPORT_CSS}</style></head><body>${reportBodyHtml(report)}</body></html>`
  );
}

/** "14 March 2026". */
export function longDate(iso: string): string {
  const date = new Date(iso + 'T12:00:00Z');
  return Number.isNaN(date.getTime()) ? iso : formatDateWith(date, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
