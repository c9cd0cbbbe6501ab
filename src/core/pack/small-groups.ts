import { count, number } from './format';
import type { Audience } from './options';

/**
 * How a pack writes a count of people, marks or responses. In a pack for partners and
 * funders, a group smaller than the project's threshold (but not none) is written
 * "fewer than 5" instead of its number, so nobody can be picked out; the group's own pack
 * shows every number.
 */
export interface SmallGroups {
  readonly threshold: number;
  /** True when this count must not be shown. */
  hides(n: number): boolean;
  /** "12 people", "fewer than 5 people". */
  count(n: number, one: string, many?: string): string;
  /** For a table or spreadsheet cell: 12, or "fewer than 5". */
  cell(n: number): number | string;
}

export function smallGroups(audience: Audience, threshold: number): SmallGroups {
  const hides = (n: number) => audience === 'partners' && n > 0 && n < threshold;
  return {
    threshold,
    hides,
    count: (n, one, many = `${one}s`) => (hides(n) ? `fewer than ${number(threshold)} ${many}` : count(n, one, many)),
    cell: (n) => (hides(n) ? `fewer than ${number(threshold)}` : n),
  };
}
