import { msg } from '@lingui/core/macro';
import { formatDay } from '../format/dates';
import { inFormatLocale } from '../format/intl';
import { REPORT_CSS } from './report-style';
import { chartSvg } from './chart-svg';
import { escapeHtml, paragraphsHtml } from './html';
import { AUDIENCE_ON_COVER } from './options';
import { appLanguage, type PackLanguage } from './part';
import type { Report, ReportBlock, ReportSection } from './report';

/** The report as an HTML fragment (one <article>), used on screen, in print and in report.html. */
export function reportBodyHtml(report: Report): string {
  return inFormatLocale(languageOf(report).locale, () => bodyHtml(report));
}

function bodyHtml(report: Report): string {
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
  const section = (s: ReportSection) =>
    `<section class="pack-section" id="part-${escapeHtml(s.id)}" aria-labelledby="part-${escapeHtml(s.id)}-h"><h2 id="part-${escapeHtml(s.id)}-h">${escapeHtml(s.title)}</h2>${s.blocks.map(block).join('')}</section>`;
  return `<article class="pack-report" lang="${escapeHtml(languageOf(report).locale)}">${coverHtml(report)}${report.sections.map(section).join('')}</article>`;
}

function coverHtml(report: Report): string {
  const { i18n } = languageOf(report);
  const say = (text: string) => escapeHtml(text);
  const contents = report.sections.map((s) => `<li><a href="#part-${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`).join('');
  const audience = i18n._(AUDIENCE_ON_COVER[report.audience]);
  const day = longDate(report.madeOn);
  const contentsWord = i18n._(msg({ message: 'Contents', comment: 'Heading of the list of parts of a report' }));
  return (
    `<header class="pack-cover">` +
    `<p class="pack-kicker">${say(i18n._(msg`Project pack · ${audience}`))}</p>` +
    `<h1>${escapeHtml(report.projectName)}</h1>` +
    (report.purpose ? `<p class="pack-lead">${escapeHtml(report.purpose)}</p>` : '') +
    `<p>${say(i18n._(msg`Made on ${day} with Common Ground.`))}</p>` +
    (contents ? `<nav class="pack-contents" aria-label="${say(contentsWord)}"><h2>${say(contentsWord)}</h2><ol>${contents}</ol></nav>` : '') +
    `<div class="pack-inventory"><h2>${say(i18n._(msg`In this pack`))}</h2>${listHtml('pack-in', report.contents.included)}` +
    `<h2>${say(i18n._(msg`Left out of this pack`))}</h2>${listHtml('pack-out', report.contents.leftOut)}</div>` +
    `</header>`
  );
}

function listHtml(cls: string, lines: readonly string[]): string {
  return `<ul class="${cls}">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
}

/** A whole HTML page for report.html in the pack: opens offline in any browser and prints to A4. */
export function reportDocumentHtml(report: Report): string {
  return (
    `<!doctype html><html lang="${escapeHtml(languageOf(report).locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(reportTitle(report))}</title><style>${REPORT_CSS}</style></head><body>${reportBodyHtml(report)}</body></html>`
  );
}

/** "Park Road Carers – project pack": the title of report.html, and of the report's page in the app. */
export function reportTitle(report: Report): string {
  const name = report.projectName;
  return languageOf(report).i18n._(msg`${name} – project pack`);
}

/** "14 March 2026". */
export function longDate(iso: string): string {
  return formatDay(iso, 'date-long');
}

/** The language the report was written in. */
export function languageOf(report: Report): PackLanguage {
  return report.language ?? appLanguage();
}
