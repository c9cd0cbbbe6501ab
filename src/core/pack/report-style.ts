// The project pack report's styles: the same on screen (adopted as a stylesheet, which the
// app's strict content policy allows), in print (A4) and inside report.html.
export const REPORT_CSS = `
.pack-report {
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif;
  color: #1c2421;
  background: #fff;
  line-height: 1.45;
  max-width: 210mm;
  margin: 0 auto;
  padding: 24px 28px 48px;
  overflow-wrap: anywhere;
}
.pack-report h1 { font-size: 2rem; margin: 0 0 0.4em; line-height: 1.2; }
.pack-report h2 { font-size: 1.45rem; margin: 1.6em 0 0.5em; padding-bottom: 4px; border-bottom: 3px solid #1f5f5b; break-after: avoid; }
.pack-report h3 { font-size: 1.15rem; margin: 1.2em 0 0.4em; break-after: avoid; }
.pack-report h2, .pack-report h3, .pack-report h4, .pack-report caption { break-inside: avoid; page-break-after: avoid; }
.pack-report p, .pack-report li { orphans: 2; widows: 2; }
.pack-report p { margin: 0 0 0.8em; }
.pack-report .pack-lead { font-size: 1.2rem; color: #45524d; }
.pack-report .pack-note { background: #fff4d6; border-left: 5px solid #f2c14e; padding: 8px 12px; border-radius: 4px; break-inside: avoid; }

.pack-cover { padding: 12mm 0 8mm; border-bottom: 6px solid #1f5f5b; margin-bottom: 8mm; }
.pack-cover .pack-kicker { text-transform: uppercase; letter-spacing: 0.08em; font-weight: 700; color: #1f5f5b; margin: 0 0 8px; }
.pack-contents ol { padding-left: 2.6em; }
.pack-inventory { background: #f3f6f4; border-left: 5px solid #1f5f5b; padding: 4px 14px 8px; border-radius: 4px; margin-top: 1em; }
.pack-inventory h2 { font-size: 1.15rem; border-bottom: none; margin: 0.8em 0 0.3em; padding: 0; }
.pack-inventory ul { margin: 0 0 0.4em; }
.pack-contents a { color: inherit; }

.pack-facts { display: grid; grid-template-columns: minmax(12rem, max-content) 1fr; gap: 4px 16px; margin: 0 0 1em; }
.pack-facts dt { font-weight: 600; }
.pack-facts dd { margin: 0; font-variant-numeric: tabular-nums; }
.pack-facts dt, .pack-facts dd { break-inside: avoid; }

.pack-report table { width: 100%; border-collapse: collapse; margin: 0 0 1.2em; font-size: 0.95em; }
.pack-report caption { caption-side: top; text-align: left; font-weight: 700; padding: 4px 0; }
.pack-report thead { display: table-header-group; }
.pack-report tr { break-inside: avoid; page-break-inside: avoid; }
.pack-report th, .pack-report td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #c9cfc8; }
.pack-report th { background: #e3efed; }
.pack-report .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.pack-report .short { white-space: nowrap; overflow-wrap: normal; }

.pack-report .chart { margin: 0 0 1.2em; break-inside: avoid; page-break-inside: avoid; }
.pack-report .chart svg { display: block; width: 100%; max-width: 170mm; height: auto; }
.pack-report .chart figcaption { font-size: 0.9em; color: #45524d; }

.pack-report .pack-words { break-inside: avoid; margin: 0 0 1em; }
.pack-report .pack-words h4 { margin: 0 0 0.2em; font-size: 1rem; }
.pack-report blockquote { margin: 0 0 0.6em; padding: 4px 12px; border-left: 4px solid #c9cfc8; break-inside: avoid; }
.pack-report ul { padding-left: 1.3em; }
.pack-report li { break-inside: avoid; }
.pack-report .pack-columns { columns: 3 11rem; column-gap: 2rem; }
.pack-report .pack-credit { font-size: 0.9em; color: #45524d; font-style: italic; }

@page {
  size: A4;
  margin: 16mm 15mm 18mm;
  @bottom-center { content: counter(page) ' of ' counter(pages); font-size: 9pt; color: #45524d; }
}

@media print {
  .pack-report { max-width: none; padding: 0; font-size: 10.5pt; }
  .pack-cover { min-height: 240mm; break-after: page; border-bottom: none; }
  .pack-report a { text-decoration: none; }
}
`;
