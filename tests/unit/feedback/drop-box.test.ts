import { describe, expect, it } from 'vitest';
import { checkSubmission, MAX_SUBMISSION_BYTES, sealAnswers, type DropBoxRound } from '../../../src/core/backup/drop-box-gate';
import { createQuestionnaire } from '../../../src/core/commands/feedback-questionnaires';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import type { Questionnaire } from '../../../src/core/domain/questionnaire';
import { newLinkKey, newRoundKeys, openFromLink, randomId, sealForLink, sealSubmission, type RoundKeys } from '../../../src/core/dropbox/seal';
import { seededRandom } from '../../../src/core/reference/random';

const SECRET_WORDS = 'The bus to the hall never comes on Tuesdays';

function questionnaire(): Questionnaire {
  const doc = createProjectDoc('p1');
  const made = createQuestionnaire(doc, {
    title: 'After the meeting',
    questions: [
      { id: 'q1', kind: 'agree5', text: 'I felt listened to' },
      { id: 'q2', kind: 'yesno', text: 'Would you come again?' },
      { id: 'q3', kind: 'text', text: 'Anything else?' },
    ],
  });
  if (!made.ok) throw new Error(made.message);
  return made.value;
}

async function round(keys?: RoundKeys): Promise<{ round: DropBoxRound; keys: RoundKeys }> {
  const k = keys ?? (await newRoundKeys());
  return { keys: k, round: { roundId: randomId(), questionnaire: questionnaire(), privateKey: k.privateKey, closed: false } };
}

const contains = (haystack: Uint8Array, needle: string) => Buffer.from(haystack).includes(Buffer.from(needle, 'utf8'));

describe('the drop box: answers sealed on a phone, opened only by the project', () => {
  it('opens what the phone sealed, and the bytes the server holds carry no answer text', async () => {
    const { round: r, keys } = await round();
    const sealed = await sealAnswers(keys.publicKey, r.roundId, { q1: 4, q2: true, q3: SECRET_WORDS });
    expect(contains(sealed, SECRET_WORDS)).toBe(false);
    expect(contains(sealed, 'Tuesdays')).toBe(false);
    const opened = await checkSubmission(r, sealed, new Set());
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.value.answers).toEqual({ q1: 4, q2: true, q3: SECRET_WORDS });
  });

  it('refuses every changed byte of a submission (many positions), never throwing', async () => {
    const { round: r, keys } = await round();
    const sealed = await sealAnswers(keys.publicKey, r.roundId, { q1: 2, q3: 'fine' });
    const random = seededRandom(3);
    const positions = new Set([0, 1, 30, 65, 66, 70, 77, 78, sealed.length - 1, ...Array.from({ length: 40 }, () => random.int(0, sealed.length - 1))]);
    for (const at of positions) {
      const changed = sealed.slice();
      changed[at]! ^= 1 << random.int(0, 7);
      const result = await checkSubmission(r, changed, new Set());
      expect(result.ok, `byte ${at}`).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/could not be read/);
    }
    expect((await checkSubmission(r, sealed.slice(0, sealed.length - 1), new Set())).ok).toBe(false);
    expect((await checkSubmission(r, new Uint8Array(MAX_SUBMISSION_BYTES + 1), new Set())).ok).toBe(false);
  });

  it('refuses junk of any length from a flooder without throwing (random bytes, many seeds)', async () => {
    const { round: r } = await round();
    for (let seed = 1; seed <= 150; seed++) {
      const random = seededRandom(seed);
      const junk = Uint8Array.from({ length: random.int(0, 400) }, () => random.int(0, 255));
      if (random.chance(0.5) && junk.length > 0) junk[0] = 1;
      const result = await checkSubmission(r, junk, new Set());
      expect(result.ok).toBe(false);
    }
  });

  it('refuses a replayed submission once it has been taken in', async () => {
    const { round: r, keys } = await round();
    const sealed = await sealAnswers(keys.publicKey, r.roundId, { q1: 0 });
    const taken = new Set<string>();
    const first = await checkSubmission(r, sealed, taken);
    expect(first.ok).toBe(true);
    if (first.ok) taken.add(first.value.submissionId);
    const again = await checkSubmission(r, sealed, taken);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.message).toMatch(/already taken in/);
  });

  it('refuses answers to a closed link, and answers made for another round or another project', async () => {
    const { round: r, keys } = await round();
    const sealed = await sealAnswers(keys.publicKey, r.roundId, { q1: 1 });
    const closed = await checkSubmission({ ...r, closed: true }, sealed, new Set());
    expect(closed.ok).toBe(false);
    if (!closed.ok) expect(closed.message).toMatch(/link was closed/);

    const otherRound = await checkSubmission({ ...r, roundId: randomId() }, sealed, new Set());
    expect(otherRound.ok).toBe(false);
    const { round: otherProject } = await round();
    expect((await checkSubmission({ ...otherProject, roundId: r.roundId }, sealed, new Set())).ok).toBe(false);
  });

  it('refuses answers the questionnaire does not allow, even when sealed correctly', async () => {
    const { round: r, keys } = await round();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ q1: 9 }, /question 1 is not one of its choices/],
      [{ q1: 'lots' }, /question 1 is not one of its choices/],
      [{ q2: 'yes' }, /question 2 must be yes or no/],
      [{ q3: 5 }, /question 3 must be written text/],
      [{ q3: 'x'.repeat(2_001) }, /question 3 is too long/],
    ];
    for (const [answers, message] of cases) {
      const sealed = await sealSubmission(keys.publicKey, r.roundId, JSON.stringify({ r: r.roundId, s: randomId(), a: answers }));
      const result = await checkSubmission(r, sealed, new Set());
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
    // Unknown questions are dropped, not kept.
    const extra = await sealSubmission(keys.publicKey, r.roundId, JSON.stringify({ r: r.roundId, s: randomId(), a: { q1: 3, name: 'Amira' } }));
    const kept = await checkSubmission(r, extra, new Set());
    expect(kept.ok && kept.value.answers).toEqual({ q1: 3 });
    // Wrong shapes and prototype keys are refused outright.
    for (const body of [
      `{"r":"${r.roundId}","s":"${randomId()}","a":{"__proto__":{"q1":1}}}`,
      `{"r":"${r.roundId}","s":"short","a":{}}`,
      `{"r":"${r.roundId}","s":"${randomId()}","a":{},"device":"phone-7"}`,
      'not json',
    ]) {
      const sealed = await sealSubmission(keys.publicKey, r.roundId, body);
      expect((await checkSubmission(r, sealed, new Set())).ok, body).toBe(false);
    }
  });

  it('keeps the questions behind the link’s key: the server copy holds no question text, and a wrong or changed key opens nothing', async () => {
    const linkKey = newLinkKey();
    const roundId = randomId();
    const payload = JSON.stringify({ title: 'After the meeting', question: SECRET_WORDS });
    const sealed = await sealForLink(linkKey, roundId, payload);
    expect(contains(sealed, SECRET_WORDS)).toBe(false);
    expect(await openFromLink(linkKey, roundId, sealed)).toBe(payload);
    expect(await openFromLink(newLinkKey(), roundId, sealed)).toBeNull();
    expect(await openFromLink(linkKey, randomId(), sealed)).toBeNull();
    const changed = sealed.slice();
    changed[20]! ^= 4;
    expect(await openFromLink(linkKey, roundId, changed)).toBeNull();
  });
});
