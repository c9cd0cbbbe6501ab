import type { I18n, MessageDescriptor } from '@lingui/core';
import { i18n as appI18n } from '#i18n';
import { DEFAULT_ANONYMITY_THRESHOLD } from '../feedback/results';
import { formatLocale } from '../format/intl';
import type { OutcomeRef } from '../review/outcomes';
import type { PackOptions, SensitiveChoice } from './options';
import { hiddenNamesFinder, redactedSource, redactText } from './redact';
import type { ReportSection } from './report';
import { smallGroups, type SmallGroups } from './small-groups';
import type { ProjectSource } from './source';

/** One data file in the pack, with a line for README.txt and the cover saying what it holds. */
export interface PackFile {
  name: string;
  about: string;
  data: string | Uint8Array;
}

/**
 * The language a pack is written in: its own translator (`i18n._(msg`…`)`) and the locale its
 * days and numbers follow, so a pack can be made in another language than the app's.
 */
export interface PackLanguage {
  readonly i18n: I18n;
  /** A BCP 47 tag such as "cy-GB". */
  readonly locale: string;
}

/** Everything a part of the pack can see while it is made. */
export interface PackContext extends PackLanguage {
  /** The project with every name of a person who did not agree to be named replaced by "a member" in text. */
  readonly source: ProjectSource;
  readonly options: PackOptions;
  /** Today, as YYYY-MM-DD: meetings after it are "planned", not "held". */
  readonly asOf: string;
  /** Fewest answers before a result is shown. */
  readonly threshold: number;
  readonly outcomes: readonly OutcomeRef[];
  /** How counts of people are written for this audience. */
  readonly small: SmallGroups;
}

/** The app's own language, as it is now. */
export function appLanguage(): PackLanguage {
  return { i18n: appI18n, locale: formatLocale() };
}

export function packContext(
  source: ProjectSource,
  options: PackOptions,
  settings: { asOf: string; threshold?: number; outcomes?: readonly OutcomeRef[]; language?: PackLanguage },
): PackContext {
  const find = hiddenNamesFinder(source);
  const threshold = settings.threshold ?? DEFAULT_ANONYMITY_THRESHOLD;
  const language = settings.language ?? appLanguage();
  return {
    source: redactedSource(source, find),
    options,
    asOf: settings.asOf,
    threshold,
    // Outcome and measure titles are typed too.
    outcomes: (settings.outcomes ?? []).map((o) => ({
      ...o,
      title: redactText(o.title, find),
      measures: o.measures.map((m) => ({ ...m, title: redactText(m.title, find) })),
    })),
    small: smallGroups(options.audience, threshold, language.i18n),
    i18n: language.i18n,
    locale: language.locale,
  };
}

/**
 * One part of the project pack. Each part reads what it needs from the context and returns
 * nothing when the project has no data for it, so a part appears only once its data exists.
 * Parts are listed, in report order, in `parts/index.ts`. Every word a part writes is a
 * message made with the pack's translator (`ctx.i18n._(msg`…`)`), days and numbers in its
 * locale (`shortDate(day, ctx.locale)`).
 */
export interface PackPart {
  id: string;
  /** Words for the progress bar while this part is made. */
  title: MessageDescriptor;
  /** Choices this part can include when ticked; the pack screen offers a box for each. */
  sensitive?: readonly SensitiveChoice[];
  /** This part's section of the report, or null when there is nothing to show. */
  section?(ctx: PackContext): ReportSection | null;
  /** This part's data files (CSV, calendar…), or none. */
  files?(ctx: PackContext): PackFile[];
  /**
   * For a part that shows nothing until a box is ticked: whether the project has anything it
   * could show, so the cover can say what was left out.
   */
  holds?(ctx: PackContext): boolean;
  /** What this part leaves out whatever is ticked, for the cover and README.txt ("Who came to each meeting"). */
  leftOut?(ctx: PackContext): string[];
}
