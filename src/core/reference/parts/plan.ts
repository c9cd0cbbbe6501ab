import type { ReferenceContext } from '../context';

/** Reference records for the plan part of the app. */
export function addPlanRecords(ctx: ReferenceContext): void {
  void ctx;
}
