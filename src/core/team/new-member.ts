import type { MemberStatus, Person } from '../domain/person';

/** The "about" part of a member a facilitator types in. Empty optional text means "not given". */
export interface MemberDetails {
  name: string;
  pronouns?: string;
  role: Person['role'];
  organisation?: string;
  involvement?: string;
  email?: string;
  phone?: string;
}

export interface NewMember extends MemberDetails {
  status: MemberStatus;
  /** When they took that status; today if not given. */
  statusSince?: string;
  guest?: boolean;
  id?: string;
}

export const OPTIONAL_TEXT = ['pronouns', 'organisation', 'involvement', 'email', 'phone'] as const;

/** Leaves out optional answers that were not given; required ones stay so their message is clear. */
export function dropEmpty<T extends object>(input: T, optional: readonly string[] = Object.keys(input)): T {
  const out = { ...input } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    if (v === undefined || (optional.includes(k) && typeof v === 'string' && v.trim() === '')) delete out[k];
  }
  return out as T;
}

/** The record `addMember` writes for a new member (before validation): status dated, joining dated when active. */
export function newMemberRecord(input: NewMember, today: string): Record<string, unknown> {
  const since = input.statusSince || today;
  return {
    ...dropEmpty(input, OPTIONAL_TEXT),
    statusSince: since,
    statusHistory: [{ status: input.status, date: since }],
    ...(input.status === 'active' ? { joinedOn: since } : {}),
  };
}
