import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/core/i18n/instance';
import { readCatalogue } from '../../../build/catalogue';
import { markAttendance } from '../../../src/core/commands/attendance';
import { addAgendaItem } from '../../../src/core/commands/meeting-day-before';
import { recordDecision } from '../../../src/core/commands/meeting-day-during';
import { scheduleMeeting } from '../../../src/core/commands/meeting-day-meetings';
import { LADDER_LABELS } from '../../../src/core/domain/meeting-day/decision';
import { setFormatLocale } from '../../../src/core/format/intl';
import { papersDue } from '../../../src/core/meetings/papers';
import { needsSummary } from '../../../src/core/meetings/unmet-needs';
import { voteSummary } from '../../../src/core/meetings/votes';
import { addMeeting, addPerson, meeting, person, projectDoc } from './fixtures';

/** The app's own switch, as src/i18n does it: the compiled catalogue, then the formatters. */
function speak(tag: 'en' | 'cy') {
  i18n.activate(tag);
  setFormatLocale(tag === 'cy' ? 'cy-GB' : 'en-GB');
}

describe('meetings in Welsh', () => {
  beforeAll(async () => {
    i18n.load('cy', await readCatalogue(join(import.meta.dirname, '../../../src/i18n/locales/cy.po'), { sourceLocale: 'en' }));
  });
  afterEach(() => speak('en'));

  it('says why a command refused in the language chosen when it failed', () => {
    const doc = projectDoc();
    const details = { title: 'Grŵp', date: '', startTime: '10:00', endTime: '12:00' };
    expect(scheduleMeeting(doc, details)).toEqual({ ok: false, message: 'Choose a date for the meeting.' });
    speak('cy');
    expect(scheduleMeeting(doc, details)).toEqual({ ok: false, message: 'Dewiswch ddyddiad ar gyfer y cyfarfod.' });
  });

  it('makes validation messages when the error happens, not when the schema loads', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    speak('cy');
    expect(addAgendaItem(doc, 'm1', { title: 'Croeso', minutes: 0 })).toEqual({ ok: false, message: 'Mae angen o leiaf 1 munud ar eitem agenda.' });
    speak('en');
    expect(addAgendaItem(doc, 'm1', { title: 'Welcome', minutes: 0 })).toEqual({ ok: false, message: 'An agenda item needs at least 1 minute.' });
  });

  it('counts votes and people with every Welsh plural form', () => {
    speak('cy');
    const summaries = [0, 1, 2, 3, 6, 7].map((abstentions) => voteSummary({ votesFor: 5, votesAgainst: 1, abstentions }));
    expect(summaries).toEqual([0, 1, 2, 3, 6, 7].map((n) => `Cytunwyd: 5 o blaid, 1 yn erbyn, ${n} ymataliad.`));
    const people = [1, 2].map((n) => person(`p${n}`, { inclusion: { accessNeeds: ['hearing-loop'] } }));
    expect(needsSummary(people.slice(0, 1))[0]!.message).toBe('Mae angen dolen sain ar 1 person.');
    expect(needsSummary(people)[0]!.message).toBe('Mae angen dolen sain ar 2 o bobl.');
  });

  it('refuses an impossible vote in Welsh, naming how many are present', () => {
    const doc = projectDoc();
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    for (const id of ['a', 'b']) {
      addPerson(doc, { id, name: id });
      markAttendance(doc, 'm1', id, 'present');
    }
    speak('cy');
    const result = recordDecision(doc, 'm1', { text: 'Llyfrgell', method: 'vote', votes: { votesFor: 3, votesAgainst: 0, abstentions: 0 } });
    expect(result).toEqual({
      ok: false,
      message:
        'Mae hynny’n gwneud 3 pleidlais, ond dim ond 2 o bobl sydd wedi’u marcio’n bresennol. Gwiriwch y cyfrifon, neu marciwch bawb sydd yma ar y gofrestr yn gyntaf.',
    });
  });

  it('reads labels defined once (the ladder) in the language chosen when they are read', () => {
    expect(LADDER_LABELS['co-produced']).toBe('Co-produced');
    speak('cy');
    expect(LADDER_LABELS['co-produced']).toBe('Cyd-gynhyrchu');
  });

  it('says when papers are due with the days in Welsh words', () => {
    speak('cy');
    const due = papersDue({
      today: '2026-03-09',
      now: '09:00',
      meetings: [meeting('m', '2026-03-10', { title: 'Cyfarfod Mawrth' })],
      papers: [],
      sends: [],
      people: [],
      attendance: [],
    });
    expect(due[0]!.message).toBe('Mae Cyfarfod Mawrth yfory ac nid oes ganddo bapurau eto. Ychwanegwch yr agenda a’i hanfon allan.');
  });
});
