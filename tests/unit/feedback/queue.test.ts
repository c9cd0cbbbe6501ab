import { describe, expect, it } from 'vitest';
import { writeResponseBatch } from '../../../src/core/commands/feedback-responses';
import { readAll } from '../../../src/core/read/records';
import { openDatabase } from '../../../src/core/db/database';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { responseType } from '../../../src/core/domain/response';
import { flushQueue, queueResponse, waitingCount, type QueuedResponse } from '../../../src/core/feedback/queue';
import { newId } from '../../../src/core/ids';

const person = (projectId: string, i: number, day = '2026-03-03') => ({ projectId, questionnaireId: 'qq', day, source: 'kiosk' as const, answers: { q1: i % 5 } });

describe('the kiosk queue on the device', () => {
  it('keeps answers until enough people have answered, then writes them all at once', async () => {
    const db = openDatabase(`queue-${newId()}`);
    const doc = createProjectDoc('p-queue');
    for (let i = 0; i < 4; i++) await queueResponse(db, person(doc.guid, i));
    let flushed = await flushQueue(db, doc, { threshold: 5 });
    expect(flushed).toEqual({ ok: true, value: { written: 0, waiting: 4, dropped: [] } });
    expect(readAll(doc, responseType)).toHaveLength(0);

    await queueResponse(db, person(doc.guid, 4));
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    flushed = await flushQueue(db, doc, { threshold: 5 });
    expect(flushed).toEqual({ ok: true, value: { written: 5, waiting: 0, dropped: [] } });
    expect(transactions).toBe(1);
    expect(readAll(doc, responseType)).toHaveLength(5);
    expect(await waitingCount(db, doc.guid)).toBe(0);
  });

  it('writes whatever is waiting when the kiosk closes', async () => {
    const db = openDatabase(`queue-${newId()}`);
    const doc = createProjectDoc('p-close');
    for (let i = 0; i < 2; i++) await queueResponse(db, person(doc.guid, i));
    const flushed = await flushQueue(db, doc, { threshold: 5, force: true });
    expect(flushed.ok && flushed.value.written).toBe(2);
    expect(await waitingCount(db, doc.guid)).toBe(0);
  });

  it('keeps waiting answers when the tablet restarts', async () => {
    const name = `queue-${newId()}`;
    const first = openDatabase(name);
    for (let i = 0; i < 3; i++) await queueResponse(first, person('p-restart', i));
    first.close();

    const again = openDatabase(name);
    expect(await waitingCount(again, 'p-restart', 'qq')).toBe(3);
    const doc = createProjectDoc('p-restart');
    const flushed = await flushQueue(again, doc, { threshold: 5, force: true });
    expect(flushed.ok && flushed.value.written).toBe(3);
    expect(readAll(doc, responseType).map((r) => r.answers.q1).sort()).toEqual([0, 1, 2]);
  });

  it('adds nothing twice when the device stopped between writing and tidying up', async () => {
    const db = openDatabase(`queue-${newId()}`);
    const doc = createProjectDoc('p-twice');
    for (let i = 0; i < 5; i++) await queueResponse(db, person(doc.guid, i));
    // The write reached the doc, but the device stopped before the queue was cleared.
    const rows = (await db.kioskQueue.toArray()) as QueuedResponse[];
    writeResponseBatch(doc, rows.map((r) => ({ id: r.responseId, questionnaireId: r.questionnaireId, day: r.day, source: r.source, answers: r.answers as Record<string, number> })));
    const flushed = await flushQueue(db, doc, { threshold: 5 });
    expect(flushed.ok && flushed.value.written).toBe(0);
    expect(readAll(doc, responseType)).toHaveLength(5);
    expect(await waitingCount(db, doc.guid)).toBe(0);
  });

  it('removes waiting answers only once the project has saved them', async () => {
    const db = openDatabase(`queue-${newId()}`);
    const doc = createProjectDoc('p-saved');
    for (let i = 0; i < 5; i++) await queueResponse(db, person(doc.guid, i));
    const saving = flushQueue(db, doc, { threshold: 5, whenSaved: () => Promise.reject(new Error('disk full')) });
    await expect(saving).rejects.toThrow('disk full');
    expect(await waitingCount(db, doc.guid)).toBe(5);
  });

  it('lets leftovers from an earlier day in, however few, but keeps today’s few waiting', async () => {
    const db = openDatabase(`queue-${newId()}`);
    const doc = createProjectDoc('p-leftovers');
    await queueResponse(db, { ...person(doc.guid, 1, '2026-03-02'), questionnaireId: 'old' });
    await queueResponse(db, person(doc.guid, 2, '2026-03-03'));
    const flushed = await flushQueue(db, doc, { threshold: 5, before: '2026-03-03' });
    expect(flushed.ok && flushed.value).toEqual({ written: 1, waiting: 1, dropped: [] });
    expect(readAll(doc, responseType).map((r) => r.questionnaireId)).toEqual(['old']);
  });

  it('counts typed-in paper forms alongside the kiosk, marked as paper and keeping only the day', async () => {
    const db = openDatabase(`queue-${newId()}`);
    const doc = createProjectDoc('p-paper');
    for (let i = 0; i < 3; i++) await queueResponse(db, person(doc.guid, i));
    for (let i = 3; i < 5; i++) await queueResponse(db, { ...person(doc.guid, i, '2026-03-01'), source: 'paper' });
    const flushed = await flushQueue(db, doc, { threshold: 5 });
    expect(flushed.ok && flushed.value.written).toBe(5);
    const stored = readAll(doc, responseType);
    expect(stored.filter((r) => r.source === 'paper').map((r) => r.createdAt)).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z']);
  });

  it('keeps projects apart', async () => {
    const db = openDatabase(`queue-${newId()}`);
    const a = createProjectDoc('p-a');
    const b = createProjectDoc('p-b');
    for (let i = 0; i < 5; i++) await queueResponse(db, person('p-b', i));
    const flushed = await flushQueue(db, a, { threshold: 5, force: true });
    expect(flushed.ok && flushed.value.written).toBe(0);
    expect(readAll(a, responseType)).toHaveLength(0);
    expect(await waitingCount(db, b.guid)).toBe(5);
  });
});
