import { fromBase64, toBase64 } from 'lib0/buffer';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * What the sync server and the app agree on. Pure: no network, no storage, so the server
 * imports it too.
 *
 * The server only ever sees an *envelope* doc: one Y.Array named `entries` whose items are
 * encrypted Yjs updates of the real project doc. Its name is derived from the project's
 * secret, so the server learns neither the project's name nor its contents.
 */

/** The one shared type in an envelope doc. */
export const ENVELOPE_ENTRIES = 'entries';

/**
 * First byte of every encrypted entry, so the format can change later. Format 2 entries
 * hold compressed updates, or parts of large ones (see entry-format.ts).
 */
export const ENTRY_FORMAT = 2;

/** Entries written before format 2 (one whole update, after a list of changes it claimed to carry); still read. */
export const LEGACY_ENTRY_FORMAT = 1;

/**
 * The largest encrypted entry a device writes, and the most it adds to the envelope in one
 * message (larger updates travel as parts, one message each). The server's message limit
 * sits above it.
 */
export const MAX_ENTRY_BYTES = 1024 * 1024;

/** Default limit on one WebSocket message at the server (MAX_MESSAGE_BYTES). */
export const DEFAULT_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/**
 * The most entries and deletions one message may carry (MAX_ENTRIES_PER_MESSAGE at the
 * server cannot go below it). Generous, so a device can share a large project in many
 * bounded entries at once; small enough that the server reads any message in a few
 * milliseconds.
 */
export const DEFAULT_MAX_ENTRIES_PER_MESSAGE = 10_000;

/** Where the sync server listens, on the same host as the app. */
export const SYNC_PATH = '/sync';

/** Envelope doc names: 16 random-looking bytes derived from the secret, base64url. */
const ROOM_NAME = /^[A-Za-z0-9_-]{22}$/;

export function isRoomName(name: string): boolean {
  return ROOM_NAME.test(name);
}

/** Tokens are 32 derived bytes, base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedToken(token: string | undefined | null): token is string {
  return typeof token === 'string' && TOKEN.test(token);
}

export { REFUSAL } from './refusal';

/** Small JSON notes that travel as Hocuspocus stateless messages. */
export type ServerNote =
  /** The envelope as the server has stored it (state vector, base64). */
  | { type: 'stored'; sv: string }
  /** This envelope was closed by a sharing reset. */
  | { type: 'retired' };

export type ClientNote =
  /**
   * "What have you stored of the entries these writers made?" (the device's own envelope
   * client ids). Also keeps the connection alive.
   */
  | { type: 'stored?'; clients: number[] }
  /** Close this envelope for good (sent with the old secret after a sharing reset). */
  | { type: 'retire' };

const MAX_NOTE_CHARS = 4096;
const MAX_ASKED_CLIENTS = 32;

export function encodeNote(note: ServerNote | ClientNote): string {
  return JSON.stringify(note);
}

