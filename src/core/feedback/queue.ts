import type * as Y from 'yjs';
import { writeResponseBatch, type ResponseInput } from '../commands/feedback-responses';
import type { CommonGroundDb, KioskQueueRow } from '../db/database';
import type { Answer, ResponseSource } from '../domain/response';
import { newId } from '../ids';
import { fail, ok, type Result } from '../result';
import { cryptoShuffle } from './shuffle';

/**
 * A response waiting on this device. The Dexie table only promises the fields of
 * KioskQueueRow; we also keep the response's future id (so a write interrupted half-way
 * is never doubled), where it came from, and whether its person is still answering.
 */
export interface QueuedResponse extends KioskQueueRow {
  responseId: string;
  source: ResponseSource;
  /** Set while the person at the kiosk is still answering; such a row is never written. */
  open?: true;
}

export interface QueueInput {
  projectId: string;
  questionnaireId: string;
  day: string;
  meetingId?: string;
  source: ResponseSource;
  answers: Record<string, Answer>;
}

/** Keeps one person's answers on this device until they can join a shuffled batch. */
export async function queueResponse(db: CommonGroundDb, input: QueueInput): Promise<void> {
  const row: QueuedResponse = {
    projectId: input.projectId,
    questionnaireId: input.questionnaireId,
    day: input.day,
    ...(input.meetingId ? { meetingId: input.meetingId } : {}),
    answers: input.answers,
    responseId: newId('r-'),
    source: input.source,
  };
  await db.kioskQueue.add(row);
}

/**
 * One person's turn at the kiosk, kept on the device answer by answer, so a reload or a flat
 * battery part way loses nothing. The row is one response: each answer updates it, and it
 * joins a batch only once the turn is closed. Writes run one after another, in order.
 */
export interface TurnAnswers {
  /** Keeps the answers given so far (all of them, replacing what was kept). */
  keep(answers: Record<string, Answer>): Promise<Result<void>>;
  /** The person has finished or walked away: their answers can join a batch. */
  close(): Promise<void>;
  /** The person started again: what they had given is taken back. */
  discard(): Promise<void>;
}

export function keepTurnAnswers(db: CommonGroundDb, input: Omit<QueueInput, 'answers' | 'source'>): TurnAnswers {
  let rowId: number | undefined;
  let done = false;
  let queue: Promise<unknown> = Promise.resolve();
  const next = <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.catch(() => undefined).then(step);
    queue = run;
    return run;
  };
  return {
    keep: (answers) =>
      next(async (): Promise<Result<void>> => {
        if (done) return fail('This person’s turn is over.');
        return db.transaction('rw', db.kioskQueue, async () => {
          if (rowId === undefined) {
            const row: QueuedResponse = {
              projectId: input.projectId,
              questionnaireId: input.questionnaireId,
              day: input.day,
              ...(input.meetingId ? { meetingId: input.meetingId } : {}),
              answers,
              responseId: newId('r-'),
              source: 'kiosk',
              open: true,
            };
            rowId = await db.kioskQueue.add(row);
            return ok(undefined);
          }
          // Only while the row is still open: once closed it may already be in the project.
          const row = (await db.kioskQueue.get(rowId)) as QueuedResponse | undefined;
          if (row?.open !== true) return fail('This person’s turn was closed.');
          await db.kioskQueue.update(rowId, { answers });
          return ok(undefined);
        });
      }),
    close: () =>
      next(async () => {
        done = true;
        if (rowId !== undefined) await db.kioskQueue.update(rowId, { open: undefined } as Partial<QueuedResponse>);
      }),
    discard: () =>
      next(async () => {
        done = true;
        if (rowId === undefined) return;
        await db.transaction('rw', db.kioskQueue, async () => {
          const row = (await db.kioskQueue.get(rowId!)) as QueuedResponse | undefined;
          if (row?.open === true) await db.kioskQueue.delete(rowId!);
        });
      }),
  };
}

