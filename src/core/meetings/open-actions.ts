import type { Meeting } from '../domain/meeting';
import type { Action } from '../domain/meeting-day/action';
import type { Person } from '../domain/person';
import { compareText } from '../format/intl';

export interface OpenAction {
  action: Action;
  /** The meeting that agreed it (absent if that meeting has gone). */
  meeting?: Meeting;
  owner?: Person;
  /** Its due day has passed and it is not done. */
  overdue: boolean;
}

const NO_DATE = '\uffff';

/**
 * Every action not yet done, across all meetings, soonest due first (those with no due day
 * last, then by the day of the meeting that agreed them). Removed actions are left out.
 */
export function openActions(actions: readonly Action[], meetings: readonly Meeting[], people: readonly Person[], today: string): OpenAction[] {
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const personById = new Map(people.map((p) => [p.id, p]));
  return actions
    .filter((a) => !a.done && !a.archived)
    .map((action) => {
      const meeting = meetingById.get(action.meetingId);
      const owner = action.ownerPersonId ? personById.get(action.ownerPersonId) : undefined;
      return { action, ...(meeting ? { meeting } : {}), ...(owner ? { owner } : {}), overdue: action.due !== undefined && action.due < today };
    })
    .sort(
      (a, b) =>
        (a.action.due ?? NO_DATE).localeCompare(b.action.due ?? NO_DATE) ||
        (a.meeting?.date ?? NO_DATE).localeCompare(b.meeting?.date ?? NO_DATE) ||
        a.action.createdAt.localeCompare(b.action.createdAt),
    );
}

export interface ActionsOfOwner {
  /** Absent for actions nobody has taken on (or whose owner was erased). */
  owner?: Person;
  actions: OpenAction[];
  overdue: number;
}

/** Open actions by who is doing them, by name; those with nobody come last. Each keeps the date order. */
export function openActionsByOwner(open: readonly OpenAction[]): ActionsOfOwner[] {
  const groups = new Map<string, ActionsOfOwner>();
  for (const item of open) {
    const key = item.owner?.id ?? '';
    const group = groups.get(key) ?? { ...(item.owner ? { owner: item.owner } : {}), actions: [], overdue: 0 };
    group.actions.push(item);
    if (item.overdue) group.overdue++;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.owner ? 0 : 1) - (b.owner ? 0 : 1) || compareText(a.owner?.name ?? '', b.owner?.name ?? ''));
}

/** For the dashboard: how many actions are open, and how many of those are overdue. */
export function openActionCounts(actions: readonly Action[], today: string): { open: number; overdue: number } {
  let open = 0;
  let overdue = 0;
  for (const a of actions) {
    if (a.done || a.archived) continue;
    open++;
    if (a.due !== undefined && a.due < today) overdue++;
  }
  return { open, overdue };
}
