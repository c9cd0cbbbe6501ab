import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { markAttendance } from '../../../src/core/commands/attendance';
import { addAction, recordDecision, setActionDone, startNotes, startReflection } from '../../../src/core/commands/meeting-day-during';
import { scheduleMeeting } from '../../../src/core/commands/meeting-day-meetings';
import { initialiseProject } from '../../../src/core/commands/project';
import { recordConsent } from '../../../src/core/commands/team-consent';
import { addMember } from '../../../src/core/commands/team-members';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import { makePack } from '../../../src/core/pack/build';
import { packContextFromDoc } from '../../../src/core/pack/from-doc';
import { defaultPackOptions, type PackOptions } from '../../../src/core/pack/options';
import { packZip } from '../../../src/core/pack/zip';
import { csvRows, mentions } from './pack-checks';

const AS_OF = '2026-06-30';

/** A held meeting with notes, a decision, two actions and a closing round, written through the commands. */
function project() {
  const doc = createProjectDoc('p-record');
  initialiseProject(doc, { name: 'Riverside carers' });
  const member = (name: string) => {
    const added = addMember(doc, { name, role: 'carer', status: 'active' }, '2026-01-01');
    if (!added.ok) throw new Error(added.message);
    return added.value.id;
  };
  const hidden = member('Perpetua Fairweather');
  const named = member('Cosimo Abernethy');
  recordConsent(doc, named, 'namedInPack', { given: true, date: '2026-01-02' });
  const meeting = scheduleMeeting(doc, { title: 'June meeting', date: '2026-06-09', startTime: '10:00', endTime: '12:00' });
  if (!meeting.ok) throw new Error(meeting.message);
  const m = meeting.value.id;
  markAttendance(doc, m, hidden, 'present');
  markAttendance(doc, m, named, 'present');
  startNotes(doc, m, 'We talked about the respite budget.\n\nPerpetua said the bus was late again.');
  recordDecision(doc, m, { text: 'Meet at the library from September', method: 'consensus', ladder: 'co-produced' });
  addAction(doc, m, { what: 'Book the library room', ownerPersonId: hidden, due: '2026-07-01' });
  const done = addAction(doc, m, { what: 'Write to the council', ownerPersonId: named, due: '2026-06-20' });
  if (done.ok) setActionDone(doc, done.value.id, true, '2026-06-15');
  startReflection(doc, m, 'wentWell', 'Everyone had a say today.');
  startReflection(doc, m, 'couldBeBetter', 'Shorter breaks.');
  return doc;
}

async function files(options: PackOptions): Promise<Record<string, string>> {
  const made = await makePack(packContextFromDoc(project(), options, AS_OF)!, { withFiles: true });
  return Object.fromEntries(Object.entries(unzipSync(packZip(made, 'test'))).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('the meeting record in the project pack', () => {
  it('holds each meeting’s notes, decisions and how, actions with owner and date, and closing words for the group', async () => {
    const pack = await files(defaultPackOptions('group'));
    const report = pack['report.html']!;
    expect(report).toContain('Meeting record');
    expect(report).toContain('We talked about the respite budget.');
    expect(report).toContain('Meet at the library from September (by consensus)');
    expect(report).toContain('Everyone had a say today.');
    expect(report).toContain('Shorter breaks.');
    const rows = csvRows(pack['actions.csv']!);
    expect(rows[0]).toEqual(['Meeting date', 'Meeting', 'What', 'Who', 'By when', 'Done', 'Date done']);
    expect(rows.slice(1).map((r) => [r[2], r[3], r[4], r[5], r[6]])).toEqual([
      ['Book the library room', 'a member', '2026-07-01', 'No', ''],
      ['Write to the council', 'Cosimo Abernethy', '2026-06-20', 'Yes', '2026-06-15'],
    ]);
  });

  it('names nobody who did not agree, in any file, even where the notes typed their name', async () => {
    for (const audience of ['group', 'partners'] as const) {
      const options = defaultPackOptions(audience);
      options.include.wordsMeetingRecord = true;
      for (const [name, text] of Object.entries(await files(options))) {
        expect({ name, hidden: mentions(text, 'Perpetua') || mentions(text, 'Fairweather') }).toEqual({ name, hidden: false });
      }
    }
  });

  it('gives partners and funders no words and no actions file unless ticked: only counts', async () => {
    const pack = await files(defaultPackOptions('partners'));
    expect(pack['actions.csv']).toBeUndefined();
    const report = pack['report.html']!;
    expect(report).toContain('What was written at each meeting');
    for (const words of ['respite budget', 'library room', 'Everyone had a say', 'Shorter breaks']) expect(report).not.toContain(words);
  });
});
