import * as decoding from 'lib0/decoding';

/** Clocks `from` up to (not including) `to` of one writer. */
export type Range = [from: number, to: number];

/** Per writer (Yjs client id), sorted ranges that do not touch each other. */
export type RangeMap = Map<number, Range[]>;

/** What a Yjs update really holds, read off its bytes (never off anything written beside it). */
export interface UpdateContents {
  /** The changes (items, and the leftovers of deleted ones) it carries; gaps it only skips are not counted. */
  changes: RangeMap;
  /** What it deletes: its delete set, and the changes it carries as already deleted. */
  deletes: RangeMap;
}

const GC = 0;
const DELETED = 1;
const JSON_CONTENT = 2;
const BINARY = 3;
const STRING = 4;
const EMBED = 5;
const FORMAT = 6;
const TYPE = 7;
const ANY = 8;
const DOC = 9;
const SKIP = 10;
const XML_ELEMENT = 3;
const XML_HOOK = 5;
const LAST_TYPE = 6;

function skipBytes(decoder: decoding.Decoder, length: number) {
  if (decoder.pos + length > decoder.arr.length) throw new Error('unexpected end of update');
  decoder.pos += length;
}

function skipString(decoder: decoding.Decoder) {
  skipBytes(decoder, decoding.readVarUint(decoder));
}

/** A string's length in UTF-16 units (what Yjs counts), from its UTF-8 bytes, without decoding it. */
function readStringLength(decoder: decoding.Decoder): number {
  const bytes = decoding.readVarUint(decoder);
  const start = decoder.pos;
  skipBytes(decoder, bytes);
  let units = 0;
  for (let i = start; i < decoder.pos; i++) {
    const byte = decoder.arr[i]!;
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return units;
}

/** Skips one plain value; returns how many nested values follow (an array's or object's members), or -1 for an object. */
function skipValue(decoder: decoding.Decoder): number {
  switch (decoding.readUint8(decoder)) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return 0;
    case 125:
      decoding.readVarInt(decoder);
      return 0;
    case 124:
      skipBytes(decoder, 4);
      return 0;
    case 123:
    case 122:
      skipBytes(decoder, 8);
      return 0;
    case 119: // string
    case 116: // bytes
      skipString(decoder);
      return 0;
    case 118: {
      const members = decoding.readVarUint(decoder);
      return members === 0 ? 0 : -members;
    }
    case 117:
      return decoding.readVarUint(decoder);
    default:
      throw new Error('unknown value type');
  }
}

/** Skips one value in lib0's `writeAny` format, without recursion (so no nesting can exhaust the stack). */
function skipAny(decoder: decoding.Decoder) {
  const first = skipValue(decoder);
  if (first === 0) return;
  // Members still to skip in each open array (> 0) or object (< 0: its members start with a key).
  const open: number[] = [first];
  while (open.length > 0) {
    const top = open.length - 1;
    const left = open[top]!;
    if (left === 0) {
      open.pop();
      continue;
    }
    if (left < 0) {
      open[top] = left + 1;
      skipString(decoder);
    } else open[top] = left - 1;
    const nested = skipValue(decoder);
    if (nested !== 0) open.push(nested);
  }
}

/** Reads one item's content and returns its length in clocks, as Yjs counts it. */
function readContentLength(decoder: decoding.Decoder, ref: number): number {
  switch (ref) {
    case DELETED:
      return decoding.readVarUint(decoder);
    case JSON_CONTENT: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) skipString(decoder);
      return length;
    }
    case BINARY:
      skipString(decoder);
      return 1;
    case STRING:
      return readStringLength(decoder);
    case EMBED:
      skipString(decoder);
      return 1;
    case FORMAT:
      skipString(decoder);
      skipString(decoder);
      return 1;
    case TYPE: {
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef > LAST_TYPE) throw new Error('unknown type');
      if (typeRef === XML_ELEMENT || typeRef === XML_HOOK) skipString(decoder);
      return 1;
    }
    case ANY: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) skipAny(decoder);
      return length;
    }
    case DOC:
      skipString(decoder);
      skipAny(decoder);
      return 1;
    default:
      throw new Error('unknown content');
  }
}

function addRange(map: RangeMap, client: number, from: number, to: number) {
  if (to <= from) return;
  let list = map.get(client);
  if (!list) map.set(client, (list = []));
  const last = list[list.length - 1];
  if (last && last[1] === from) last[1] = to;
  else list.push([from, to]);
}

/**
 * Reads which changes and deletions a Yjs (v1) update carries, in one pass over its bytes
 * without building any Yjs structures: the cost is linear in its size, whatever its shape.
 * Mirrors how `Y.applyUpdate` reads it (a writer listed twice keeps only its last list).
 * Returns null when the bytes are not an update Yjs would read.
 */
export function readUpdateContents(update: Uint8Array): UpdateContents | null {
  try {
    const decoder = decoding.createDecoder(update);
    const changes: RangeMap = new Map();
    const deletedChanges: RangeMap = new Map();
    const groups = decoding.readVarUint(decoder);
    for (let g = 0; g < groups; g++) {
      const structs = decoding.readVarUint(decoder);
      const client = decoding.readVarUint(decoder);
      let clock = decoding.readVarUint(decoder);
      changes.delete(client);
      deletedChanges.delete(client);
      for (let i = 0; i < structs; i++) {
        const info = decoding.readUint8(decoder);
        const ref = info & 0b11111;
        const start = clock;
        if (ref === GC) {
          clock += decoding.readVarUint(decoder);
          addRange(deletedChanges, client, start, clock);
          addRange(changes, client, start, clock);
          continue;
        }
        if (ref === SKIP) {
          clock += decoding.readVarUint(decoder);
          continue;
        }
        if ((info & 0b10000000) !== 0) {
          decoding.readVarUint(decoder); // origin
          decoding.readVarUint(decoder);
        }
        if ((info & 0b01000000) !== 0) {
          decoding.readVarUint(decoder); // right origin
          decoding.readVarUint(decoder);
        }
        if ((info & 0b11000000) === 0) {
          if (decoding.readVarUint(decoder) === 1) skipString(decoder); // parent by name
          else {
            decoding.readVarUint(decoder); // parent by id
            decoding.readVarUint(decoder);
          }
          if ((info & 0b00100000) !== 0) skipString(decoder); // map key
        }
        const length = readContentLength(decoder, ref);
        if (length === 0) throw new Error('empty item');
        clock += length;
        if (ref === DELETED) addRange(deletedChanges, client, start, clock);
        addRange(changes, client, start, clock);
      }
    }
    const deletes: RangeMap = deletedChanges;
    const deleteClients = decoding.readVarUint(decoder);
    for (let c = 0; c < deleteClients; c++) {
      const client = decoding.readVarUint(decoder);
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) {
        const clock = decoding.readVarUint(decoder);
        addRange(deletes, client, clock, clock + decoding.readVarUint(decoder));
      }
    }
    for (const list of deletes.values()) normalise(list);
    return { changes, deletes };
  } catch {
    return null;
  }
}

/** Sorts ranges and joins those that overlap or touch, in place. */
export function normalise(list: Range[]): Range[] {
  list.sort((a, b) => a[0] - b[0]);
  let out = 0;
  for (const range of list) {
    const last = list[out - 1];
    if (last && range[0] <= last[1]) {
      if (range[1] > last[1]) last[1] = range[1];
    } else list[out++] = [range[0], range[1]];
  }
  list.length = out;
  return list;
}
