import { strToU8, zipSync, type Zippable } from 'fflate';
import type { MadePack } from './build';
import { slug } from './format';
import { AUDIENCE_LABELS } from './options';
import { longDate, reportDocumentHtml } from './report-html';

/** "park-road-carers-pack-for-partners-2026-03-14.zip". */
export function packFileName(pack: MadePack): string {
  const who = pack.report.audience === 'partners' ? 'for-partners' : 'for-the-group';
  return `${slug(pack.report.projectName)}-pack-${who}-${pack.report.madeOn}.zip`;
}

/** The whole pack as one .zip: README.txt, report.html and the data files. */
export function packZip(pack: MadePack, appVersion: string): Uint8Array {
  const mtime = new Date(pack.report.madeOn + 'T12:00:00Z');
  const entries: Zippable = {
    'README.txt': [strToU8(readmeText(pack, appVersion)), { mtime }],
    'report.html': [strToU8(reportDocumentHtml(pack.report)), { mtime }],
  };
  for (const file of pack.files) entries[file.name] = [typeof file.data === 'string' ? strToU8(file.data) : file.data, { mtime }];
  return zipSync(entries, { level: 6 });
}

/**
 * Plain words on what the pack holds, what it leaves out and how to open the files: the same
 * two lists as the report's cover (CRLF, so Windows Notepad shows it properly).
 */
export function readmeText(pack: MadePack, appVersion: string): string {
  const { report } = pack;
  const item = (line: string) => wrap(line, 88).map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`));
  const lines = [
    `${report.projectName} – project pack`,
    `${AUDIENCE_LABELS[report.audience]}. Made on ${longDate(report.madeOn)} with Common Ground ${appVersion}.`,
    '',
    'IN THIS PACK',
    '',
    ...report.contents.included.flatMap(item),
    '',
    'LEFT OUT OF THIS PACK',
    '',
    ...report.contents.leftOut.flatMap(item),
    '',
    'OPENING THE FILES',
    '',
    'report.html opens in any web browser, with no internet needed. To make a PDF or print it,',
    'use the browser’s Print command; it is laid out for A4 paper.',
  ];
  if (pack.files.some((f) => f.name.endsWith('.csv'))) {
    lines.push(
      '',
      'The .csv files open in Excel, LibreOffice Calc, Numbers and Google Sheets. They are UTF-8',
      'text with commas between columns. Any cell that begins with = + - or @ starts with an',
      'apostrophe (’) so that a spreadsheet never treats text from the project as a formula.',
    );
  }
  lines.push('');
  return lines.join('\r\n');
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}
