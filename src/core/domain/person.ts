import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { labelsIn } from './labels';
import { baseFields, PREFER_NOT_TO_SAY } from './base';
import { isoDate, longText, requiredText, shortText } from './fields';
import { defineRecordType } from './record-type';

export const ROLES = ['lived-experience', 'carer', 'professional', 'community-organisation', 'other', PREFER_NOT_TO_SAY] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS = labelsIn<Role>({
  'lived-experience': msg({ message: 'Lived experience', comment: 'A member’s role: someone who uses or has used the service' }),
  carer: msg({ message: 'Carer or family', comment: 'A member’s role' }),
  professional: msg({ message: 'Professional', comment: 'A member’s role: someone who works in the service' }),
  'community-organisation': msg({ message: 'Community organisation', comment: 'A member’s role: someone from a local group or charity' }),
  other: msg({ message: 'Other', comment: 'A member’s role that fits none of the others' }),
  [PREFER_NOT_TO_SAY]: msg({ message: 'Prefer not to say', comment: 'A member chose not to give their role' }),
});

export const STATUSES = ['interested', 'active', 'stepped-back', 'left'] as const;
export type MemberStatus = (typeof STATUSES)[number];
export const STATUS_LABELS = labelsIn<MemberStatus>({
  interested: msg({ message: 'Interested', comment: 'A member’s status: interested in joining, not yet taking part' }),
  active: msg({ message: 'Active', comment: 'A member’s status: taking part' }),
  'stepped-back': msg({ message: 'Stepped back', comment: 'A member’s status: taking a break from the group' }),
  left: msg({ message: 'Left', comment: 'A member’s status: has left the group' }),
});

export const FORMATS = ['easy-read', 'large-print', 'email', 'post', 'phone', 'text', 'audio'] as const;
export type PaperFormat = (typeof FORMATS)[number];
export const FORMAT_LABELS = labelsIn<PaperFormat>({
  'easy-read': msg({ message: 'Easy read', comment: 'A format for meeting papers: short sentences with pictures' }),
  'large-print': msg({ message: 'Large print', comment: 'A format for meeting papers' }),
  email: msg({ message: 'Email', comment: 'A way to send meeting papers' }),
  post: msg({ message: 'Post', comment: 'A way to send meeting papers: by letter' }),
  phone: msg({ message: 'Phone call', comment: 'A way to go through meeting papers with someone' }),
  text: msg({ message: 'Text message', comment: 'A way to send meeting papers: SMS' }),
  audio: msg({ message: 'Audio', comment: 'A format for meeting papers: a recording to listen to' }),
});

/** Access needs a venue can meet or fail; free-text needs live in `accessNotes`. */
export const ACCESS_NEEDS = ['step-free', 'accessible-toilet', 'hearing-loop', 'quiet-space', 'parking', 'public-transport'] as const;
export type AccessNeed = (typeof ACCESS_NEEDS)[number];
export const ACCESS_NEED_LABELS = labelsIn<AccessNeed>({
  'step-free': msg`Step-free access`,
  'accessible-toilet': msg`Accessible toilet`,
  'hearing-loop': msg`Hearing loop`,
  'quiet-space': msg`A quiet space`,
  parking: msg`Parking close by`,
  'public-transport': msg`Near public transport`,
});

export const CONSENT_PURPOSES = ['photos', 'namedInPack', 'contact', 'shareWithPartners'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_LABELS = labelsIn<ConsentPurpose>({
  photos: msg`Photos of them can be taken and used`,
  namedInPack: msg`They can be named in the project pack`,
  contact: msg`We can contact them`,
  shareWithPartners: msg`Their details can be shared with partners`,
});
export const CONSENT_SHORT_LABELS = labelsIn<ConsentPurpose>({
  photos: msg({ message: 'Photos', comment: 'Short name of the consent to photos of a member being taken and used' }),
  namedInPack: msg({ message: 'Named in the pack', comment: 'Short name of the consent to be named in the project pack' }),
  contact: msg({ message: 'Contact', comment: 'Short name of the consent to be contacted' }),
  shareWithPartners: msg({ message: 'Sharing with partners', comment: 'Short name of the consent to share a member’s details with partners' }),
});

/**
 * Practical support a person asked for. Structured so other parts can act on it: the
 * meetings part turns `call-before` into a pre-meeting call checklist.
 */
export const SUPPORT_KINDS = ['call-before', 'call-after', 'transport', 'technology', 'papers-explained', 'buddy'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORT_LABELS = labelsIn<SupportKind>({
  'call-before': msg`A call before meetings`,
  'call-after': msg`A call after meetings`,
  transport: msg`Help getting to and from meetings`,
  technology: msg`Help with technology`,
  'papers-explained': msg`Someone to go through the papers with them`,
  buddy: msg`A buddy in the group`,
});

/** How a member wants their time recognised. */
export const RECOGNITIONS = ['payment', 'voucher', 'time-credits', 'none', PREFER_NOT_TO_SAY] as const;
export type Recognition = (typeof RECOGNITIONS)[number];
export const RECOGNITION_LABELS = labelsIn<Recognition>({
  payment: msg({ message: 'Payment', comment: 'How a member would like their time recognised: paid money' }),
  voucher: msg({ message: 'Vouchers', comment: 'How a member would like their time recognised: shop vouchers' }),
  'time-credits': msg({ message: 'Time credits', comment: 'How a member would like their time recognised: credits they can spend on activities' }),
  none: msg`No payment or reward`,
  [PREFER_NOT_TO_SAY]: msg({ message: 'Prefer not to say', comment: 'A member chose not to say how they would like their time recognised' }),
});

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
  status: z.enum(STATUSES, { error: () => t`Choose a status from the list.` }),
  date: isoDate('Status date'),
});
export type StatusChange = z.infer<typeof statusChange>;

export const personSchema = z.object({
  ...baseFields,
  name: requiredText('Name', 120),
  pronouns: shortText('Pronouns', 40).optional(),
  role: z.enum(ROLES, { error: () => t`Choose a role from the list.` }),
  organisation: shortText('Organisation', 160).optional(),
  status: z.enum(STATUSES, { error: () => t`Choose a status from the list.` }),
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
  support: z
    .array(z.enum(SUPPORT_KINDS, { error: () => t`Choose support from the list.` }))
    .max(SUPPORT_KINDS.length)
    .optional(),
  supportNote: shortText('Other support', 300).optional(),
  recognition: z.enum(RECOGNITIONS, { error: () => t`Choose a way of recognising their time from the list.` }).optional(),
  /** When the group last decided, in a retention review, to keep this person's details. */
  keptOn: isoDate('Kept date').optional(),
});
export type Person = z.infer<typeof personSchema>;

export const personType = defineRecordType({
  collection: 'people',
  noun: msg({ message: 'member', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
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
