import { msg } from '@lingui/core/macro';
import { inFormatLocale } from '../format/intl';
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
    settings.onProgress?.({ done: index, total: parts.length, label: ctx.i18n._(part.title) });
    await yieldToUi();
    // Each part is written at once, with days and numbers in the pack's language.
    const section = inFormatLocale(ctx.locale, () => part.section?.(ctx) ?? null);
    const files = inFormatLocale(ctx.locale, () => part.files?.(ctx) ?? []);
    made.push({ part, section: section && section.blocks.length ? section : null, files });
  }
  settings.onProgress?.({ done: parts.length, total: parts.length, label: ctx.i18n._(msg({ message: 'Done', comment: 'The last step of a progress bar' })) });
  const sections = made.flatMap((m) => (m.section ? [m.section] : []));
  const files = made.flatMap((m) => m.files);
  return {
    report: {
      language: { i18n: ctx.i18n, locale: ctx.locale },
      projectName: ctx.source.meta.name,
      purpose: ctx.source.meta.purpose,
      audience: ctx.options.audience,
      madeOn: ctx.asOf,
      contents: inFormatLocale(ctx.locale, () => packContents(ctx, made, sections, files)),
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
  const { i18n } = ctx;
  const withData = made.filter((m) => m.section || m.files.length || m.part.holds?.(ctx));
  const relevant = SENSITIVE_CHOICES.filter((choice) => withData.some((m) => m.part.sensitive?.includes(choice)));
  const titles = sections.map((s) => s.title).join('; ');
  const included = [
    sections.length
      ? i18n._(msg`report.html: the report, to read on screen or print (${titles}).`)
      : i18n._(msg`report.html: the report, to read on screen or print.`),
    ...files.map((f) => {
      const { name, about } = f;
      return i18n._(msg({ message: `${name}: ${about}`, comment: 'A file in the pack, then what it holds' }));
    }),
    ...relevant
      .filter((c) => mayInclude(ctx.options, c))
      .map((c) => {
        const what = i18n._(SENSITIVE_LABELS[c].inSentence);
        return i18n._(msg`Included because it was ticked: ${what}.`);
      }),
  ];
  const leftOut = [
    ...relevant
      .filter((c) => !mayInclude(ctx.options, c))
      .map((c) => {
        const what = i18n._(SENSITIVE_LABELS[c].label);
        return offeredFor(ctx.options.audience, c)
          ? i18n._(msg({ message: `${what}.`, comment: 'Something left out of the pack, as a line of the list on its cover' }))
          : i18n._(msg`${what} (never in a pack for partners and funders).`);
      }),
    ...withData.flatMap((m) => m.part.leftOut?.(ctx) ?? []),
    i18n._(msg`The names of people who did not agree to be named: where the group typed one, the pack says “a member” instead.`),
  ];
  const { threshold } = ctx;
  if (ctx.options.audience === 'partners')
    leftOut.push(i18n._(msg`Any count of fewer than ${threshold} people or responses: it says “fewer than ${threshold}” instead.`));
  return { included, leftOut };
}
