import type { MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { meetingType } from '../../domain/meeting';
import { personType } from '../../domain/person';
import { documentSectionType } from '../../domain/plan/document-section';
import { DOCUMENT_STATUS_LABELS, documentVersionType, type DocumentVersion } from '../../domain/plan/document-version';
import { DOCUMENT_KIND_LABELS, planDocumentType, type DocumentKind } from '../../domain/plan/plan-document';
import { compareText } from '../../format/intl';
import { versionsInOrder } from '../../plan/document-status';
import { hasOwnWords } from '../../plan/document-templates';
import { nameForPack } from '../../team/naming';
import { capitalise, compareCodes, shortDate } from '../format';
import { mayInclude, type SensitiveChoice } from '../options';
import type { PackContext, PackPart } from '../part';
import type { ReportBlock } from '../report';
import { OTHER_PEOPLE, type Counted } from '../small-groups';

const SECTION_IDS: Record<DocumentKind, string> = { terms: 'terms', 'ground-rules': 'ground-rules' };
const WORDS: Record<DocumentKind, SensitiveChoice> = { terms: 'wordsTerms', 'ground-rules': 'wordsGroundRules' };
const TITLES: Record<DocumentKind, MessageDescriptor> = { terms: msg`Terms of reference`, 'ground-rules': msg`Ground rules` };

/** "12 people were there", "fewer than 5 people were there". */
const PEOPLE_THERE: Counted = {
  exact: (n) => msg`${plural(n, { one: '# person was', other: '# people were' })} there when it was agreed`,
  fewer: (threshold) => msg`fewer than ${threshold} people were there when it was agreed`,
};

/**
 * One of the group's living documents: the version it last agreed (or, if it has not agreed
 * one yet, the current draft, marked as a draft), how it got there, and how many people were
 * present when it was agreed. Names of those present appear only with their consent.
 */
function documentPart(kind: DocumentKind): PackPart {
  return {
    id: SECTION_IDS[kind],
    title: TITLES[kind],
    sensitive: [WORDS[kind]],
    section(ctx) {
      const { source, i18n } = ctx;
      const title = i18n._(TITLES[kind]);
      const document = source
        .records(planDocumentType)
        .filter((d) => d.kind === kind)
        .sort((a, b) => compareCodes(a.createdAt, b.createdAt) || compareCodes(a.id, b.id))[0];
      if (!document) return null;
      const versions = versionsInOrder(source.records(documentVersionType).filter((v) => v.documentId === document.id));
      const agreed = versions.filter((v) => v.status === 'agreed').at(-1);
      const current = versions.at(-1);
      const meetings = new Map(source.records(meetingType).map((m) => [m.id, m]));
      const meetingOf = (v: DocumentVersion) => (v.meetingId ? meetings.get(v.meetingId)?.title : undefined);

      let sections: { heading: string; body: string }[];
      const blocks: ReportBlock[] = [];
      if (agreed) {
        sections = agreed.sections;
        const day = shortDate(agreed.date);
        const version = agreed.number;
        const meeting = meetingOf(agreed);
        blocks.push({
          kind: 'paragraph',
          text: meeting ? i18n._(msg`Agreed on ${day} at ${meeting} (version ${version}).`) : i18n._(msg`Agreed on ${day} (version ${version}).`),
        });
        if (current && current !== agreed && current.status !== 'agreed') {
          const step = DOCUMENT_STATUS_LABELS[current.status].toLowerCase();
          const since = shortDate(current.date);
          blocks.push({
            kind: 'note',
            text: i18n._(msg`Since then the group has reopened it for changes (${step} on ${since}). This is the version it agreed.`),
          });
        }
      } else {
        const live = source
          .records(documentSectionType)
          .filter((s) => s.documentId === document.id)
          .sort((a, b) => a.order - b.order || compareCodes(a.createdAt, b.createdAt));
        sections = live.length ? live : (current?.sections ?? []);
        if (sections.every((s) => !hasOwnWords(s.body, document.template))) return null;
        blocks.push({ kind: 'note', text: current ? draftNote(ctx, current, meetingOf(current)) : i18n._(msg`DRAFT: the group has not agreed this yet.`) });
      }
      const own = document.title.trim();
      if (own && own !== title && own !== DOCUMENT_KIND_LABELS[kind]) blocks.unshift({ kind: 'heading', text: document.title });

      // A section holding only its template's prompt is not the group's words: never printed as agreed terms.
      const written = sections.filter((s) => hasOwnWords(s.body, document.template));
      const unwritten = sections.length - written.length;
      if (mayInclude(ctx.options, WORDS[kind])) for (const s of written) blocks.push({ kind: 'words', label: s.heading, text: s.body });
      else {
        blocks.push({ kind: 'paragraph', text: i18n._(msg`What it covers:`) });
        blocks.push({ kind: 'list', items: written.map((s) => s.heading) });
        blocks.push({ kind: 'note', text: i18n._(msg`The wording of each section is left out of this pack, because it is in the group’s own words.`) });
      }

      if (unwritten)
        blocks.push({
          kind: 'note',
          text: i18n._(msg`${plural(unwritten, { one: '# section has', other: '# sections have' })} no words of the group’s own yet, so it is left out here.`),
        });
      if (agreed) blocks.push({ kind: 'paragraph', text: presentWhenAgreed(ctx, agreed) });
      if (versions.length) {
        blocks.push({
          kind: 'table',
          caption: i18n._(msg`How it was agreed`),
          columns: [
            { label: i18n._(msg`Version`) },
            { label: i18n._(msg({ message: 'Step', comment: 'Heading of a table column: drafted, discussed or agreed' })) },
            { label: i18n._(msg`Date`), short: true },
            { label: i18n._(msg`Meeting`) },
            { label: i18n._(msg`People there`), numeric: true },
          ],
          rows: versions.map((v) => [
            String(v.number),
            DOCUMENT_STATUS_LABELS[v.status],
            shortDate(v.date),
            meetingOf(v) || '–',
            v.status === 'agreed' && v.presentIds?.length ? String(ctx.small.cell(v.presentIds.length)) : '–',
          ]),
        });
      }
      if (document.template)
        blocks.push({
          kind: 'credit',
          text: i18n._(msg`Started from a template based on the West Berkshire “How to do co-production” resource, and written by the group.`),
        });
      return { id: SECTION_IDS[kind], title, blocks };
    },
  };
}

/** "DRAFT: the group has not agreed this yet. It was last discussed on 3 Mar 2026 at Meeting 2." */
function draftNote(ctx: PackContext, current: DocumentVersion, meeting: string | undefined): string {
  const { i18n } = ctx;
  const day = shortDate(current.date);
  if (current.status === 'draft') {
    return meeting
      ? i18n._(msg`DRAFT: the group has not agreed this yet. It was last drafted on ${day} at ${meeting}.`)
      : i18n._(msg`DRAFT: the group has not agreed this yet. It was last drafted on ${day}.`);
  }
  return meeting
    ? i18n._(msg`DRAFT: the group has not agreed this yet. It was last discussed on ${day} at ${meeting}.`)
    : i18n._(msg`DRAFT: the group has not agreed this yet. It was last discussed on ${day}.`);
}

/** "Agreed by 12 people on the register: Ann, Bo and 10 others who chose not to be named." */
function presentWhenAgreed(ctx: PackContext, version: DocumentVersion): string {
  const { i18n } = ctx;
  const ids = version.presentIds ?? [];
  // A note typed at the time may name people who did not agree to be named, so it never goes in the pack.
  const noted = version.presentNote?.trim() ? i18n._(msg`Others there were noted in words, which the pack leaves out in case they name someone.`) : '';
  const withNote = (sentence: string) => (noted ? i18n._(msg({ message: `${sentence} ${noted}`, comment: 'Two sentences, one after the other' })) : sentence);
  if (ids.length === 0) return withNote(i18n._(msg`Who was there when it was agreed was not ticked on the register.`));
  const people = new Map(ctx.source.records(personType).map((p) => [p.id, p]));
  const named = ids
    .map((id) => people.get(id))
    .map((p) => (p ? nameForPack(p) : null))
    .filter((n): n is string => n !== null)
    .sort((a, b) => compareText(a, b));
  const others = ids.length - named.length;
  const start = capitalise(ctx.small.count(ids.length, PEOPLE_THERE));
  if (named.length === 0) return withNote(i18n._(msg({ message: `${start}.`, comment: 'A sentence made of one phrase' })));
  const names = named.join(', ');
  if (!others) return withNote(i18n._(msg`${start}: ${names}.`));
  const rest = ctx.small.count(others, OTHER_PEOPLE);
  return withNote(
    others === 1 && !ctx.small.hides(others)
      ? i18n._(msg`${start}: ${names} and ${rest} who is not named here.`)
      : i18n._(msg`${start}: ${names} and ${rest} who are not named here.`),
  );
}

export const termsPart = documentPart('terms');
export const groundRulesPart = documentPart('ground-rules');
