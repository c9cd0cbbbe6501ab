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
export const ACCESS_NEED_LABELS: Record<AccessNeed, string> = {
  'step-free': 'Step-free access',
  'accessible-toilet': 'Accessible toilet',
  'hearing-loop': 'Hearing loop',
  'quiet-space': 'A quiet space',
  parking: 'Parking close by',
  'public-transport': 'Near public transport',
};

export const CONSENT_PURPOSES = ['photos', 'namedInPack', 'contact', 'shareWithPartners'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_LABELS: Record<ConsentPurpose, string> = {
  photos: 'Photos of them can be taken and used',
  namedInPack: 'They can be named in the project pack',
  contact: 'We can contact them',
  shareWithPartners: 'Their details can be shared with partners',
};
export const CONSENT_SHORT_LABELS: Record<ConsentPurpose, string> = {
  photos: 'Photos',
  namedInPack: 'Named in the pack',
  contact: 'Contact',
  shareWithPartners: 'Sharing with partners',
};

/**
 * Practical support a person asked for. Structured so other parts can act on it: the
 * meetings part turns `call-before` into a pre-meeting call checklist.
 */
export const SUPPORT_KINDS = ['call-before', 'call-after', 'transport', 'technology', 'papers-explained', 'buddy'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORT_LABELS: Record<SupportKind, string> = {
  'call-before': 'A call before meetings',
  'call-after': 'A call after meetings',
  transport: 'Help getting to and from meetings',
  technology: 'Help with technology',
  'papers-explained': 'Someone to go through the papers with them',
  buddy: 'A buddy in the group',
};

/** How a member wants their time recognised. */
export const RECOGNITIONS = ['payment', 'voucher', 'time-credits', 'none', PREFER_NOT_TO_SAY] as const;
export type Recognition = (typeof RECOGNITIONS)[number];
export const RECOGNITION_LABELS: Record<Recognition, string> = {
  payment: 'Payment',
  voucher: 'Vouchers',
  'time-credits': 'Time credits',
  none: 'No payment or reward',
  [PREFER_NOT_TO_SAY]: 'Prefer not to say',
};

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

const statusChange = z.object({
  status: z.enum(STATUSES, { error: 'Choose a status from the list.' }),
  date: isoDate('Status date'),
});
export type StatusChange = z.infer<typeof statusChange>;

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
  /** Each change of status with its date, oldest first. */
  statusHistory: z.array(statusChange).max(200).optional(),
  support: z.array(z.enum(SUPPORT_KINDS, { error: 'Choose support from the list.' })).max(SUPPORT_KINDS.length).optional(),
  supportNote: shortText('Other support', 300).optional(),
  recognition: z.enum(RECOGNITIONS, { error: 'Choose a way of recognising their time from the list.' }).optional(),
});
export type Person = z.infer<typeof personSchema>;

export const personType = defineRecordType({
  collection: 'people',
  noun: 'member',
  schema: personSchema,
  version: 1,
  index: { k1: 'status', k2: 'role' },
  mapFields: ['consent'],
});

export function hasConsent(person: Person, purpose: ConsentPurpose): boolean {
  return person.consent?.[purpose]?.given === true;
}

/** True when the person asked for this kind of support (e.g. a call before meetings). */
export function wantsSupport(person: Person, kind: SupportKind): boolean {
  return person.support?.includes(kind) === true;
}
