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
  label: string;
  /** The member access need this check meets, if any. */
  need?: AccessNeed;
  hint?: string;
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
  { key: 'stepFree', label: 'Step-free access', need: 'step-free', hint: 'Level or ramped way in, and a lift to any upstairs room.' },
  { key: 'accessibleToilet', label: 'Accessible toilet', need: 'accessible-toilet' },
  { key: 'hearingLoop', label: 'Hearing loop', need: 'hearing-loop', hint: 'Working, in the room you will use.' },
  { key: 'quietSpace', label: 'Quiet space', need: 'quiet-space', hint: 'Somewhere to take a break away from the group.' },
  { key: 'parking', label: 'Parking', need: 'parking', hint: 'Including blue badge spaces near the door.' },
  { key: 'publicTransport', label: 'Public transport', need: 'public-transport', hint: 'A bus stop or station a short, level walk away.' },
  { key: 'neutralGround', label: 'Neutral ground', hint: 'Not an office or clinic that belongs to the professionals in the group.' },
  { key: 'noAlcohol', label: 'No alcohol served' },
];

const answer = z.enum(CHECK_ANSWERS, { error: 'A check is yes or no.' }).optional();

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
  notes: longText('Venue notes', 5_000).optional(),
});
export type Venue = z.infer<typeof venueSchema>;

export const venueType = defineRecordType({
  collection: 'venues',
  noun: 'venue',
  schema: venueSchema,
  version: 1,
  textFields: ['notes'],
});
