import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addSection, createDocumentFromTemplate, editSectionBody, moveSection, recordDocumentStep, removeDocument, removeSection, renameSection } from '../../../src/core/commands/plan-documents';
import { insertRecord } from '../../../src/core/commands/records';
import { collectionMap, createProjectDoc } from '../../../src/core/doc/project-doc';
import { meetingType } from '../../../src/core/domain/meeting';
import { personType } from '../../../src/core/domain/person';
import { planDocumentType } from '../../../src/core/domain/plan/plan-document';
import { documentSectionType } from '../../../src/core/domain/plan/document-section';
import { currentVersion, versionsInOrder } from '../../../src/core/plan/document-status';
import { GROUND_RULES_TEMPLATE, sectionPrompt, TERMS_TEMPLATE } from '../../../src/core/plan/document-templates';
import { compareVersions, diffWords } from '../../../src/core/plan/version-diff';
import { documentVersions, liveSections, unwrittenSections } from '../../../src/core/read/documents';
import { readRecord } from '../../../src/core/read/records';

const TODAY = '2026-03-02';

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** A project with three meetings and two members. */
function project(guid = 'docs') {
  const doc = createProjectDoc(guid);
  for (const [i, date] of ['2026-01-06', '2026-01-20', '2026-02-03'].entries()) {
    insertRecord(doc, meetingType, { id: `meeting-${i}`, title: `Group meeting ${i + 1}`, date, startTime: '10:00', endTime: '12:00' });
  }
  insertRecord(doc, personType, { id: 'person-0', name: 'Ada Brown', role: 'carer', status: 'active' });
  insertRecord(doc, personType, { id: 'person-1', name: 'Ravi Shah', role: 'professional', status: 'active' });
  return doc;
}

