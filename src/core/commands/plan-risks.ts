import type * as Y from 'yjs';
import { riskType, type Level, type Risk } from '../domain/plan/risk';
import { STARTER_RISKS } from '../plan/starter-risks';
import { fail, ok, type Result } from '../result';
import { archiveRecord, insertRecord, transact, updateRecord } from './records';
import { readAll } from '../read/records';

export interface RiskInput {
  what: string;
  likelihood: Level;
  impact: Level;
  response?: string;
  warningSign?: string;
}

const RISK_LIMIT = 200;

function liveRisks(doc: Y.Doc): Risk[] {
  return readAll(doc, riskType).filter((r) => !r.archived);
}

export function addRisk(doc: Y.Doc, input: RiskInput): Result<Risk> {
  if (liveRisks(doc).length >= RISK_LIMIT) return fail(`The register can hold up to ${RISK_LIMIT} risks.`);
  return insertRecord(doc, riskType, input);
}

/** Adds starter risks with their warning signs, skipping any already in the register. */
export function addStarterRisks(doc: Y.Doc, keys: readonly string[]): Result<Risk[]> {
  const present = new Set(liveRisks(doc).map((r) => r.starter));
  const chosen = STARTER_RISKS.filter((s) => keys.includes(s.key) && !present.has(s.key));
  if (!chosen.length) return fail('Those starter risks are already in your register.');
  return transact(doc, () => {
    const added: Risk[] = [];
    for (const starter of chosen) {
      const { key, ...fields } = starter;
      const result = insertRecord(doc, riskType, { ...fields, starter: key });
      if (result.ok) added.push(result.value);
    }
    return ok(added);
  });
}

export function updateRisk(doc: Y.Doc, id: string, input: Partial<RiskInput>): Result<Risk> {
  return updateRecord(doc, riskType, id, input);
}

export function removeRisk(doc: Y.Doc, id: string): Result<void> {
  return archiveRecord(doc, riskType, id);
}
