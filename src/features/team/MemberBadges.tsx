import { PREFER_NOT_TO_SAY } from '../../core/domain/base';
import { ROLE_LABELS, STATUS_LABELS, wantsSupport, type Person } from '../../core/domain/person';

/** A name exactly as the person wants it, kept in its own direction (Arabic, Hebrew, emoji…). */
export function Name({ person }: { person: Pick<Person, 'name'> }) {
  return <bdi class="person-name">{person.name}</bdi>;
}

export function pronounsText(p: Person): string | null {
  if (!p.pronouns || p.pronouns === PREFER_NOT_TO_SAY) return null;
  return p.pronouns;
}

/** Role and status in a few words: "Carer or family · Active". */
export function roleAndStatus(p: Person): string {
  const role = p.role === PREFER_NOT_TO_SAY ? 'Role not given' : ROLE_LABELS[p.role];
  return `${role} · ${STATUS_LABELS[p.status]}${p.guest ? ' · Guest' : ''}`;
}

/** Small reminders on a member's row: support to arrange, needs to plan for. */
export function MemberBadges({ person }: { person: Person }) {
  const badges: string[] = [];
  if (wantsSupport(person, 'call-before')) badges.push('Call before meetings');
  if (person.inclusion && !person.inclusion.declined && (person.inclusion.accessNeeds?.length || person.inclusion.accessNotes || person.inclusion.formats?.length)) badges.push('Has access needs');
  if (person.inclusion?.interpreter) badges.push('Interpreter');
  if (badges.length === 0) return null;
  return (
    <ul class="badges" aria-label="Reminders">
      {badges.map((b) => (
        <li key={b} class="badge">
          {b}
        </li>
      ))}
    </ul>
  );
}
