/**
 * lib0's decoding module with faster strings. Vite resolves `lib0/decoding` here (see
 * vite.config.ts), so Yjs uses it to load every project doc.
 *
 * lib0 decodes every string with TextDecoder, whose fixed cost per call dominates for the
 * short strings a project doc is made of (field names, ids, dates): loading the large
 * reference project spent a fifth of its time there. Short ASCII strings are read directly;
 * anything else still goes through TextDecoder, exactly as before.
 */
import { readBigInt64, readFloat32, readFloat64, readUint8, readVarInt, readVarUint, readVarUint8Array, type Decoder } from 'lib0/decoding.js';

export * from 'lib0/decoding.js';

const SHORT = 32;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readVarString(decoder: Decoder): string {
  const length = readVarUint(decoder);
  const start = decoder.pos;
  const end = start + length;
  if (end > decoder.arr.length) throw new Error('Unexpected end of array');
  decoder.pos = end;
  const bytes = decoder.arr.subarray(start, end);
  if (length <= SHORT) {
    let ascii = true;
    for (let i = 0; i < length; i++) {
      if (bytes[i]! > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  }
  return utf8.decode(bytes);
}

export function peekVarString(decoder: Decoder): string {
  const pos = decoder.pos;
  const text = readVarString(decoder);
  decoder.pos = pos;
  return text;
}

// lib0's readAny reads its strings through its own readVarString, so it is repeated here
// with this one; the format is lib0's, case for case.
const readAnyLookupTable: ((decoder: Decoder) => unknown)[] = [
  () => undefined, // 127: undefined
  () => null, // 126: null
  readVarInt, // 125: integer
  readFloat32, // 124: float32
  readFloat64, // 123: float64
  readBigInt64, // 122: bigint
  () => false, // 121: false
  () => true, // 120: true
  readVarString, // 119: string
  (decoder) => {
    // 118: object
    const length = readVarUint(decoder);
    const object: Record<string, unknown> = {};
    for (let i = 0; i < length; i++) {
      const key = readVarString(decoder);
      object[key] = readAny(decoder);
    }
    return object;
  },
  (decoder) => {
    // 117: array
    const length = readVarUint(decoder);
    const array: unknown[] = [];
    for (let i = 0; i < length; i++) array.push(readAny(decoder));
    return array;
  },
  readVarUint8Array, // 116: Uint8Array
];

export function readAny(decoder: Decoder): any {
  const read = readAnyLookupTable[127 - readUint8(decoder)];
  if (!read) throw new Error('Unexpected content type');
  return read(decoder);
}
