import { personType } from '../domain/person';
import { DEFAULT_ANONYMITY_THRESHOLD } from '../feedback/results';
import type { OutcomeRef } from '../review/outcomes';
import { memberNames, type MemberNames } from './members';
import type { PackOptions, SensitiveChoice } from './options';
import type { ReportSection } from './report';
import type { ProjectSource } from './source';

/** One data file in the pack, with a line for README.txt saying what it holds. */
export interface PackFile {
  name: string;
  about: string;
  data: string | Uint8Array;
}

/** Everything a part of the pack can see while it is made. */
export interface PackContext {
  readonly source: ProjectSource;
  readonly options: PackOptions;
  /** Today, as YYYY-MM-DD: meetings after it are "planned", not "held". */
  readonly asOf: string;
  /** Fewest answers before a result is shown. */
  readonly threshold: number;
  readonly outcomes: readonly OutcomeRef[];
  /** How each person appears: by name only if they agreed to be named in the pack. */
  readonly names: MemberNames;
}

export function packContext(source: ProjectSource, options: PackOptions, settings: { asOf: string; threshold?: number; outcomes?: readonly OutcomeRef[] }): PackContext {
  let names: MemberNames | undefined;
  return {
    source,
    options,
    asOf: settings.asOf,
    threshold: settings.threshold ?? DEFAULT_ANONYMITY_THRESHOLD,
    outcomes: settings.outcomes ?? [],
    get names() {
      return (names ??= memberNames(source.records(personType)));
    },
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
  /** Sensitive kinds this part can include; the pack screen offers a box for each. */
  sensitive?: readonly SensitiveChoice[];
  /** This part's section of the report, or null when there is nothing to show. */
  section?(ctx: PackContext): ReportSection | null;
  /** This part's data files (CSV, calendar…), or none. */
  files?(ctx: PackContext): PackFile[];
}
