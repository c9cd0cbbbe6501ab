import { describe, expect, it } from 'vitest';
import { addVenue, chooseVenue, setVenueCheck } from '../../../src/core/commands/meeting-day-venues';
import { readRecord } from '../../../src/core/read/records';
import { meetingType } from '../../../src/core/domain/meeting';
import { venueType, type Venue } from '../../../src/core/domain/meeting-day/venue';
import { needsSummary, unmetNeeds } from '../../../src/core/meetings/unmet-needs';
import { addMeeting, copyDoc, person, projectDoc, syncDocs } from './fixtures';

const venue = (extra: Partial<Venue>): Venue => ({ id: 'v', v: 1, createdAt: '2026-01-01T00:00:00.000Z', name: 'Hall', ...extra });

describe('venue accessibility', () => {
  const people = [
    person('a', { inclusion: { accessNeeds: ['hearing-loop'] } }),
    person('b', { inclusion: { accessNeeds: ['hearing-loop', 'step-free'] } }),
    person('c', { inclusion: { accessNeeds: ['parking'] } }),
    person('d', { inclusion: { declined: true } }),
    person('e'),
  ];

  it('says which needs of the people expected the venue does not meet', () => {
    const result = unmetNeeds(venue({ hearingLoop: 'no', stepFree: 'yes', parking: 'no' }), people);
    expect(result.map((r) => r.message)).toEqual(['2 people need a hearing loop; this venue has none.', '1 person needs parking; this venue has none.']);
    expect(result[0]!.people.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('flags needs nobody has checked the venue for, after the ones it fails', () => {
    const result = unmetNeeds(venue({ parking: 'no' }), people);
    expect(result.map((r) => [r.need, r.venue])).toEqual([
      ['hearing-loop', 'unchecked'],
      ['parking', 'no'],
      ['step-free', 'unchecked'],
    ]);
    expect(result[2]!.message).toBe('1 person needs step-free access; nobody has checked if this venue is step-free.');
  });

  it('finds nothing missing when the venue meets every need', () => {
    expect(unmetNeeds(venue({ hearingLoop: 'yes', stepFree: 'yes', parking: 'yes' }), people)).toEqual([]);
  });

  it('sums up needs when no venue is chosen yet', () => {
    expect(needsSummary(people).map((n) => n.message)).toEqual(['1 person needs step-free access.', '2 people need a hearing loop.', '1 person needs parking.']);
  });

  it('keeps both ticks when two facilitators check different things at the same venue offline', () => {
    const a = projectDoc();
    const added = addVenue(a, { name: 'Library' });
    if (!added.ok) throw new Error(added.message);
    const b = copyDoc(a);
    setVenueCheck(a, added.value.id, 'hearingLoop', 'yes');
    setVenueCheck(b, added.value.id, 'parking', 'no');
    syncDocs(a, b);
    expect(readRecord(a, venueType, added.value.id)).toMatchObject({ hearingLoop: 'yes', parking: 'no' });
    expect(readRecord(b, venueType, added.value.id)).toMatchObject({ hearingLoop: 'yes', parking: 'no' });
  });

  it('refuses a venue with no name, and a meeting at a venue that is gone', () => {
    const doc = projectDoc();
    expect(addVenue(doc, { name: '' })).toEqual({ ok: false, message: 'Venue name cannot be empty.' });
    addMeeting(doc, { id: 'm1', date: '2026-03-10' });
    expect(chooseVenue(doc, 'm1', 'nowhere')).toEqual({ ok: false, message: 'That venue is no longer here. Choose another.' });
    expect(readRecord(doc, meetingType, 'm1')!.venueId).toBeUndefined();
  });
});
