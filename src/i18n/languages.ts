import type { Messages } from '@lingui/core';

export type LanguageTag = 'en' | 'cy';

export interface Language {
  readonly tag: LanguageTag;
  /** The language's name in itself, as a speaker looks for it. */
  readonly name: string;
  /** The locale dates, numbers and sorting follow. */
  readonly intl: string;
  /** Its compiled catalogue (English is built into the code, so it has none). */
  readonly load?: () => Promise<{ messages: Messages }>;
}

/** The languages the interface can be shown in. Each catalogue is a chunk of its own, fetched only when chosen. */
export const LANGUAGES: readonly Language[] = [
  { tag: 'en', name: 'English', intl: 'en-GB' },
  { tag: 'cy', name: 'Cymraeg', intl: 'cy-GB', load: () => import('./locales/cy.po') },
];

export function languageFor(tag: string): Language | undefined {
  return LANGUAGES.find((l) => l.tag === tag);
}
