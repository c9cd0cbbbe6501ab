import { deflateSync, inflateSync } from 'fflate';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { LEGACY_ENTRY_FORMAT, MAX_ENTRY_BYTES } from './protocol';
import { COMPRESSION_DICTIONARY } from './compression-dictionary';

/**
 * The plain text inside an encrypted entry (see crypto.ts for the sealing around it).
 *
 * An update small enough travels as one entry. A larger one (a first share, a catch-up
 * after months offline, a snapshot) is cut into parts that each fit in an entry; a device
 * applies it only once every part is there, so nobody ever applies half of one.
 *
 *   whole:  [1] update                 |  [2] varuint length, deflated update
 *   part:   [3] group (8 bytes), varuint startedAt (seconds), varuint index, varuint count, slice
 *           where the slices of a group, in order, are [codec 0] update or [codec 1] length, deflated
 *
 * Updates are compressed before they are encrypted (ciphertext does not compress), with a
 * fixed dictionary of the names a project doc is made of, so that small edits shrink too.
 * Nothing here says which changes an entry carries: the receiver reads that off the update.
 */

const WHOLE = 1;
const WHOLE_DEFLATED = 2;
const PART = 3;
const CODEC_RAW = 0;
const CODEC_DEFLATED = 1;

const GROUP_BYTES = 8;
/** Sealing adds a format byte, an IV and a tag; a part's header is at most this. */
const SEALING_BYTES = 1 + 12 + 16;
const PART_HEADER_BYTES = 1 + GROUP_BYTES + 5 + 5 + 5;
/**
 * A compressed update may not claim to grow more than this many times when expanded, so no
 * entry can make a device allocate more than a bounded multiple of what it received.
 * Writers send anything that compresses better than this uncompressed.
 */
const MAX_EXPANSION = 64;
/**
 * No update expands to more than this (parts of a group may together claim more than any
 * device could hold; a project three times the large reference one is about 30 MB).
 */
const MAX_EXPANDED_BYTES = 512 * 1024 * 1024;
const MAX_PARTS = 1 << 16;

export type EntryText =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'part'; group: string; startedAt: number; index: number; count: number; slice: Uint8Array }
  /** A kind of entry this version of the app does not know (written by a newer one). */
  | { kind: 'unknown' };

/** The update's length and its deflated bytes, or null when that is no smaller (or expands too far). */
function compress(update: Uint8Array): Uint8Array | null {
  const deflated = deflateSync(update, { level: 6, dictionary: COMPRESSION_DICTIONARY });
  if (update.length > deflated.length * MAX_EXPANSION) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, update.length);
  encoding.writeUint8Array(encoder, deflated);
  const compressed = encoding.toUint8Array(encoder);
  return compressed.length < update.length ? compressed : null;
}

function expand(body: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(body);
  const length = decoding.readVarUint(decoder);
  const deflated = body.subarray(decoder.pos);
  if (length > deflated.length * MAX_EXPANSION || length > MAX_EXPANDED_BYTES) return null;
  // One byte more than claimed: fflate stops writing at the end of the buffer, so a longer
  // result shows as a mismatch instead of being cut short.
  const out = inflateSync(deflated, { out: new Uint8Array(length + 1), dictionary: COMPRESSION_DICTIONARY });
  return out.length === length ? out : null;
}

/**
 * The plain texts to seal for one update: one, or its parts, so that no sealed entry is
 * larger than `entryBytes`. `randomBytes` makes the group id; `now` (ms) is when the
 * group was started, so a group whose writer went away half-way can be tidied up later.
 */
export function entryTextsFor(update: Uint8Array, now: number, randomBytes: (n: number) => Uint8Array, entryBytes = MAX_ENTRY_BYTES): { texts: Uint8Array[]; group: string | null } {
  const plainBytes = entryBytes - SEALING_BYTES;
  const sliceBytes = plainBytes - PART_HEADER_BYTES;
  const compressed = compress(update);
  if ((compressed?.length ?? update.length) + 1 <= plainBytes) {
    const encoder = encoding.createEncoder();
    encoding.writeUint8(encoder, compressed ? WHOLE_DEFLATED : WHOLE);
    encoding.writeUint8Array(encoder, compressed ?? update);
    return { texts: [encoding.toUint8Array(encoder)], group: null };
  }
  const payload = new Uint8Array(1 + (compressed ?? update).length);
  payload[0] = compressed ? CODEC_DEFLATED : CODEC_RAW;
  payload.set(compressed ?? update, 1);
  const count = Math.ceil(payload.length / sliceBytes);
  if (count > MAX_PARTS) throw new Error('An update is too large to send in parts.');
  const group = randomBytes(GROUP_BYTES);
  const startedAt = Math.floor(now / 1000);
  const texts: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    const encoder = encoding.createEncoder();
    encoding.writeUint8(encoder, PART);
    encoding.writeUint8Array(encoder, group);
    encoding.writeVarUint(encoder, startedAt);
    encoding.writeVarUint(encoder, index);
    encoding.writeVarUint(encoder, count);
    encoding.writeUint8Array(encoder, payload.subarray(index * sliceBytes, (index + 1) * sliceBytes));
    texts.push(encoding.toUint8Array(encoder));
  }
  return { texts, group: groupName(group) };
}

function groupName(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Reads the plain text of an entry sealed with `format` (the entry's first byte). Returns
 * null when it is damaged. Entries from before parts and compression (format 1) listed the
 * changes they carried before the update; that list is skipped unread, since no one's word
 * about what an entry holds is taken.
 */
export function readEntryText(format: number, plain: Uint8Array): EntryText | null {
  try {
    const decoder = decoding.createDecoder(plain);
    if (format === LEGACY_ENTRY_FORMAT) {
      const listed = decoding.readVarUint(decoder);
      for (let i = 0; i < Math.max(0, listed - 1) * 3; i++) decoding.readVarUint(decoder);
      return { kind: 'update', update: plain.subarray(decoder.pos) };
    }
    const kind = decoding.readUint8(decoder);
    if (kind === WHOLE) return { kind: 'update', update: plain.subarray(1) };
    if (kind === WHOLE_DEFLATED) {
      const update = expand(plain.subarray(1));
      return update ? { kind: 'update', update } : null;
    }
    if (kind === PART) {
      const group = groupName(decoding.readUint8Array(decoder, GROUP_BYTES));
      const startedAt = decoding.readVarUint(decoder);
      const index = decoding.readVarUint(decoder);
      const count = decoding.readVarUint(decoder);
      if (count === 0 || count > MAX_PARTS || index >= count) return null;
      return { kind: 'part', group, startedAt, index, count, slice: plain.subarray(decoder.pos) };
    }
    return { kind: 'unknown' };
  } catch {
    return null;
  }
}

/** The update carried by a group's slices, in order. Null when they do not make one. */
export function joinSlices(slices: Uint8Array[]): Uint8Array | null {
  const total = slices.reduce((n, s) => n + s.length, 0);
  const payload = new Uint8Array(total);
  let at = 0;
  for (const slice of slices) {
    payload.set(slice, at);
    at += slice.length;
  }
  try {
    if (payload[0] === CODEC_RAW) return payload.subarray(1);
    if (payload[0] === CODEC_DEFLATED) return expand(payload.subarray(1));
    return null;
  } catch {
    return null;
  }
}
