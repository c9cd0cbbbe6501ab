import { z } from 'zod';
import { baseFields, PREFER_NOT_TO_SAY } from './base';
import { isoDate, longText, requiredText, shortText } from './fields';
import { defineRecordType } from './record-type';

export const ROLES = ['lived-experience', 'carer', 'professional', 'community-organisation', 'other', PREFER_NOT_TO_SAY] as const;
export const ROLE_LABELS: Record<Role, string> = {
  'lived-experience': 'Lived experience',
  carer: 'Carer or family',
  professional: 'Professional',
  'community-organisation': 'Community organisation',
  other: 'Other',
  [PREFER_NOT_TO_SAY]: 'Prefer not to say',
};
export type Role = (typeof ROLES)[number];

export const STATUSES = ['interested', 'active', 'stepped-back', 'left'] as const;
export type MemberStatus = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<MemberStatus, string> = {
  interested: 'Interested',
  active: 'Active',
  'stepped-back': 'Stepped back',
  left: 'Left',
};

export const FORMATS = ['easy-read', 'large-print', 'email', 'post', 'phone', 'text', 'audio'] as const;
export type PaperFormat = (typeof FORMATS)[number];
export const FORMAT_LABELS: Record<PaperFormat, string> = {
  'easy-read': 'Easy read',
  'large-print': 'Large print',
  email: 'Email',
  post: 'Post',
  phone: 'Phone call',
  text: 'Text message',
  audio: 'Audio',
};

/** Access needs a venue can meet or fail; free-text needs live in `accessNotes`. */
export const ACCESS_NEEDS = [
  'step-free',
  'accessible-toilet',
  'hearing-loop',
  'quiet-space',
  'parking',
  'public-transport',
] as const;
export type AccessNeed = (typeof ACCESS_NEEDS)[number];

export const CONSENT_PURPOSES = ['photos', 'namedInPack', 'contact', 'shareWithPartners'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

const consentEntry = z.object({
  given: z.boolean(),
  date: isoDate('Consent date'),
  how: shortText('How consent was given', 200).optional(),
});
export type ConsentEntry = z.infer<typeof consentEntry>;

/** Sensitive: left out of any pack unless a facilitator opts in. */
export const inclusionProfile = z.object({
  accessNeeds: z.array(z.enum(ACCESS_NEEDS)).max(ACCESS_NEEDS.length).optional(),
  accessNotes: longText('Access needs', 2_000).optional(),
  formats: z.array(z.enum(FORMATS)).max(FORMATS.length).optional(),
  language: shortText('Language', 100).optional(),
  interpreter: z.boolean().optional(),
  childcare: z.boolean().optional(),
  travelSupport: z.boolean().optional(),
  dietary: shortText('Dietary needs', 300).optional(),
  bestTimes: shortText('Best days and times', 300).optional(),
  note: longText('Inclusion note', 2_000).optional(),
  declined: z.boolean().optional(),
});
export type InclusionProfile = z.infer<typeof inclusionProfile>;

export const personSchema = z.object({
  ...baseFields,
  name: requiredText('Name', 120),
  pronouns: shortText('Pronouns', 40).optional(),
  role: z.enum(ROLES, { error: 'Choose a role from the list.' }),
  organisation: shortText('Organisation', 160).optional(),
  status: z.enum(STATUSES, { error: 'Choose a status from the list.' }),
  statusSince: isoDate('Status date').optional(),
  joinedOn: isoDate('Joined date').optional(),
  involvement: shortText('How they are involved', 300).optional(),
  /** A walk-in added at a meeting, not (yet) a member. */
  guest: z.boolean().optional(),
  email: shortText('Email', 200).optional(),
  phone: shortText('Phone', 40).optional(),
  inclusion: inclusionProfile.optional(),
  consent: z.partialRecord(z.enum(CONSENT_PURPOSES), consentEntry).optional(),
});
export type Person = z.infer<typeof personSchema>;

export const personType = defineRecordType({
  collection: 'people',
  noun: 'member',
  schema: personSchema,
  version: 1,
  indexKeys: (p) => ({ k1: p.status, k2: p.role }),
});

export function hasConsent(person: Person, purpose: ConsentPurpose): boolean {
  return person.consent?.[purpose]?.given === true;
}
