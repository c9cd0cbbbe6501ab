import type { ReferenceContext } from '../context';

/** Reference records for the team part of the app. */
export function addTeamRecords(ctx: ReferenceContext): void {
  void ctx;
}
