import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { pastDatesMessage } from '../../../src/core/commands/meeting-series';
import { addActivity, addAim, addMeasure, addObjective, addOutcome, addStarterOutcome } from '../../../src/core/commands/plan-aims';
import { createDocumentFromTemplate, recordDocumentStep } from '../../../src/core/commands/plan-documents';
import { addStarterRisks } from '../../../src/core/commands/plan-risks';
import { addValue, startDefinition } from '../../../src/core/commands/plan-statement';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { measureType } from '../../../src/core/domain/plan/measure';
import { objectiveType } from '../../../src/core/domain/plan/objective';
import { outcomeType } from '../../../src/core/domain/plan/outcome';
import { riskType } from '../../../src/core/domain/plan/risk';
import { STAGE_LABELS } from '../../../src/core/domain/plan/stage';
import { setFormatLocale } from '../../../src/core/format/intl';
import { i18n } from '../../../src/core/i18n/instance';
import { DOCUMENT_TEMPLATES } from '../../../src/core/plan/document-templates';
import { readinessReading } from '../../../src/core/plan/readiness';
import { STARTER_AIM, STARTER_OUTCOMES } from '../../../src/core/plan/starter-outcomes';
import { STARTER_RISKS } from '../../../src/core/plan/starter-risks';
import { DEFINITION_SUGGESTIONS, PRINCIPLE_SETS, VALUE_SUGGESTIONS } from '../../../src/core/plan/suggestions';
import { liveSections } from '../../../src/core/read/documents';
import { readAll } from '../../../src/core/read/records';

const TODAY = '2026-03-02';

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function speak(language: 'en' | 'cy') {
  i18n.activate(language);
  setFormatLocale(language === 'cy' ? 'cy-GB' : 'en-GB');
}

/** Every word of the plan's starting texts, in the language active now. */
function starterWords(): string[] {
  return [
    ...STARTER_OUTCOMES.flatMap((s) => [s.label, s.title, ...s.measures.map((m) => m.text), ...s.objectives]),
    STARTER_AIM.title,
    STARTER_AIM.credit,
    ...STARTER_RISKS.flatMap((r) => [r.what, r.response, r.warningSign]),
    ...Object.values(DOCUMENT_TEMPLATES).flatMap((t) => [t.title, t.credit, ...t.sections.flatMap((s) => [s.heading, s.body])]),
    ...DEFINITION_SUGGESTIONS.map((s) => s.text),
    ...VALUE_SUGGESTIONS.flatMap((v) => [v.name, v.meaning]),
    ...PRINCIPLE_SETS.flatMap((set) => [set.source, ...set.values.flatMap((v) => [v.name, v.meaning])]),
  ];
}

