import type { Audience } from './options';

/** A chart drawn as SVG. Bars go across for categories (answers), up for a series over time (months). */
export interface BarChart {
  title: string;
  labels: readonly string[];
  values: readonly number[];
  direction: 'across' | 'up';
  /** How a value reads in words: "people", "answers". */
  unit: string;
}

export interface TableColumn {
  label: string;
  numeric?: boolean;
  /** Short values (dates, one word) that should not wrap. */
  short?: boolean;
}

/** The building blocks of a report section. Every string is plain text; the renderer escapes it. */
export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  /** Where a template or wording came from: "Based on the … guide". */
  | { kind: 'credit'; text: string }
  | { kind: 'facts'; items: readonly { label: string; value: string }[] }
  | { kind: 'table'; caption: string; columns: readonly TableColumn[]; rows: readonly (readonly string[])[] }
  | { kind: 'chart'; chart: BarChart }
  /** `columns` flows a long list of short items (names) into newspaper columns. */
  | { kind: 'list'; items: readonly string[]; columns?: boolean }
  | { kind: 'quotes'; items: readonly string[] }
  /** Several lines someone typed, kept as their paragraphs. */
  | { kind: 'words'; label: string; text: string };

export interface ReportSection {
  /** Also the anchor in the report: "#part-meetings". */
  id: string;
  title: string;
  blocks: ReportBlock[];
}

/** What is in a pack and what it leaves out, in plain words: printed on the cover and in README.txt. */
export interface PackContents {
  included: string[];
  leftOut: string[];
}

export interface Report {
  projectName: string;
  purpose: string;
  audience: Audience;
  /** The day the pack was made (YYYY-MM-DD). */
  madeOn: string;
  contents: PackContents;
  sections: ReportSection[];
}
