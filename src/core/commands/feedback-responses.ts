import type * as Y from 'yjs';
import { explain } from '../domain/fields';
import { dayStart, responseSchema, responseType, type Answer, type FeedbackResponse, type ResponseSource } from '../domain/response';
import { cryptoShuffle } from '../feedback/shuffle';
import { newId } from '../ids';
import { ok, type Result } from '../result';
import { insertRecord, transact } from './records';

/** One person's answers on their way into the project. It names nobody and keeps only the day. */
export interface ResponseInput {
  /** Chosen when the answers were first kept on the device, so writing twice adds nothing. */
  id?: string;
  questionnaireId: string;
  day: string;
  meetingId?: string;
  source: ResponseSource;
  answers: Record<string, Answer>;
}

export interface BatchOutcome {
  written: number;
  /** Already in the project (an earlier write finished but the device stopped before tidying up). */
  alreadyThere: number;
  /** Not valid, so left out; each with the reason. */
  dropped: string[];
}

/**
 * Writes several people's answers into the project in ONE transaction, in a shuffled order.
 * A Y.Doc records the order items were added; shuffling first means that order says nothing
 * about who answered when.
 */
export function writeResponseBatch(doc: Y.Doc, batch: readonly ResponseInput[], shuffle: <T>(items: T[]) => T[] = cryptoShuffle): Result<BatchOutcome> {
  const valid: FeedbackResponse[] = [];
  const dropped: string[] = [];
  for (const input of batch) {
    const parsed = responseSchema.safeParse({
      id: input.id ?? newId('r-'),
      v: responseType.version,
      createdAt: dayStart(input.day),
      questionnaireId: input.questionnaireId,
      day: input.day,
      ...(input.meetingId ? { meetingId: input.meetingId } : {}),
      source: input.source,
      answers: input.answers,
    });
    if (parsed.success) valid.push(parsed.data);
    else dropped.push(explain(parsed.error));
  }
  const outcome: BatchOutcome = { written: 0, alreadyThere: 0, dropped };
  if (valid.length === 0) return ok(outcome);
  shuffle(valid);
  transact(doc, () => {
    for (const response of valid) {
      const { v: _v, ...input } = response;
      const result = insertRecord(doc, responseType, input);
      if (result.ok) outcome.written++;
      else outcome.alreadyThere++;
    }
  });
  return ok(outcome);
}