describe('the plan in Welsh', () => {
  beforeAll(async () => {
    const { messages } = await import('../../../src/i18n/locales/cy.po');
    i18n.load('cy', messages);
  });
  afterEach(() => speak('en'));

  it('has every starting text in Welsh, and each is made when it is read, not when the app loaded', () => {
    const english = starterWords();
    speak('cy');
    const welsh = starterWords();
    expect(welsh).toHaveLength(english.length);
    welsh.forEach((words, i) => {
      expect(words.trim(), english[i]).not.toBe('');
      expect(words, `still English: ${english[i]}`).not.toBe(english[i]);
    });
    speak('en');
    expect(starterWords()).toEqual(english);
  });

  it('stores what a Welsh-speaking group adopts in Welsh, and keeps those words when the app goes back to English', () => {
    speak('cy');
    const doc = createProjectDoc('plan-cy-1');
    const aim = must(addAim(doc, { title: 'Gofalwyr a’r cyngor yn ailgynllunio seibiant gyda’i gilydd' }));
    for (const starter of STARTER_OUTCOMES) must(addStarterOutcome(doc, aim.id, starter.key));
    must(
      addStarterRisks(
        doc,
        STARTER_RISKS.map((r) => r.key),
      ),
    );
    const terms = must(createDocumentFromTemplate(doc, 'terms', {}, TODAY));
    must(startDefinition(doc, DEFINITION_SUGGESTIONS[0]!.text));
    for (const value of VALUE_SUGGESTIONS) must(addValue(doc, { name: value.name, meaning: value.meaning, suggestion: value.key }));
    const welsh = new Set(starterWords());
    const stored = () => [
      ...readAll(doc, outcomeType).map((o) => o.title),
      ...readAll(doc, measureType).map((m) => m.text),
      ...readAll(doc, objectiveType).map((o) => o.title),
      ...readAll(doc, riskType).flatMap((r) => [r.what, r.response ?? '', r.warningSign ?? '']),
      ...liveSections(doc, terms.id).map((s) => s.heading),
    ];
    // The terms of reference hold prompts, shown in the empty boxes: nothing of them is stored.
    expect(liveSections(doc, terms.id).every((s) => s.body === '')).toBe(true);
    const inWelsh = stored();
    expect(inWelsh.length).toBeGreaterThan(40);
    for (const words of inWelsh) expect(welsh.has(words), words).toBe(true);
    expect(liveSections(doc, terms.id)[0]!.heading).toBe('Diben');

    speak('en');
    expect(stored()).toEqual(inWelsh);
  });

  it('refuses in the language chosen when the refusal happens, and writes nothing', () => {
    const doc = createProjectDoc('plan-cy-2');
    const outcome = must(addOutcome(doc, must(addAim(doc, { title: 'Nod' })).id, { title: 'Canlyniad' }));
    const objective = must(addObjective(doc, outcome.id, { title: 'Amcan' }));
    const terms = must(createDocumentFromTemplate(doc, 'terms', {}, TODAY));
    const attempts = () => [
      addMeasure(doc, outcome.id, { kind: 'poll' as never, text: 'x' }),
      addActivity(doc, objective.id, { title: 'Rhy hwyr', due: '2026-01-01' }, TODAY),
      addActivity(doc, 'no-such-objective', { title: 'Ar goll' }, TODAY),
      recordDocumentStep(doc, { documentId: terms.id, status: 'agreed', date: TODAY }, TODAY),
    ];
    const before = Y.encodeStateVector(doc);
    const english = attempts().map((r) => (r.ok ? '' : r.message));
    speak('cy');
    const welsh = attempts().map((r) => (r.ok ? '' : r.message));
    expect(welsh).toEqual([
      'Dewiswch gwestiwn, cyfrif neu sylw.',
      'Mae’r dyddiad hwnnw wedi mynd heibio’n barod. Dewiswch heddiw neu ddyddiad hwyrach.',
      'Nid yw’r amcan hwnnw yma mwyach, felly does dim modd ychwanegu’r gweithgaredd ato.',
      'Trafodwch y drafft gyda’r grŵp cyn i chi nodi ei bod wedi’i chytuno.',
    ]);
    speak('en');
    expect(attempts().map((r) => (r.ok ? '' : r.message))).toEqual(english);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('uses the Welsh form for each count, and Welsh words for labels and readings', () => {
    speak('cy');
    const past = ['2026-02-03', '2026-02-17'];
    expect(pastDatesMessage({ dates: [...past, '2026-03-03'], past })).toMatch(/^Mae’r ddau ddyddiad cyntaf \(.+ i .+\) yn y gorffennol\./);
    expect(STAGE_LABELS.reflecting).toBe('Myfyrio a dysgu');
    expect(readinessReading({ flexibility: 'no', need: 'yes' }).headline).toBe(
      'Meddyliwch yn ofalus cyn i chi ddechrau. Nid yw rhai o hanfodion cyd-gynhyrchu yn eu lle eto. Mae 3 chwestiwn ar ôl i’w hateb.',
    );
    expect(readinessReading({ flexibility: 'no' }).headline).toMatch(/Mae 4 cwestiwn ar ôl i’w hateb\.$/);
  });
});
