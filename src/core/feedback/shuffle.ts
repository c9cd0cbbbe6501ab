/**
 * Shuffles in place with the platform's cryptographic random source, so nobody can predict
 * or replay the order (Math.random is seeded per page and not meant for this).
 */
export function cryptoShuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = cryptoInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** A uniform whole number from 0 to `bound - 1`, without the bias of a plain modulo. */
export function cryptoInt(bound: number): number {
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  const word = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(word);
    if (word[0]! < limit) return word[0]! % bound;
  }
}
