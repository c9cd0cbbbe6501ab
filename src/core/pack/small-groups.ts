import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import type { Audience } from './options';

/** The words for a count of something, exact ("12 people") and hidden ("fewer than 5 people"). */
export interface Counted {
  exact(n: number): MessageDescriptor;
  fewer(threshold: number): MessageDescriptor;
}

export const PEOPLE: Counted = {
  exact: (n) => msg`${plural(n, { one: '# person', other: '# people' })}`,
  fewer: (threshold) => msg`fewer than ${threshold} people`,
};

export const OTHER_PEOPLE: Counted = {
  exact: (n) => msg`${plural(n, { one: '# other person', other: '# other people' })}`,
  fewer: (threshold) => msg`fewer than ${threshold} other people`,
};

export const RESPONSES: Counted = {
  exact: (n) => msg`${plural(n, { one: '# response', other: '# responses' })}`,
  fewer: (threshold) => msg`fewer than ${threshold} responses`,
};

export const WRITTEN_COMMENTS: Counted = {
  exact: (n) => msg`${plural(n, { one: '# written comment', other: '# written comments' })}`,
  fewer: (threshold) => msg`fewer than ${threshold} written comments`,
};

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
  /** "12 people", "fewer than 5 people", in the pack's language. */
  count(n: number, what: Counted): string;
  /** For a table or spreadsheet cell: 12, or "fewer than 5". */
  cell(n: number): number | string;
}

export function smallGroups(audience: Audience, threshold: number, i18n: I18n): SmallGroups {
  const hides = (n: number) => audience === 'partners' && n > 0 && n < threshold;
  return {
    threshold,
    hides,
    count: (n, what) => i18n._(hides(n) ? what.fewer(threshold) : what.exact(n)),
    cell: (n) => (hides(n) ? i18n._(msg({ message: `fewer than ${threshold}`, comment: 'A count hidden to protect a small group, in a table cell' })) : n),
  };
}
