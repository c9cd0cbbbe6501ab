import type * as Y from 'yjs';
import { readAnonymityThreshold } from '../commands/feedback-questionnaires';
import { readOutcomes } from '../review/outcomes';
import type { PackOptions } from './options';
import { packContext, type PackContext } from './part';
import { sourceFromDoc } from './source';

/**
 * Everything a pack needs from one project doc: its records, the plan's outcomes, and the
 * group's own anonymity threshold. Null when the project's details cannot be read.
 */
export function packContextFromDoc(doc: Y.Doc, options: PackOptions, asOf: string): PackContext | null {
  const source = sourceFromDoc(doc);
  if (!source) return null;
  return packContext(source, options, { asOf, threshold: readAnonymityThreshold(doc), outcomes: readOutcomes(doc) });
}
