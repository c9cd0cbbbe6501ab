import type * as Y from 'yjs';
import { writeResponseBatch, type ResponseInput } from '../commands/feedback-responses';
import type { CommonGroundDb, KioskQueueRow } from '../db/database';
import type { Answer, ResponseSource } from '../domain/response';
import { newId } from '../ids';
import { ok, type Result } from '../result';
import { cryptoShuffle } from './shuffle';

/**
 * A response waiting on this device. The Dexie table only promises the fields of
 * KioskQueueRow; we also keep the response's future id (so a write interrupted half-way
 * is never doubled) and where it came from.
 */
export interface QueuedResponse extends KioskQueueRow {
  responseId: string;
  source: ResponseSource;
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
  for (const row of rows) {
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
