import { DEFAULT_ANONYMITY_THRESHOLD } from '../feedback/results';
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

/** Everything a part of the pack can see while it is made. */
export interface PackContext {
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

export function packContext(source: ProjectSource, options: PackOptions, settings: { asOf: string; threshold?: number; outcomes?: readonly OutcomeRef[] }): PackContext {
  const find = hiddenNamesFinder(source);
  const threshold = settings.threshold ?? DEFAULT_ANONYMITY_THRESHOLD;
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
    small: smallGroups(options.audience, threshold),
  };
}

/**
 * One part of the project pack. Each part reads what it needs from the context and returns
 * nothing when the project has no data for it, so a part appears only once its data exists.
 * Parts are listed, in report order, in `parts/index.ts`.
 */
export interface PackPart {
  id: string;
  /** Words for the progress bar while this part is made. */
  title: string;
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
