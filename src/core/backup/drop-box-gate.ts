import { t } from '@lingui/core/macro';
import { z } from 'zod';
import type { Answer } from '../domain/response';
import type { Questionnaire } from '../domain/questionnaire';
import { randomId, sealSubmission, unsealSubmission } from '../dropbox/seal';
import { checkAnswers } from '../feedback/answers';
import { fail, ok, type Result } from '../result';

/*
 * The gate for answers left in a drop box by participants' phones. Like restore.ts it only
 * reads and checks: a submission becomes answers only if it decrypts under the round's key
 * (so nothing changed on the way or on the server), belongs to this round, the round is still
 * open, it has not been taken in before, and its answers pass the questionnaire's own checks.
 * What passes goes on to the anonymous queue like a kiosk answer; nothing here writes.
 */

/** Largest submission taken: far above a full questionnaire with long written answers. */
export const MAX_SUBMISSION_BYTES = 64 * 1024;

/** What a facilitator's device knows about one published round. */
export interface DropBoxRound {
  roundId: string;
  questionnaire: Questionnaire;
  privateKey: CryptoKey;
  /** Closed or replaced: nothing more is taken from it. */
  closed: boolean;
}

export interface CheckedSubmission {
  /** Chosen by the phone for this submission; kept only to refuse the same one twice. */
  submissionId: string;
  answers: Record<string, Answer>;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const submissionShape = z.strictObject({
  r: z.string().min(1).max(64),
  s: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  a: z.record(z.string().max(64), z.unknown()),
});

const unreadable = () =>
  t`An answer in the drop box could not be read, so it was left out. It may have been changed on the way, or made for another project.`;

/** On the phone: the submission for this round, sealed to the round's public key. */
export async function sealAnswers(roundPublicKey: Uint8Array, roundId: string, answers: Record<string, Answer>): Promise<Uint8Array> {
  return sealSubmission(roundPublicKey, roundId, JSON.stringify({ r: roundId, s: randomId(), a: answers }));
}

/**
 * Checks one submission from the drop box. `taken` holds the ids of submissions already
 * taken in from this round (a copy replayed by the server or anyone else is refused).
 * Never throws; never writes.
 */
export async function checkSubmission(round: DropBoxRound, bytes: Uint8Array, taken: ReadonlySet<string>): Promise<Result<CheckedSubmission>> {
  if (round.closed) return fail(t`This link was closed, so answers sent to it are no longer taken.`);
  if (!(bytes instanceof Uint8Array) || bytes.length > MAX_SUBMISSION_BYTES) return fail(unreadable());
  const plain = await unsealSubmission(round.privateKey, round.roundId, bytes);
  if (plain === null) return fail(unreadable());
  let parsed: unknown;
  try {
    // Refused at any depth before anything copies the object (a copy would turn the key into a prototype).
    parsed = JSON.parse(plain, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new Error('forbidden key');
      return value;
    });
  } catch {
    return fail(unreadable());
  }
  const shape = submissionShape.safeParse(parsed);
  if (!shape.success || shape.data.r !== round.roundId) return fail(unreadable());
  if (taken.has(shape.data.s)) return fail(t`This answer was already taken in, so the copy was left out.`);
  const answers = checkAnswers(round.questionnaire, shape.data.a);
  if (!answers.ok) return answers;
  return ok({ submissionId: shape.data.s, answers: answers.value });
}
