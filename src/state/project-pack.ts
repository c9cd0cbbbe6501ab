import { msg } from '@lingui/core/macro';
import type * as Y from 'yjs';
import { today } from '../core/format/calendar';
import { makePack, type PackProgress } from '../core/pack/build';
import { packContextFromDoc } from '../core/pack/from-doc';
import type { PackOptions } from '../core/pack/options';
import { appLanguage, type PackLanguage } from '../core/pack/part';
import { reportBodyHtml, reportTitle } from '../core/pack/report-html';
import { yieldToUi } from '../core/pack/yield';
import { packFileName, packZip } from '../core/pack/zip';
import { fail, ok, type Result } from '../core/result';

/*
 * The project pack, made on this device from the open project. Loaded only when a pack or
 * its report is made. It is written in the app's language unless another is given.
 */

const unreadable = (language: PackLanguage) => language.i18n._(msg`This project’s details could not be read, so no pack was made.`);

export interface MadeZip {
  bytes: Uint8Array;
  fileName: string;
  /** The files inside, in the order README.txt lists them. */
  files: string[];
}

/** Makes the whole pack as one .zip, telling the screen how far it has got. */
export async function makePackZip(doc: Y.Doc, options: PackOptions, onProgress: (p: PackProgress) => void, language = appLanguage()): Promise<Result<MadeZip>> {
  const ctx = packContextFromDoc(doc, options, today(), language);
  if (!ctx) return fail(unreadable(language));
  const made = await makePack(ctx, { withFiles: true, onProgress });
  onProgress({ done: 1, total: 1, label: language.i18n._(msg`Putting everything in one .zip file`) });
  await yieldToUi();
  const bytes = packZip(made, __APP_VERSION__);
  return ok({ bytes, fileName: packFileName(made), files: ['README.txt', 'report.html', ...made.files.map((f) => f.name)] });
}

/** Makes the report alone, as HTML for the report page, with its title. */
export async function makeReportHtml(
  doc: Y.Doc,
  options: PackOptions,
  onProgress: (p: PackProgress) => void,
  language = appLanguage(),
): Promise<Result<{ html: string; title: string }>> {
  const ctx = packContextFromDoc(doc, options, today(), language);
  if (!ctx) return fail(unreadable(language));
  const made = await makePack(ctx, { withFiles: false, onProgress });
  return ok({ html: reportBodyHtml(made.report), title: reportTitle(made.report) });
}
