import { describe, expect, it } from 'vitest';
import { addAction, removeAction, setActionDone } from '../../../src/core/commands/meeting-day-during';
import { meetingType } from '../../../src/core/domain/meeting';
import { actionType } from '../../../src/core/domain/meeting-day/action';
import { personType } from '../../../src/core/domain/person';
import { openActionCounts, openActions, openActionsByOwner } from '../../../src/core/meetings/open-actions';
import { readAll } from '../../../src/core/read/records';
import { addMeeting, addPerson, projectDoc } from './fixtures';

const TODAY = '2026-04-01';

function project() {
  const doc = projectDoc();
  addMeeting(doc, { id: 'm1', date: '2026-03-03', title: 'March' });
  addMeeting(doc, { id: 'm2', date: '2026-03-17', title: 'Later March' });
  addPerson(doc, { id: 'zoe', name: 'Zoe' });
  addPerson(doc, { id: 'amy', name: 'Amy' });
  const id = (r: ReturnType<typeof addAction>) => (r.ok ? r.value.id : '');
  const ids = {
    late: id(addAction(doc, 'm1', { what: 'Book the hall', ownerPersonId: 'zoe', due: '2026-03-20' })),
    soon: id(addAction(doc, 'm2', { what: 'Write to the council', ownerPersonId: 'amy', due: '2026-04-10' })),
    undated: id(addAction(doc, 'm2', { what: 'Ask about parking', ownerPersonId: 'zoe' })),
    done: id(addAction(doc, 'm1', { what: 'Send the notes', ownerPersonId: 'amy', due: '2026-03-05' })),
    gone: id(addAction(doc, 'm1', { what: 'Removed one', ownerPersonId: 'amy', due: '2026-03-05' })),
  };
  setActionDone(doc, ids.done, true, '2026-03-06');
  removeAction(doc, ids.gone);
  return doc;
}

const read = (doc: ReturnType<typeof projectDoc>) => openActions(readAll(doc, actionType), readAll(doc, meetingType), readAll(doc, personType), TODAY);

describe('open actions across meetings', () => {
  it('lists every open action by due date, undated last, with overdue ones marked', () => {
    const open = read(project());
    expect(open.map((o) => `${o.action.what}${o.overdue ? ' (overdue)' : ''} — ${o.owner?.name} — ${o.meeting?.title}`)).toEqual([
      'Book the hall (overdue) — Zoe — March',
      'Write to the council — Amy — Later March',
      'Ask about parking — Zoe — Later March',
    ]);
  });

  it('groups them by person, by name, keeping the date order and counting overdue ones', () => {
    const groups = openActionsByOwner(read(project()));
    expect(groups.map((g) => [g.owner?.name, g.actions.map((a) => a.action.what), g.overdue])).toEqual([
      ['Amy', ['Write to the council'], 0],
      ['Zoe', ['Book the hall', 'Ask about parking'], 1],
    ]);
  });

  it('counts open and overdue actions for the dashboard, and a done one drops out', () => {
    const doc = project();
    expect(openActionCounts(readAll(doc, actionType), TODAY)).toEqual({ open: 3, overdue: 1 });
    const late = read(doc)[0]!.action.id;
    setActionDone(doc, late, true, TODAY);
    expect(openActionCounts(readAll(doc, actionType), TODAY)).toEqual({ open: 2, overdue: 0 });
    expect(read(doc).map((o) => o.action.what)).not.toContain('Book the hall');
  });
});
