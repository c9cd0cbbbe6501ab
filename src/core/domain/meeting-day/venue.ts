import type { MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { z } from 'zod';
import { baseFields } from '../base';
import { longText, requiredText, shortText } from '../fields';
import type { AccessNeed } from '../person';
import { defineRecordType } from '../record-type';

/** What a venue check can say: it has it, it does not, or nobody has looked yet (field left out). */
export const CHECK_ANSWERS = ['yes', 'no'] as const;
export type CheckAnswer = (typeof CHECK_ANSWERS)[number];

export interface VenueCheck {
  key: VenueCheckKey;
  /** Words shown with `i18n._(…)`, in the language chosen then. */
  label: MessageDescriptor;
  /** The member access need this check meets, if any. */
  need?: AccessNeed;
  hint?: MessageDescriptor;
}

export const VENUE_CHECK_KEYS = [
  'stepFree',
  'accessibleToilet',
  'hearingLoop',
  'quietSpace',
  'parking',
  'publicTransport',
  'neutralGround',
  'noAlcohol',
] as const;
export type VenueCheckKey = (typeof VENUE_CHECK_KEYS)[number];

/** The accessibility checklist, in the order a facilitator walks round a building. */
export const VENUE_CHECKS: readonly VenueCheck[] = [
  { key: 'stepFree', label: msg`Step-free access`, need: 'step-free', hint: msg`Level or ramped way in, and a lift to any upstairs room.` },
  { key: 'accessibleToilet', label: msg`Accessible toilet`, need: 'accessible-toilet' },
  { key: 'hearingLoop', label: msg`Hearing loop`, need: 'hearing-loop', hint: msg`Working, in the room you will use.` },
  { key: 'quietSpace', label: msg`Quiet space`, need: 'quiet-space', hint: msg`Somewhere to take a break away from the group.` },
  { key: 'parking', label: msg`Parking`, need: 'parking', hint: msg`Including blue badge spaces near the door.` },
  { key: 'publicTransport', label: msg`Public transport`, need: 'public-transport', hint: msg`A bus stop or station a short, level walk away.` },
  { key: 'neutralGround', label: msg`Neutral ground`, hint: msg`Not an office or clinic that belongs to the professionals in the group.` },
  { key: 'noAlcohol', label: msg`No alcohol served` },
];

export const VENUE_NOTES_MAX = 5_000;

const answer = z.enum(CHECK_ANSWERS, { error: () => t`A check is yes or no.` }).optional();

// One field per check, so two facilitators ticking different checks offline both keep theirs.
export const venueSchema = z.object({
  ...baseFields,
  name: requiredText('Venue name', 160),
  address: shortText('Address', 300).optional(),
  stepFree: answer,
  accessibleToilet: answer,
  hearingLoop: answer,
  quietSpace: answer,
  parking: answer,
  publicTransport: answer,
  neutralGround: answer,
  noAlcohol: answer,
  notes: longText('Venue notes', VENUE_NOTES_MAX).optional(),
});
export type Venue = z.infer<typeof venueSchema>;

export const venueType = defineRecordType({
  collection: 'venues',
  noun: msg({ message: 'venue', comment: 'A kind of record, inside messages such as “That member is no longer here”' }),
  schema: venueSchema,
  version: 1,
  textFields: ['notes'],
});
