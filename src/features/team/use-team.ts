import { signal } from '@preact/signals';
import type * as Y from 'yjs';
import { readRecord } from '../../core/read/records';
import { collectionMap } from '../../core/doc/project-doc';
import { personType, type Person } from '../../core/domain/person';
import type { Barrier } from '../../core/domain/team/barrier';
import type { Contribution } from '../../core/domain/team/contribution';
import type { Training } from '../../core/domain/team/training';
import { projectedRecords } from '../../core/projection/queries';
import { db } from '../../state/app-db';
import { useLiveQuery } from '../../state/use-live-query';
import { useYValue } from '../../state/use-y';
import { compareText } from '../../core/format/intl';

function useCollection<T>(projectId: string, collection: string): T[] | undefined {
  return useLiveQuery(
    () =>
 projectedRecords<T>(db, projectId, collection),
    [projectId, collection],
  );
}

const byName = (a: Person, b: Person) => compareText(a.name, b.name, { sensitivity: 'base' });

/** Everyone in the project (guests too), by name. */
export function usePeople(projectId: string): Person[] | undefined {
  const people = useCollection<Person>(projectId, 'people');
  return people?.filter((p) => !p.archived).sort(byName);
}

export function useContributions(projectId: string, personId?: string): Contribution[] | undefined {
  const rows = useLiveQuery(
    () =>
 projectedRecords<Contribution>(db, projectId, 'contributions', personId ? { k1: personId } : {}),
    [projectId, personId],
  );
  return rows?.filter((c) => !c.archived).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export function useTraining(projectId: string, personId: string): Training[] | undefined {
  const rows = useLiveQuery(
    () =>
 projectedRecords<Training>(db, projectId, 'training', { k1: personId }),
    [projectId, personId],
  );
  return rows?.filter((t) => !t.archived).sort((a, b) => b.date.localeCompare(a.date));
}

export function useAllTraining(projectId: string): Training[] | undefined {
  return useCollection<Training>(projectId, 'training')?.filter((t) => !t.archived);
}

export function useBarriers(projectId: string): Barrier[] | undefined {
  return useCollection<Barrier>(projectId, 'barriers')
    ?.filter((b) => !b.archived)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** One member, read live from the doc (so edits from another device show at once). */
export function useMember(doc: Y.Doc, personId: string): Person | undefined {
  const people = collectionMap(doc, personType.collection);
  return useYValue(people, () => readRecord(doc, personType, personId));
}

/** A short message shown on the team screen after leaving a member's page (e.g. after erasure). */
export const teamNotice = signal<string | null>(null);
