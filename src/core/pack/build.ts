import { count } from './format';
import type { PackContext, PackFile, PackPart } from './part';
import { packParts } from './parts/index';
import { mayInclude, offeredFor, SENSITIVE_CHOICES, SENSITIVE_LABELS, type Audience, type SensitiveChoice } from './options';
import type { Report, ReportSection } from './report';
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
  /** Make the data files too (the report page only needs the report). */
  withFiles: boolean;
  onProgress?: (progress: PackProgress) => void;
  parts?: readonly PackPart[];
}

/**
 * Makes the pack part by part, letting the screen update between parts so a large
 * project shows its progress instead of freezing.
 */
export async function makePack(ctx: PackContext, settings: MakePackSettings): Promise<MadePack> {
  const parts = settings.parts ?? packParts;
  const sections: ReportSection[] = [];
  const files: PackFile[] = [];
  for (const [index, part] of parts.entries()) {
    settings.onProgress?.({ done: index, total: parts.length, label: part.title });
    await yieldToUi();
    const section = part.section?.(ctx);
    if (section && section.blocks.length) sections.push(section);
    if (settings.withFiles && part.files) files.push(...part.files(ctx));
  }
  settings.onProgress?.({ done: parts.length, total: parts.length, label: 'Done' });
  return {
    report: {
      projectName: ctx.source.meta.name,
      purpose: ctx.source.meta.purpose,
      audience: ctx.options.audience,
      madeOn: ctx.asOf,
      leftOut: leftOut(ctx, parts),
      sections,
    },
    files,
  };
}

/** The sensitive kinds some part of the pack could include for this audience: the pack screen offers a box for each. */
export function sensitiveChoicesOffered(audience: Audience, parts: readonly PackPart[] = packParts): SensitiveChoice[] {
  return SENSITIVE_CHOICES.filter((choice) => offeredFor(audience, choice) && parts.some((p) => p.sensitive?.includes(choice)));
}

/** What this pack leaves out, said plainly on its cover and in README.txt. */
function leftOut(ctx: PackContext, parts: readonly PackPart[]): string[] {
  const out: string[] = [];
  const audience = ctx.options.audience;
  for (const choice of SENSITIVE_CHOICES) {
    if (!parts.some((p) => p.sensitive?.includes(choice)) || mayInclude(ctx.options, choice)) continue;
    out.push(offeredFor(audience, choice) ? SENSITIVE_LABELS[choice].label : `${SENSITIVE_LABELS[choice].label} (never in a pack for partners and funders)`);
  }
  if (audience === 'partners') out.push('The register of who came to each meeting (only totals are shown)');
  out.push(`Feedback results from fewer than ${count(ctx.threshold, 'person', 'people')}`);
  out.push('The names of people who did not agree to be named');
  return out;
}
