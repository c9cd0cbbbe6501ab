import type * as Y from 'yjs';
import { todayIso } from '../../core/ids';
import { makePack, type PackProgress } from '../../core/pack/build';
import { packContextFromDoc } from '../../core/pack/from-doc';
import type { PackOptions } from '../../core/pack/options';
import { reportBodyHtml } from '../../core/pack/report-html';
import { yieldToUi } from '../../core/pack/yield';
import { packFileName, packZip } from '../../core/pack/zip';
import { fail, ok, type Result } from '../../core/result';

const UNREADABLE = 'This project’s details could not be read, so no pack was made.';

export interface MadeZip {
  bytes: Uint8Array;
  fileName: string;
  /** The files inside, in the order README.txt lists them. */
  files: string[];
}

/** Makes the whole pack as one .zip, telling the screen how far it has got. */
export async function makePackZip(doc: Y.Doc, options: PackOptions, onProgress: (p: PackProgress) => void): Promise<Result<MadeZip>> {
  const ctx = packContextFromDoc(doc, options, todayIso());
  if (!ctx) return fail(UNREADABLE);
  const made = await makePack(ctx, { withFiles: true, onProgress });
  onProgress({ done: 1, total: 1, label: 'Putting everything in one .zip file' });
  await yieldToUi();
  const bytes = packZip(made, __APP_VERSION__);
  return ok({ bytes, fileName: packFileName(made), files: ['README.txt', 'report.html', ...made.files.map((f) => f.name)] });
}

/** Makes the report alone, as HTML for the report page. */
export async function makeReportHtml(doc: Y.Doc, options: PackOptions, onProgress: (p: PackProgress) => void): Promise<Result<{ html: string; projectName: string }>> {
  const ctx = packContextFromDoc(doc, options, todayIso());
  if (!ctx) return fail(UNREADABLE);
  const made = await makePack(ctx, { withFiles: false, onProgress });
  return ok({ html: reportBodyHtml(made.report), projectName: made.report.projectName });
}