/** Types at the end of a section, as a facilitator would. */
function typeAtEnd(doc: Y.Doc, sectionId: string, text: string) {
  const body = readRecord(doc, documentSectionType, sectionId)!.body;
  return editSectionBody(doc, sectionId, { index: body.length, remove: 0, insert: text });
}

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('terms of reference and ground rules as living documents', () => {
  it('starts from the template as a draft, section by section', () => {
    const doc = project();
    const terms = must(createDocumentFromTemplate(doc, 'terms', { date: '2026-01-06', meetingId: 'meeting-0' }, TODAY));
    const sections = liveSections(doc, terms.id);
    expect(sections.map((s) => s.key)).toEqual(['purpose', 'membership', 'roles', 'decisions', 'confidentiality', 'expenses', 'accessibility', 'ground-rules']);
    expect(collectionMap(doc, 'documentSections').get(sections[0]!.id)!.get('body')).toBeInstanceOf(Y.Text);
    const versions = documentVersions(doc, terms.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ number: 1, status: 'draft', meetingId: 'meeting-0', date: '2026-01-06' });
    expect(versions[0]!.sections).toHaveLength(TERMS_TEMPLATE.sections.length);
    const rules = must(createDocumentFromTemplate(doc, 'ground-rules', {}, TODAY));
    expect(liveSections(doc, rules.id)).toHaveLength(GROUND_RULES_TEMPLATE.sections.length);
    expect(documentVersions(doc, rules.id)[0]!.date).toBe(TODAY);
  });

  it('goes draft → discussed → agreed, with the meeting, date and who was present at each step', () => {
    const doc = project();
    const terms = must(createDocumentFromTemplate(doc, 'terms', { date: '2026-01-06', meetingId: 'meeting-0' }, TODAY));
    expect(recordDocumentStep(doc, { documentId: terms.id, status: 'agreed', date: '2026-01-20', presentNote: '9 members' }, TODAY)).toEqual({
      ok: false,
      message: 'Discuss the draft with the group before you mark it agreed.',
    });
    for (const section of liveSections(doc, terms.id)) must(typeAtEnd(doc, section.id, `Our own words on ${section.heading}.`));
    must(recordDocumentStep(doc, { documentId: terms.id, status: 'discussed', date: '2026-01-20', meetingId: 'meeting-1' }, TODAY));
    expect(recordDocumentStep(doc, { documentId: terms.id, status: 'agreed', date: '2026-02-03', meetingId: 'meeting-2' }, TODAY)).toEqual({
      ok: false,
      message: 'Say who was there when it was agreed: tick their names, or write a short note such as “9 members”.',
    });
    const agreed = must(
      recordDocumentStep(doc, { documentId: terms.id, status: 'agreed', date: '2026-02-03', meetingId: 'meeting-2', presentIds: ['person-0', 'person-1', 'person-0'], presentNote: 'and 2 guests' }, TODAY),
    );
    expect(agreed).toMatchObject({ number: 3, status: 'agreed', meetingId: 'meeting-2', presentIds: ['person-0', 'person-1'], presentNote: 'and 2 guests' });
    const current = currentVersion(documentVersions(doc, terms.id))!;
    expect(current.status).toBe('agreed');
    expect(versionsInOrder(documentVersions(doc, terms.id)).map((v) => `${v.number}:${v.status}:${v.meetingId}`)).toEqual([
      '1:draft:meeting-0',
      '2:discussed:meeting-1',
      '3:agreed:meeting-2',
    ]);
    expect(recordDocumentStep(doc, { documentId: terms.id, status: 'agreed', date: '2026-02-03', presentNote: 'x' }, TODAY)).toEqual({ ok: false, message: 'It is already agreed.' });
    // A living document: reopened as a new draft when the group wants to change it.
    expect(must(recordDocumentStep(doc, { documentId: terms.id, status: 'draft', date: '2026-03-01', note: 'Review after six months' }, TODAY)).number).toBe(4);
  });

  it('shows the terms of reference prompts in the empty boxes and never saves them as the group’s words', () => {
    const doc = project();
    const terms = must(createDocumentFromTemplate(doc, 'terms', { date: '2026-01-06' }, TODAY));
    const sections = liveSections(doc, terms.id);
    expect(sections.every((s) => s.body === '')).toBe(true);
    expect(sections.map((s) => sectionPrompt(terms.template, s.key))).toEqual(TERMS_TEMPLATE.sections.map((s) => s.body));
    expect(unwrittenSections(doc, terms.id)).toHaveLength(sections.length);
    // Ground rules are rules to adopt, not prompts: their words are the document's text from the start.
    const rules = must(createDocumentFromTemplate(doc, 'ground-rules', {}, TODAY));
    expect(liveSections(doc, rules.id).map((s) => s.body)).toEqual(GROUND_RULES_TEMPLATE.sections.map((s) => s.body));
    expect(unwrittenSections(doc, rules.id)).toEqual([]);
  });

  it('will not mark terms agreed while a section holds no words of the group’s own, unless told to', () => {
    const doc = project();
    const terms = must(createDocumentFromTemplate(doc, 'terms', { date: '2026-01-06' }, TODAY));
    const [purpose, membership] = liveSections(doc, terms.id);
    must(typeAtEnd(doc, purpose!.id, 'We meet to make respite better for carers in the villages.'));
    // As a document started before prompts became placeholders: the prompt typed in as text.
    must(typeAtEnd(doc, membership!.id, `  ${TERMS_TEMPLATE.sections[1]!.body}\n`));
    must(recordDocumentStep(doc, { documentId: terms.id, status: 'discussed', date: '2026-01-20' }, TODAY));
    const refused = recordDocumentStep(doc, { documentId: terms.id, status: 'agreed', date: '2026-02-03', presentNote: '9 members' }, TODAY);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain('“Membership”');
    expect(!refused.ok && refused.message).not.toContain('“Purpose”');
    expect(currentVersion(documentVersions(doc, terms.id))!.status).toBe('discussed');
    expect(must(recordDocumentStep(doc, { documentId: terms.id, status: 'agreed', date: '2026-02-03', presentNote: '9 members', agreeUnwritten: true }, TODAY)).status).toBe('agreed');
  });

  it('refuses future dates, dates before the last step, cancelled meetings and unknown people', () => {
    const doc = project();
    const terms = must(createDocumentFromTemplate(doc, 'terms', { date: '2026-01-20' }, TODAY));
    expect(recordDocumentStep(doc, { documentId: terms.id, status: 'discussed', date: '2026-04-01' }, TODAY).ok).toBe(false);
    expect(recordDocumentStep(doc, { documentId: terms.id, status: 'discussed', date: '2026-01-06' }, TODAY)).toEqual({
      ok: false,
      message: 'This step cannot be dated before the last one (2026-01-20).',
    });
    expect(recordDocumentStep(doc, { documentId: terms.id, status: 'discussed', date: 'soon' }, TODAY)).toEqual({ ok: false, message: 'Choose the date it happened, like 2026-03-24.' });
    const cancelled = must(insertRecord(doc, meetingType, { title: 'Off', date: '2026-02-10', startTime: '10:00', endTime: '11:00', cancelled: true }));
    expect(recordDocumentStep(doc, { documentId: terms.id, status: 'discussed', date: '2026-02-10', meetingId: cancelled.id }, TODAY)).toEqual({
      ok: false,
      message: 'That meeting was cancelled. Choose the meeting where it happened.',
    });
    must(recordDocumentStep(doc, { documentId: terms.id, status: 'discussed', date: '2026-02-10' }, TODAY));
    expect(recordDocumentStep(doc, { documentId: terms.id, status: 'agreed', date: '2026-02-11', presentIds: ['ghost'], agreeUnwritten: true }, TODAY).ok).toBe(false);
    expect(documentVersions(doc, terms.id)).toHaveLength(2);
  });

  it('keeps a copy of every section at each step and shows what changed between versions', () => {
    const doc = project();
    const terms = must(createDocumentFromTemplate(doc, 'terms', { date: '2026-01-06' }, TODAY));
    const [purpose, membership, roles] = liveSections(doc, terms.id);
    must(editSectionBody(doc, purpose!.id, { index: 0, remove: purpose!.body.length, insert: 'We meet to make respite better for carers in the villages.' }));
    must(renameSection(doc, membership!.id, 'Who is in the group'));
    must(removeSection(doc, roles!.id));
    const added = must(addSection(doc, terms.id, 'Review'));
    must(typeAtEnd(doc, added.id, 'We look at these terms again after six months.'));
    must(recordDocumentStep(doc, { documentId: terms.id, status: 'discussed', date: '2026-01-20' }, TODAY));
    const [v1, v2] = versionsInOrder(documentVersions(doc, terms.id));
    const changes = compareVersions(v1!.sections, v2!.sections);
    const byId = new Map(changes.map((c) => [c.id, c]));
    expect(byId.get(purpose!.id)!.kind).toBe('changed');
    expect(byId.get(purpose!.id)!.words.some((w) => w.kind === 'added' && w.text.includes('respite'))).toBe(true);
    expect(byId.get(membership!.id)).toMatchObject({ kind: 'changed', previousHeading: 'Membership', heading: 'Who is in the group' });
    expect(byId.get(roles!.id)!.kind).toBe('removed');
    expect(byId.get(added.id)!.kind).toBe('added');
    expect(changes.filter((c) => c.kind === 'same')).toHaveLength(5);
  });

  it('compares text word by word', () => {
    expect(diffWords('We meet every month in the hall.', 'We meet every second Tuesday in the library.')).toEqual([
      { kind: 'same', text: 'We meet every ' },
      { kind: 'removed', text: 'month ' },
      { kind: 'added', text: 'second Tuesday ' },
      { kind: 'same', text: 'in the ' },
      { kind: 'removed', text: 'hall.' },
      { kind: 'added', text: 'library.' },
    ]);
    expect(diffWords('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
    expect(diffWords('Same', 'Same')).toEqual([{ kind: 'same', text: 'Same' }]);
  });

  it('puts aside a second copy started on another device, leaving the first', () => {
    const doc = project();
    const first = must(createDocumentFromTemplate(doc, 'terms', {}, TODAY));
    const second = must(createDocumentFromTemplate(doc, 'terms', {}, TODAY));
    must(removeDocument(doc, second.id));
    expect(readRecord(doc, planDocumentType, second.id)?.archived).toBe(true);
    expect(readRecord(doc, planDocumentType, first.id)?.archived).toBeUndefined();
    expect(recordDocumentStep(doc, { documentId: second.id, status: 'discussed', date: TODAY }, TODAY)).toEqual({ ok: false, message: 'That document is no longer here.' });
  });

  it('reorders sections with move up and move down', () => {
    const doc = project();
    const rules = must(createDocumentFromTemplate(doc, 'ground-rules', {}, TODAY));
    const sections = liveSections(doc, rules.id);
    must(moveSection(doc, sections[2]!.id, -1));
    expect(liveSections(doc, rules.id).map((s) => s.key)).toEqual(['respect', 'plain-words', 'listening', 'stories', 'who-we-are', 'inclusive-words', 'wellbeing']);
  });

  it('cleans pasted rich text, keeps emoji and right-to-left text, and refuses a section that grows too long', () => {
    const doc = project();
    const rules = must(createDocumentFromTemplate(doc, 'ground-rules', {}, TODAY));
    const section = liveSections(doc, rules.id)[0]!;
    must(editSectionBody(doc, section.id, { index: 0, remove: section.body.length, insert: 'Be kind\u200b 🌻\r\nنحترم بعضنا\u0000' }));
    expect(readRecord(doc, documentSectionType, section.id)!.body).toBe('Be kind 🌻\nنحترم بعضنا');
    const tooLong = editSectionBody(doc, section.id, { index: 0, remove: 0, insert: 'x'.repeat(10_001) });
    expect(tooLong).toEqual({ ok: false, message: 'Section text is too long: keep it to 10,000 characters or fewer.' });
    expect(readRecord(doc, documentSectionType, section.id)!.body).toBe('Be kind 🌻\nنحترم بعضنا');
    expect(addSection(doc, rules.id, '   ')).toEqual({ ok: false, message: 'Section heading cannot be empty.' });
  });

  it('keeps both edits when two facilitators change different sections offline', () => {
    const a = project('shared-doc');
    const terms = must(createDocumentFromTemplate(a, 'terms', { date: '2026-01-06' }, TODAY));
    const b = new Y.Doc({ guid: 'shared-doc' });
    sync(a, b);
    const [purpose, membership] = liveSections(a, terms.id);
    // Offline: each facilitator rewrites a different section.
    must(editSectionBody(a, purpose!.id, { index: 0, remove: purpose!.body.length, insert: 'Purpose written on the first tablet.' }));
    must(editSectionBody(b, membership!.id, { index: 0, remove: membership!.body.length, insert: 'Membership written on the second tablet.' }));
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readRecord(doc, documentSectionType, purpose!.id)!.body).toBe('Purpose written on the first tablet.');
      expect(readRecord(doc, documentSectionType, membership!.id)!.body).toBe('Membership written on the second tablet.');
    }
  });

  it('merges the text when two facilitators edit the same section offline', () => {
    const a = project('shared-section');
    const rules = must(createDocumentFromTemplate(a, 'ground-rules', {}, TODAY));
    const section = liveSections(a, rules.id)[0]!;
    must(editSectionBody(a, section.id, { index: 0, remove: section.body.length, insert: 'We listen. We are kind.' }));
    const b = new Y.Doc({ guid: 'shared-section' });
    sync(a, b);
    // Offline: one adds a sentence at the start, the other at the end, and a heading change too.
    must(editSectionBody(a, section.id, { index: 0, remove: 0, insert: 'Phones on silent. ' }));
    must(typeAtEnd(b, section.id, ' We start on time.'));
    must(renameSection(b, section.id, 'How we behave'));
    sync(a, b);
    const expected = 'Phones on silent. We listen. We are kind. We start on time.';
    expect(readRecord(a, documentSectionType, section.id)!.body).toBe(expected);
    expect(readRecord(b, documentSectionType, section.id)!.body).toBe(expected);
    expect(readRecord(a, documentSectionType, section.id)!.heading).toBe('How we behave');
  });

  it('keeps both steps when two devices record a step at the same time', () => {
    const a = project('shared-steps');
    const terms = must(createDocumentFromTemplate(a, 'terms', { date: '2026-01-06' }, TODAY));
    const b = new Y.Doc({ guid: 'shared-steps' });
    sync(a, b);
    must(recordDocumentStep(a, { documentId: terms.id, status: 'discussed', date: '2026-01-20', meetingId: 'meeting-1' }, TODAY));
    must(recordDocumentStep(b, { documentId: terms.id, status: 'discussed', date: '2026-01-20' }, TODAY));
    sync(a, b);
    expect(documentVersions(a, terms.id)).toHaveLength(3);
    expect(currentVersion(documentVersions(a, terms.id))!.id).toBe(currentVersion(documentVersions(b, terms.id))!.id);
    expect(currentVersion(documentVersions(a, terms.id))!.status).toBe('discussed');
  });
});