/**
 * Closes every turn left open on this device: the kiosk that kept them was reloaded, closed or
 * killed part way. Only the kiosk that has just taken the device's one kiosk place calls this.
 */
export async function closeOpenTurns(db: CommonGroundDb): Promise<number> {
  return db.kioskQueue.filter((row) => (row as QueuedResponse).open === true).modify((row) => void delete (row as QueuedResponse).open);
}

/** How many responses are waiting on this device (for one questionnaire, or the whole project). */
export function waitingCount(db: CommonGroundDb, projectId: string, questionnaireId?: string): Promise<number> {
  return questionnaireId
    ? db.kioskQueue.where('[projectId+questionnaireId]').equals([projectId, questionnaireId]).count()
    : db.kioskQueue.where('projectId').equals(projectId).count();
}

export interface FlushOptions {
  /** A questionnaire's waiting responses are written once at least this many wait. */
  threshold: number;
  /** Write whatever is waiting, however few (the kiosk or paper entry is closing). */
  force?: boolean;
  /** Only this questionnaire; otherwise every questionnaire in the project. */
  questionnaireId?: string;
  /** Also write anything waiting from a day before this one: that session is over. */
  before?: string;
  /** Resolves once the doc change is stored; only then are the waiting rows removed. */
  whenSaved?: () => Promise<void>;
  shuffle?: <T>(items: T[]) => T[];
}

export interface FlushOutcome {
  written: number;
  /** Still waiting on this device after the flush. */
  waiting: number;
  /** Reasons for any waiting response that was not valid and was let go. */
  dropped: string[];
}

const running = new WeakMap<CommonGroundDb, Promise<unknown>>();

/**
 * Moves waiting responses into the project doc in one shuffled transaction, then removes them
 * from the device. If the device stops between the two steps, the rows are written again next
 * time and skipped, because each keeps the id it will have in the doc.
 */
export function flushQueue(db: CommonGroundDb, doc: Y.Doc, options: FlushOptions): Promise<Result<FlushOutcome>> {
  // One flush at a time per device, so the kiosk's "enough now" and "closing" never race.
  const previous = running.get(db) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => flushNow(db, doc, options));
  running.set(db, next);
  return next;
}

async function flushNow(db: CommonGroundDb, doc: Y.Doc, options: FlushOptions): Promise<Result<FlushOutcome>> {
  const projectId = doc.guid;
  const rows = (options.questionnaireId
    ? await db.kioskQueue.where('[projectId+questionnaireId]').equals([projectId, options.questionnaireId]).toArray()
    : await db.kioskQueue.where('projectId').equals(projectId).toArray()) as QueuedResponse[];
  const groups = new Map<string, QueuedResponse[]>();
  // A person still answering is never written; an open turn from an earlier day is long over.
  const ready = rows.filter((row) => row.open !== true || (options.before !== undefined && row.day < options.before));
  for (const row of ready) {
    const group = groups.get(row.questionnaireId);
    if (group) group.push(row);
    else groups.set(row.questionnaireId, [row]);
  }
  const leaving: QueuedResponse[] = [];
  for (const group of groups.values()) {
    const stale = options.before !== undefined && group.some((r) => r.day < options.before!);
    if (options.force || stale || group.length >= options.threshold) leaving.push(...group);
  }
  if (leaving.length === 0) return ok({ written: 0, waiting: rows.length, dropped: [] });

  const batch: ResponseInput[] = leaving.map((row) => ({
    id: row.responseId ?? newId('r-'),
    questionnaireId: row.questionnaireId,
    day: row.day,
    ...(row.meetingId ? { meetingId: row.meetingId } : {}),
    source: row.source ?? 'kiosk',
    answers: row.answers as Record<string, Answer>,
  }));
  const written = writeResponseBatch(doc, batch, options.shuffle ?? cryptoShuffle);
  if (!written.ok) return written;
  await options.whenSaved?.();
  await db.kioskQueue.bulkDelete(leaving.map((r) => r.id!));
  return ok({ written: written.value.written, waiting: rows.length - leaving.length, dropped: written.value.dropped });
}
