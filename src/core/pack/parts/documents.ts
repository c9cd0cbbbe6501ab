import { meetingType } from '../../domain/meeting';
import { personType } from '../../domain/person';
import { documentSectionType } from '../../domain/plan/document-section';
import { DOCUMENT_STATUS_LABELS, documentVersionType, type DocumentVersion } from '../../domain/plan/document-version';
import { DOCUMENT_KIND_LABELS, planDocumentType, type DocumentKind } from '../../domain/plan/plan-document';
import { versionsInOrder } from '../../plan/document-status';
import { nameForPack } from '../../team/naming';
import { compareCodes, shortDate } from '../format';
import { mayInclude, type SensitiveChoice } from '../options';
import type { PackContext, PackPart } from '../part';
import type { ReportBlock } from '../report';
import { compareText } from '../../format/intl';

const SECTION_IDS: Record<DocumentKind, string> = { terms: 'terms', 'ground-rules': 'ground-rules' };
const WORDS: Record<DocumentKind, SensitiveChoice> = { terms: 'wordsTerms', 'ground-rules': 'wordsGroundRules' };

/**
 * One of the group's living documents: the version it last agreed (or, if it has not agreed
 * one yet, the current draft, marked as a draft), how it got there, and how many people were
 * present when it was agreed. Names of those present appear only with their consent.
 */
function documentPart(kind: DocumentKind): PackPart {
  const title = DOCUMENT_KIND_LABELS[kind];
  return {
    id: SECTION_IDS[kind],
    title,
    sensitive: [WORDS[kind]],
    section(ctx) {
      const { source } = ctx;
      const document = source
        .records(planDocumentType)
        .filter((d) => d.kind === kind)
        .sort((a, b) => compareCodes(a.createdAt, b.createdAt) || compareCodes(a.id, b.id))[0];
      if (!document) return null;
      const versions = versionsInOrder(source.records(documentVersionType).filter((v) => v.documentId === document.id));
      const agreed = versions.filter((v) => v.status === 'agreed').at(-1);
      const current = versions.at(-1);
      const meetings = new Map(source.records(meetingType).map((m) => [m.id, m]));
      const at = (v: DocumentVersion) => {
        const meeting = v.meetingId ? meetings.get(v.meetingId) : undefined;
        return meeting ? ` at ${meeting.title}` : '';
      };

      let sections: { heading: string; body: string }[];
      const blocks: ReportBlock[] = [];
      if (agreed) {
        sections = agreed.sections;
        blocks.push({ kind: 'paragraph', text: `Agreed on ${shortDate(agreed.date)}${at(agreed)} (version ${agreed.number}).` });
        if (current && current !== agreed && current.status !== 'agreed') {
          blocks.push({
            kind: 'note',
            text: `Since then the group has reopened it for changes (${DOCUMENT_STATUS_LABELS[current.status].toLowerCase()} on ${shortDate(current.date)}). This is the version it agreed.`,
          });
        }
      } else {
        const live = source
          .records(documentSectionType)
          .filter((s) => s.documentId === document.id)
          .sort((a, b) => a.order - b.order || compareCodes(a.createdAt, b.createdAt));
        sections = live.length ? live : (current?.sections ?? []);
        if (sections.every((s) => !s.body.trim())) return null;
        const where = current ? ` It was last ${current.status === 'draft' ? 'drafted' : 'discussed'} on ${shortDate(current.date)}${at(current)}.` : '';
        blocks.push({ kind: 'note', text: `DRAFT: the group has not agreed this yet.${where}` });
      }
      if (document.title.trim() && document.title.trim() !== title) blocks.unshift({ kind: 'heading', text: document.title });

      const written = sections.filter((s) => s.body.trim());
      if (mayInclude(ctx.options, WORDS[kind])) for (const s of written) blocks.push({ kind: 'words', label: s.heading, text: s.body });
      else {
        blocks.push({ kind: 'paragraph', text: 'What it covers:' });
        blocks.push({ kind: 'list', items: written.map((s) => s.heading) });
        blocks.push({ kind: 'note', text: 'The wording of each section is left out of this pack, because it is in the group’s own words.' });
      }

      if (agreed) blocks.push({ kind: 'paragraph', text: presentWhenAgreed(ctx, agreed) });
      if (versions.length) {
        blocks.push({
          kind: 'table',
          caption: 'How it was agreed',
          columns: [{ label: 'Version' }, { label: 'Step' }, { label: 'Date', short: true }, { label: 'Meeting' }, { label: 'People there', numeric: true }],
          rows: versions.map((v) => [
            String(v.number),
            DOCUMENT_STATUS_LABELS[v.status],
            shortDate(v.date),
            (v.meetingId && meetings.get(v.meetingId)?.title) || '–',
            v.status === 'agreed' && v.presentIds?.length ? String(ctx.small.cell(v.presentIds.length)) : '–',
          ]),
        });
      }
      if (document.template) blocks.push({ kind: 'credit', text: 'Started from a template based on the West Berkshire “How to do co-production” resource, and written by the group.' });
      return { id: SECTION_IDS[kind], title, blocks };
    },
  };
}

/** "Agreed by 12 people on the register: Ann, Bo and 10 others who chose not to be named." */
function presentWhenAgreed(ctx: PackContext, version: DocumentVersion): string {
  const ids = version.presentIds ?? [];
  // A note typed at the time may name people who did not agree to be named, so it never goes in the pack.
  const noted = version.presentNote?.trim() ? ' Others there were noted in words, which the pack leaves out in case they name someone.' : '';
  if (ids.length === 0) return `Who was there when it was agreed was not ticked on the register.${noted}`;
  const people = new Map(ctx.source.records(personType).map((p) => [p.id, p]));
  const named = ids
    .map((id) => people.get(id))
    .map((p) => (p ? nameForPack(p) : null))
    .filter((n): n is string => n !== null)
    .sort((a, b) => compareText(a, b));
  const others = ids.length - named.length;
  const start = capitalise(`${ctx.small.count(ids.length, 'person was', 'people were')} there when it was agreed`);
  if (named.length === 0) return `${start}.${noted}`;
  const rest = others ? ` and ${ctx.small.count(others, 'other person', 'other people')} who ${others === 1 && !ctx.small.hides(others) ? 'is' : 'are'} not named here` : '';
  return `${start}: ${named.join(', ')}${rest}.${noted}`;
}

export const termsPart = documentPart('terms');
export const groundRulesPart = documentPart('ground-rules');

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
