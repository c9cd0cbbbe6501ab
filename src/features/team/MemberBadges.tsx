import { t } from '@lingui/core/macro';
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
  const role = p.role === PREFER_NOT_TO_SAY ? t`Role not given` : ROLE_LABELS[p.role];
  const parts = [role, STATUS_LABELS[p.status]];
  if (p.guest) parts.push(t({ message: 'Guest', comment: 'A person added at a meeting who is not (yet) a member' }));
  return parts.join(' · ');
}

/** Small reminders on a member's row: support to arrange, needs to plan for. */
export function MemberBadges({ person }: { person: Person }) {
  const inclusion = person.inclusion;
  const badges: string[] = [];
  if (wantsSupport(person, 'call-before')) badges.push(t`Call before meetings`);
  if (inclusion && !inclusion.declined && (inclusion.accessNeeds?.length || inclusion.accessNotes || inclusion.formats?.length))
    badges.push(t`Has access needs`);
  if (inclusion?.interpreter) badges.push(t({ message: 'Interpreter', comment: 'A reminder on a member: they need an interpreter' }));
  if (badges.length === 0) return null;
  return (
    <ul class="badges" aria-label={t`Reminders`}>
      {badges.map((b) => (
        <li key={b} class="badge">
          {b}
        </li>
      ))}
    </ul>
  );
}
