import { describe, expect, it } from 'vitest';
import { readAll } from '../../../src/core/commands/records';
import { openDatabase, type CommonGroundDb } from '../../../src/core/db/database';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { responseType } from '../../../src/core/domain/response';
import { closeOpenTurns, flushQueue, keepTurnAnswers, waitingCount, type QueuedResponse, type TurnAnswers } from '../../../src/core/feedback/queue';
import { newId } from '../../../src/core/ids';
import { seededRandom } from '../../../src/core/reference/random';

const DAY = '2026-03-03';
const turnAt = (db: CommonGroundDb, projectId: string, day = DAY) => keepTurnAnswers(db, { projectId, questionnaireId: 'qq', day });
const canonical = (answers: Record<string, unknown>) => JSON.stringify(Object.keys(answers).sort().map((k) => [k, answers[k]]));

describe('a kiosk turn kept answer by answer', () => {
  it('keeps each answer as it is given, so a restart part way loses nothing and counts the person once', async () => {
    const name = `turn-${newId()}`;
    const before = openDatabase(name);
    const turn = turnAt(before, 'p-restart');
    expect(await turn.keep({ q1: 4 })).toEqual({ ok: true, value: undefined });
    expect(await turn.keep({ q1: 4, q2: 1 })).toEqual({ ok: true, value: undefined });
    before.close(); // the tablet restarts on question three

    const after = openDatabase(name);
    expect(await waitingCount(after, 'p-restart', 'qq')).toBe(1);
    const [row] = (await after.kioskQueue.toArray()) as QueuedResponse[];
    expect(row).toMatchObject({ projectId: 'p-restart', questionnaireId: 'qq', day: DAY, source: 'kiosk', answers: { q1: 4, q2: 1 }, open: true });
    // Nothing that could tell who or when: no person, no device, no time finer than the day.
    expect(Object.keys(row!).sort()).toEqual(['answers', 'day', 'id', 'open', 'projectId', 'questionnaireId', 'responseId', 'source']);

    const doc = createProjectDoc('p-restart');
    expect(await closeOpenTurns(after)).toBe(1);
    const flushed = await flushQueue(after, doc, { threshold: 5, force: true });
    expect(flushed.ok && flushed.value.written).toBe(1);
    expect(readAll(doc, responseType).map((r) => r.answers)).toEqual([{ q1: 4, q2: 1 }]);
    expect(await flushQueue(after, doc, { threshold: 1, force: true })).toEqual({ ok: true, value: { written: 0, waiting: 0, dropped: [] } });
    expect(readAll(doc, responseType)).toHaveLength(1);
  });

  it('never writes a person who is still answering, even when a batch leaves around them', async () => {
    const db = openDatabase(`turn-${newId()}`);
    const doc = createProjectDoc('p-open');
    for (let i = 0; i < 5; i++) {
      const done = turnAt(db, doc.guid);
      await done.keep({ q1: i % 5 });
      await done.close();
    }
    const answering = turnAt(db, doc.guid);
    await answering.keep({ q1: 2 });
    let flushed = await flushQueue(db, doc, { threshold: 5, force: true });
    expect(flushed.ok && flushed.value).toEqual({ written: 5, waiting: 1, dropped: [] });
    expect(await answering.keep({ q1: 2, q2: 0 })).toEqual({ ok: true, value: undefined });
    await answering.close();
    flushed = await flushQueue(db, doc, { threshold: 5, force: true });
    expect(flushed.ok && flushed.value.written).toBe(1);
    expect(readAll(doc, responseType).filter((r) => r.answers.q2 === 0).map((r) => r.answers)).toEqual([{ q1: 2, q2: 0 }]);
  });

  it('takes back what a person gave when they start again, and keeps nothing once their turn is closed', async () => {
    const db = openDatabase(`turn-${newId()}`);
    const restarted = turnAt(db, 'p-again');
    await restarted.keep({ q1: 1 });
    await restarted.discard();
    expect(await waitingCount(db, 'p-again')).toBe(0);
    const closed = turnAt(db, 'p-again');
    await closed.keep({ q1: 3 });
    await closed.close();
    expect((await closed.keep({ q1: 3, q2: 1 })).ok).toBe(false);
    await closed.discard();
    expect(((await db.kioskQueue.toArray()) as QueuedResponse[]).map((r) => [r.answers, r.open])).toEqual([[{ q1: 3 }, undefined]]);
  });

  it('lets in a turn left open on an earlier day: that kiosk is long gone', async () => {
    const db = openDatabase(`turn-${newId()}`);
    const doc = createProjectDoc('p-yesterday');
    await turnAt(db, doc.guid, '2026-03-02').keep({ q1: 0 });
    await turnAt(db, doc.guid).keep({ q1: 1 });
    const flushed = await flushQueue(db, doc, { threshold: 5, before: DAY });
    expect(flushed.ok && flushed.value).toEqual({ written: 1, waiting: 1, dropped: [] });
    expect(readAll(doc, responseType).map((r) => r.day)).toEqual(['2026-03-02']);
  });

  it('counts every person exactly once with their last answers, whatever happens between (random sessions)', async () => {
    const name = `turn-random-${newId()}`;
    for (let seed = 1; seed <= 80; seed++) {
      const random = seededRandom(seed);
      let db = openDatabase(name);
      const doc = createProjectDoc(`p-seed-${seed}`);
      const expected = new Map<number, Record<string, number> | null>();
      let current: { turn: TurnAnswers; person: number; answers: Record<string, number>; pending: Promise<unknown> } | null = null;
      let people = 0;
      for (let step = 0; step < 80; step++) {
        const action = current
          ? random.pick(['answer', 'answer', 'answer', 'answer', 'answer', 'finish', 'walk away', 'start again', 'reload', 'batch', 'batch'] as const)
          : random.pick(['begin', 'begin', 'begin', 'reload', 'batch'] as const);
        if (action === 'begin' && !current) {
          current = { turn: turnAt(db, doc.guid), person: people++, answers: {}, pending: Promise.resolve() };
        } else if (action === 'answer' && current) {
          current.answers = { ...current.answers, [`q${random.int(1, 6)}`]: random.int(0, 4) };
          expected.set(current.person, current.answers);
          // The kiosk does not wait for a write before showing the next question.
          current.pending = current.turn.keep(current.answers).then((kept) => expect(kept.ok).toBe(true));
        } else if ((action === 'finish' || action === 'walk away') && current) {
          await current.turn.close();
          await current.pending;
          current = null;
        } else if (action === 'start again' && current) {
          await current.turn.discard();
          await current.pending;
          expected.set(current.person, null);
          current = null;
        } else if (action === 'reload') {
          await current?.pending;
          current = null;
          db.close();
          db = openDatabase(name);
          await closeOpenTurns(db);
        } else if (action === 'batch') {
          const flushed = await flushQueue(db, doc, { threshold: 2 });
          expect(flushed.ok).toBe(true);
        }
      }
      await current?.turn.close();
      await current?.pending;
      const flushed = await flushQueue(db, doc, { threshold: 2, force: true });
      expect(flushed.ok && flushed.value.waiting).toBe(0);

      const stored = readAll(doc, responseType).map((r) => canonical(r.answers)).sort();
      const given = [...expected.values()].filter((a): a is Record<string, number> => a !== null).map(canonical).sort();
      expect(stored, `seed ${seed}`).toEqual(given);
      expect(new Set(readAll(doc, responseType).map((r) => r.id)).size).toBe(stored.length);
      db.close();
    }
  }, 60_000);
});
