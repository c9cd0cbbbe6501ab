import type * as Y from 'yjs';
import type { Role } from '../domain/person';
import { barrierType, type Barrier, type BarrierReason } from '../domain/team/barrier';
import { todayIso } from '../ids';
import { type Result } from '../result';
import { archiveRecord, insertRecord, updateRecord } from './records';

export interface NewBarrier {
  reasons: BarrierReason[];
  date?: string;
  role?: Role;
  detailsAgreed?: boolean;
  name?: string;
  contact?: string;
  details?: string;
}

/**
 * Counts someone who was interested but could not take part, with the reasons. Their name
 * and details are kept only when they agreed; otherwise there must be none.
 */
export function recordBarrier(doc: Y.Doc, input: NewBarrier): Result<Barrier> {
  const record: Record<string, unknown> = { date: input.date || todayIso(), reasons: [...new Set(input.reasons)] };
  if (input.role) record.role = input.role;
  if (input.detailsAgreed) record.detailsAgreed = true;
  for (const key of ['name', 'contact', 'details'] as const) if (input[key]?.trim()) record[key] = input[key];
  return insertRecord(doc, barrierType, record as Parameters<typeof insertRecord<typeof barrierType>>[2]);
}

/** The person asked us to forget them: only the reasons stay, to be counted. */
export function forgetBarrierDetails(doc: Y.Doc, id: string): Result<Barrier> {
  return updateRecord(doc, barrierType, id, { detailsAgreed: undefined, name: undefined, contact: undefined, details: undefined });
}

export function removeBarrier(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, barrierType, id, true);
}
