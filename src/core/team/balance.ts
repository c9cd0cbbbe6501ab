import { PREFER_NOT_TO_SAY } from '../domain/base';
import { isMember } from '../read/figures';
import { ROLES, STATUSES, type MemberStatus, type Person, type Role } from '../domain/person';

/** The Iriss planner's advice: fewer than six is too small a group, more than twenty too many. */
export const SMALL_GROUP = 6;
export const LARGE_GROUP = 20;

/**
 * Carers and family bring lived experience of caring; community organisations usually send
 * staff. "Other" and "prefer not to say" sit on neither side.
 */
export const LIVED_EXPERIENCE_SIDE: readonly Role[] = ['lived-experience', 'carer'];
export const PROFESSIONAL_SIDE: readonly Role[] = ['professional', 'community-organisation'];

/**
 * Roughly equal: both sides have someone, and they differ by at most one person or the
 * smaller side is at least 80% of the larger (4 and 5 are equal; 4 and 6 are not).
 */
export const ROUGHLY_EQUAL_RATIO = 0.8;

export type BalanceVerdict = 'no-one-yet' | 'roughly-equal' | 'more-lived-experience' | 'more-professional';
export type BalanceWarning = 'small-group' | 'large-group' | 'few-lived-experience' | 'no-lived-experience' | 'no-professional';

export interface GroupBalance {
  active: number;
  activeByRole: Record<Role, number>;
  byStatus: Record<MemberStatus, number>;
  livedExperience: number;
  professional: number;
  verdict: BalanceVerdict;
  warnings: BalanceWarning[];
}

export function isRoughlyEqual(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  return Math.abs(a - b) <= 1 || Math.min(a, b) / Math.max(a, b) >= ROUGHLY_EQUAL_RATIO;
}

/** Who is active in the group, by role, and whether the mix is healthy. Guests and archived members are left out. */
export function groupBalance(people: readonly Person[]): GroupBalance {
  const activeByRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<MemberStatus, number>;
  let active = 0;
  for (const person of people) {
    if (!isMember(person)) continue;
    byStatus[person.status]++;
    if (person.status !== 'active') continue;
    active++;
    activeByRole[person.role]++;
  }
  const livedExperience = LIVED_EXPERIENCE_SIDE.reduce((n, r) => n + activeByRole[r], 0);
  const professional = PROFESSIONAL_SIDE.reduce((n, r) => n + activeByRole[r], 0);

  let verdict: BalanceVerdict;
  if (livedExperience === 0 && professional === 0) verdict = 'no-one-yet';
  else if (isRoughlyEqual(livedExperience, professional)) verdict = 'roughly-equal';
  else verdict = livedExperience > professional ? 'more-lived-experience' : 'more-professional';

  const warnings: BalanceWarning[] = [];
  if (active > 0 && active < SMALL_GROUP) warnings.push('small-group');
  if (active > LARGE_GROUP) warnings.push('large-group');
  if (active > 0 && livedExperience === 0) warnings.push('no-lived-experience');
  else if (verdict === 'more-professional') warnings.push('few-lived-experience');
  if (active > 0 && professional === 0 && livedExperience > 0) warnings.push('no-professional');
  return { active, activeByRole, byStatus, livedExperience, professional, verdict, warnings };
}

/** Roles in the order the app lists them, with "prefer not to say" last. */
export const ROLE_ORDER: readonly Role[] = [...ROLES.filter((r) => r !== PREFER_NOT_TO_SAY), PREFER_NOT_TO_SAY];