function parseJson(payload: string): Record<string, unknown> | null {
  if (typeof payload !== 'string' || payload.length > MAX_NOTE_CHARS) return null;
  try {
    const value: unknown = JSON.parse(payload);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function parseServerNote(payload: string): ServerNote | null {
  const value = parseJson(payload);
  if (!value) return null;
  if (value.type === 'stored' && typeof value.sv === 'string' && /^[A-Za-z0-9+/=]*$/.test(value.sv)) return { type: 'stored', sv: value.sv };
  if (value.type === 'retired') return { type: 'retired' };
  return null;
}

export function parseClientNote(payload: string): ClientNote | null {
  const value = parseJson(payload);
  if (!value) return null;
  if (value.type === 'stored?') {
    const clients = Array.isArray(value.clients) ? value.clients : [];
    if (clients.length > MAX_ASKED_CLIENTS || !clients.every((c) => Number.isInteger(c) && c >= 0 && c <= 0xffffffff)) return null;
    return { type: 'stored?', clients: clients as number[] };
  }
  if (value.type === 'retire') return { type: 'retire' };
  return null;
}

export function encodeStateVectorNote(sv: Uint8Array): ServerNote {
  return { type: 'stored', sv: toBase64(sv) };
}

/** The part of a state vector about some writers only, so a note stays small however many wrote. */
export function narrowStateVector(sv: Map<number, number>, clients: Iterable<number>): Uint8Array {
  const narrowed = new Map<number, number>();
  for (const client of clients) {
    const clock = sv.get(client);
    if (clock !== undefined) narrowed.set(client, clock);
  }
  return encodeStateVectorMap(narrowed);
}

/** A state vector in Yjs's encoding, from a map of writer → clock. */
export function encodeStateVectorMap(sv: ReadonlyMap<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, sv.size);
  for (const [client, clock] of [...sv].sort((a, b) => b[0] - a[0])) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}

export function decodeStateVectorNote(note: { sv: string }): Map<number, number> | null {
  try {
    return Y.decodeStateVector(fromBase64(note.sv));
  } catch {
    return null;
  }
}

/** True when `stored` holds everything in `local` (per writer, at least as far). */
export function stateCovers(stored: Map<number, number>, local: Map<number, number>): boolean {
  for (const [client, clock] of local) if ((stored.get(client) ?? 0) < clock) return false;
  return true;
}

/**
 * Checks that an update to an envelope doc holds nothing but encrypted entries: binary items
 * appended to `entries`, or deletions of them. Anything else (plain text, maps, other
 * top-level types, nested types) is refused, so no device can put readable data on the
 * server by mistake, and no one can fill the envelope with something the apps cannot read.
 * Returns a reason, or null when the update is fine.
 */
export function checkEnvelopeUpdate(update: Uint8Array): string | null {
  return inspectEnvelopeUpdate(update).problem;
}

export interface EnvelopeUpdateFacts {
  /** Why the update is refused, or null. */
  problem: string | null;
  /** True when the refusal is only that it holds more than `maxItems` entries and deletions. */
  tooMany: boolean;
  /** The writers (envelope client ids) whose entries it carries. */
  clients: Set<number>;
  /** Entries added (and items already deleted when sent). */
  items: number;
  /** Ranges of entries it deletes. */
  deletions: number;
}

function skipBytes(decoder: decoding.Decoder) {
  const length = decoding.readVarUint(decoder);
  if (decoder.pos + length > decoder.arr.length) throw new Error('cut short');
  decoder.pos += length;
}

/**
 * `checkEnvelopeUpdate`, plus what the update holds. Reads Yjs's update format (version 1)
 * without building anything: a message of a million tiny entries costs no more memory than
 * its own bytes, and the reading stops as soon as it passes `maxItems` entries and deletions.
 */
export function inspectEnvelopeUpdate(update: Uint8Array, maxItems = Number.POSITIVE_INFINITY): EnvelopeUpdateFacts {
  const facts: EnvelopeUpdateFacts = { problem: null, tooMany: false, clients: new Set(), items: 0, deletions: 0 };
  const refuse = (problem: string) => ({ ...facts, problem });
  const tooMany = () => ({ ...facts, problem: `the update holds more than ${maxItems} entries and deletions`, tooMany: true });
  try {
    const decoder = decoding.createDecoder(update);
    const writers = decoding.readVarUint(decoder);
    for (let w = 0; w < writers; w++) {
      const structs = decoding.readVarUint(decoder);
      const client = decoding.readVarUint(decoder);
      decoding.readVarUint(decoder); // first clock
      for (let i = 0; i < structs; i++) {
        const info = decoding.readUint8(decoder);
        const ref = info & 0b11111;
        if (ref === 0 || ref === 10) {
          decoding.readVarUint(decoder); // GC or Skip: a length, no content
          continue;
        }
        if (++facts.items + facts.deletions > maxItems) return tooMany();
        facts.clients.add(client);
        if (info & 0x80) (decoding.readVarUint(decoder), decoding.readVarUint(decoder)); // left origin
        if (info & 0x40) (decoding.readVarUint(decoder), decoding.readVarUint(decoder)); // right origin
        if ((info & 0xc0) === 0) {
          // No neighbours, so the parent is named: it must be the top-level `entries`.
          if (decoding.readVarUint(decoder) === 1) {
            if (decoding.readVarString(decoder) !== ENVELOPE_ENTRIES) return refuse('the update writes outside the envelope');
          } else {
            return refuse('the update writes inside a nested type');
          }
          if (info & 0x20) return refuse('the update writes a map key');
        }
        if (ref === 1) decoding.readVarUint(decoder); // deleted content: its length
        else if (ref === 3) skipBytes(decoder);
        else return refuse('the update holds content that is not encrypted');
      }
    }
    const deleters = decoding.readVarUint(decoder);
    for (let d = 0; d < deleters; d++) {
      decoding.readVarUint(decoder); // writer
      const ranges = decoding.readVarUint(decoder);
      for (let r = 0; r < ranges; r++) {
        if (facts.items + ++facts.deletions > maxItems) return tooMany();
        decoding.readVarUint(decoder);
        decoding.readVarUint(decoder);
      }
    }
  } catch {
    return refuse('the update could not be decoded');
  }
  return facts;
}
