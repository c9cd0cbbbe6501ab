import type * as Y from 'yjs';
import { readAnonymityThreshold } from '../read/feedback';
import { readOutcomes } from '../review/outcomes';
import type { PackOptions } from './options';
import { packContext, type PackContext, type PackLanguage } from './part';
import { sourceFromDoc } from './source';

/**
 * Everything a pack needs from one project doc: its records, the plan's outcomes, and the
 * group's own anonymity threshold. Null when the project's details cannot be read. The pack
 * is written in the app's language unless another is given.
 */
export function packContextFromDoc(doc: Y.Doc, options: PackOptions, asOf: string, language?: PackLanguage): PackContext | null {
  const source = sourceFromDoc(doc);
  if (!source) return null;
  return packContext(source, options, { asOf, threshold: readAnonymityThreshold(doc), outcomes: readOutcomes(doc), ...(language ? { language } : {}) });
}
