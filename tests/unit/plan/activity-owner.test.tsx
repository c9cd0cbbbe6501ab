import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { createProjectDoc } from '../../../src/core/doc/project-doc';
import type { Person } from '../../../src/core/domain/person';
import type { Activity } from '../../../src/core/domain/plan/activity';
import type { ProjectSession } from '../../../src/core/projects/project-session';
import { ActivityForm } from '../../../src/features/plan/ActivityForm';
import { SessionContext } from '../../../src/state/project-context';

const person = (id: string, name: string, status: Person['status'], guest = false) =>
  ({ id, name, status, role: 'carer', v: 1, createdAt: '2026-01-01T09:00:00.000Z', ...(guest ? { guest } : {}) }) as Person;

const people = [person('p-ann', 'Ann Left', 'left'), person('p-bob', 'Bob Active', 'active'), person('p-cai', 'Cai Walk-in', 'active', true)];

function ownerChoices(activity?: Activity): { value: string; label: string; selected: boolean }[] {
  const session = { projectId: 'p', doc: createProjectDoc('p') } as unknown as ProjectSession;
  const html = render(
    <SessionContext.Provider value={session}>
      <ActivityForm activity={activity} people={people} onDone={() => undefined} />
    </SessionContext.Provider>,
  );
  const select = html.slice(html.indexOf('<select'), html.indexOf('</select>'));
  return [...select.matchAll(/<option( selected)? value(?:="([^"]*)")?>([^<]*)<\/option>/g)].map((m) => ({
    value: m[2] ?? '',
    label: m[3]!,
    selected: Boolean(m[1]),
  }));
}

describe('who owns an activity', () => {
  it('offers members by name, then walk-ins, and not people who have left', () => {
    expect(ownerChoices().map((o) => o.label)).toEqual(['No owner yet', 'Bob Active', 'Cai Walk-in (walk-in)']);
  });

  it('keeps the owner of an activity as its choice after they have left, so saving a new title never drops them', () => {
    const activity = {
      id: 'a1',
      v: 1,
      createdAt: '2026-01-01T09:00:00.000Z',
      objectiveId: 'o1',
      title: 'Book the hall',
      ownerId: 'p-ann',
      order: 0,
    } as Activity;
    const choices = ownerChoices(activity);
    expect(choices.find((o) => o.selected)).toEqual({ value: 'p-ann', label: 'Ann Left', selected: true });
  });
});
