import type * as Y from 'yjs';

/** An outcome the group set in its plan, with the measures that show progress towards it. */
export interface OutcomeRef {
  id: string;
  title: string;
  measures: MeasureRef[];
}

export interface MeasureRef {
  id: string;
  title: string;
}

/**
 * Reads each source of outcomes in the project (the plan's aims, outcomes and measures).
 * Add a reader here when a part of the app starts keeping outcomes; until then a project
 * has none, and the evidence screen and the pack's outcome part stay hidden.
 */
export const outcomeReaders: ((doc: Y.Doc) => OutcomeRef[])[] = [];

export function readOutcomes(doc: Y.Doc): OutcomeRef[] {
  return outcomeReaders.flatMap((read) => read(doc));
}
