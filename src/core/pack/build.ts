import type { PackContext, PackFile, PackPart } from './part';
import { packParts } from './parts/index';
import { mayInclude, offeredFor, SENSITIVE_CHOICES, SENSITIVE_LABELS, type Audience, type SensitiveChoice } from './options';
import type { PackContents, Report, ReportSection } from './report';
import { yieldToUi } from './yield';

export interface PackProgress {
  done: number;
  total: number;
  /** What is being made now, for the progress bar: "Feedback". */
  label: string;
}

export interface MadePack {
  report: Report;
  files: PackFile[];
}

export interface MakePackSettings {
  /** Keep the data files (the report page only needs the report, though its cover lists them). */
  withFiles: boolean;
  onProgress?: (progress: PackProgress) => void;
  parts?: readonly PackPart[];
}

interface PartOutput {
  part: PackPart;
  section: ReportSection | null;
  files: PackFile[];
}

/**
 * Makes the pack part by part, letting the screen update between parts so a large
 * project shows its progress instead of freezing.
 */
export async function makePack(ctx: PackContext, settings: MakePackSettings): Promise<MadePack> {
  const parts = settings.parts ?? packParts;
  const made: PartOutput[] = [];
  for (const [index, part] of parts.entries()) {
    settings.onProgress?.({ done: index, total: parts.length, label: part.title });
    await yieldToUi();
    const section = part.section?.(ctx) ?? null;
    made.push({ part, section: section && section.blocks.length ? section : null, files: part.files?.(ctx) ?? [] });
  }
  settings.onProgress?.({ done: parts.length, total: parts.length, label: 'Done' });
  const sections = made.flatMap((m) => (m.section ? [m.section] : []));
  const files = made.flatMap((m) => m.files);
  return {
    report: {
      projectName: ctx.source.meta.name,
      purpose: ctx.source.meta.purpose,
      audience: ctx.options.audience,
      madeOn: ctx.asOf,
      contents: packContents(ctx, made, sections, files),
      sections,
    },
    files: settings.withFiles ? files : [],
  };
}

/** The choices some part of the pack could include for this audience: the pack screen offers a box for each. */
export function sensitiveChoicesOffered(audience: Audience, parts: readonly PackPart[] = packParts): SensitiveChoice[] {
  return SENSITIVE_CHOICES.filter((choice) => offeredFor(audience, choice) && parts.some((p) => p.sensitive?.includes(choice)));
}

/**
 * What is in this pack and what it leaves out, said once and printed twice: on the report's
 * cover and in README.txt. Only choices that a part with data could have used are listed.
 */
function packContents(ctx: PackContext, made: readonly PartOutput[], sections: readonly ReportSection[], files: readonly PackFile[]): PackContents {
  const withData = made.filter((m) => m.section || m.files.length || m.part.holds?.(ctx));
  const relevant = SENSITIVE_CHOICES.filter((choice) => withData.some((m) => m.part.sensitive?.includes(choice)));
  const included = [
    `report.html: the report, to read on screen or print${sections.length ? ` (${sections.map((s) => s.title).join('; ')})` : ''}.`,
    ...files.map((f) => `${f.name}: ${f.about}`),
    ...relevant.filter((c) => mayInclude(ctx.options, c)).map((c) => `Included because it was ticked: ${lowerFirst(SENSITIVE_LABELS[c].label)}.`),
  ];
  const leftOut = [
    ...relevant
      .filter((c) => !mayInclude(ctx.options, c))
      .map((c) => (offeredFor(ctx.options.audience, c) ? `${SENSITIVE_LABELS[c].label}.` : `${SENSITIVE_LABELS[c].label} (never in a pack for partners and funders).`)),
    ...withData.flatMap((m) => m.part.leftOut?.(ctx) ?? []),
    'The names of people who did not agree to be named: where the group typed one, the pack says “a member” instead.',
  ];
  if (ctx.options.audience === 'partners') leftOut.push(`Any count of fewer than ${ctx.threshold} people or responses: it says “fewer than ${ctx.threshold}” instead.`);
  return { included, leftOut };
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
