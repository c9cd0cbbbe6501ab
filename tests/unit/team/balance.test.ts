import { describe, expect, it } from 'vitest';
import type { Person, Role } from '../../../src/core/domain/person';
import { groupBalance, isRoughlyEqual, LARGE_GROUP, SMALL_GROUP } from '../../../src/core/team/balance';

let n = 0;
function person(role: Role, status: Person['status'] = 'active', extra: Partial<Person> = {}): Person {
  n++;
  return { id: `p${n}`, v: 1, createdAt: '2026-01-01T00:00:00Z', name: `Person ${n}`, role, status, ...extra };
}
const many = (count: number, role: Role, status: Person['status'] = 'active') => Array.from({ length: count }, () => person(role, status));

describe('group balance', () => {
  it('calls lived experience and professional sides roughly equal when they differ by one, or the smaller is at least 80% of the larger', () => {
    expect(isRoughlyEqual(3, 3)).toBe(true);
    expect(isRoughlyEqual(3, 4)).toBe(true);
    expect(isRoughlyEqual(1, 2)).toBe(true);
    expect(isRoughlyEqual(4, 5)).toBe(true);
    expect(isRoughlyEqual(8, 10)).toBe(true);
    expect(isRoughlyEqual(4, 6)).toBe(false);
    expect(isRoughlyEqual(7, 10)).toBe(false);
    expect(isRoughlyEqual(10, 7)).toBe(false);
    expect(isRoughlyEqual(0, 1)).toBe(false);
    expect(isRoughlyEqual(0, 0)).toBe(false);
  });

  it('counts active members by role, with carers on the lived experience side and community organisations with professionals', () => {
    const people = [...many(2, 'lived-experience'), ...many(2, 'carer'), ...many(3, 'professional'), person('community-organisation'), person('other'), person('prefer-not-to-say')];
    const b = groupBalance(people);
    expect(b.active).toBe(10);
    expect(b.activeByRole).toMatchObject({ 'lived-experience': 2, carer: 2, professional: 3, 'community-organisation': 1, other: 1, 'prefer-not-to-say': 1 });
    expect(b.livedExperience).toBe(4);
    expect(b.professional).toBe(4);
    expect(b.verdict).toBe('roughly-equal');
    expect(b.warnings).toEqual([]);
  });

  it('gives a gentle warning for a group under 6 and not at 6', () => {
    expect(groupBalance([...many(3, 'lived-experience'), ...many(2, 'professional')]).warnings).toContain('small-group');
    expect(groupBalance([...many(3, 'lived-experience'), ...many(3, 'professional')]).warnings).not.toContain('small-group');
    expect(SMALL_GROUP).toBe(6);
  });

  it('gives a gentle warning for a group over 20 and not at 20', () => {
    expect(groupBalance([...many(10, 'lived-experience'), ...many(10, 'professional')]).warnings).toEqual([]);
    expect(groupBalance([...many(11, 'lived-experience'), ...many(10, 'professional')]).warnings).toEqual(['large-group']);
    expect(LARGE_GROUP).toBe(20);
  });

  it('only counts active members: interested, stepped back, left, guests and archived members are left out', () => {
    const people = [
      ...many(3, 'lived-experience'),
      ...many(3, 'professional'),
      person('professional', 'interested'),
      person('professional', 'stepped-back'),
      person('professional', 'left'),
      person('professional', 'active', { guest: true }),
      person('professional', 'active', { archived: true }),
    ];
    const b = groupBalance(people);
    expect(b.active).toBe(6);
    expect(b.byStatus).toEqual({ interested: 1, active: 6, 'stepped-back': 1, left: 1 });
    expect(b.verdict).toBe('roughly-equal');
  });

  it('warns when professionals outnumber people with lived experience, or when there is no one with lived experience', () => {
    const more = groupBalance([...many(3, 'lived-experience'), ...many(6, 'professional')]);
    expect(more.verdict).toBe('more-professional');
    expect(more.warnings).toEqual(['few-lived-experience']);
    const none = groupBalance(many(7, 'professional'));
    expect(none.warnings).toEqual(['no-lived-experience']);
    const noPros = groupBalance(many(7, 'lived-experience'));
    expect(noPros.verdict).toBe('more-lived-experience');
    expect(noPros.warnings).toEqual(['no-professional']);
  });

  it('says there is no one yet for an empty group, without warnings', () => {
    const b = groupBalance([]);
    expect(b.verdict).toBe('no-one-yet');
    expect(b.warnings).toEqual([]);
  });
});
