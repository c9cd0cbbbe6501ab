/**
 * How big a reference project is. "year" is a year of ordinary use; "five-years" a weekly
 * group kept going for five years; "large" is a stress case and "twice-large" twice that.
 */
export interface ReferenceSize {
  name: 'year' | 'five-years' | 'large' | 'twice-large';
  members: number;
  meetings: number;
  /** Attendance marks per meeting (about). */
  marksPerMeeting: number;
  responses: number;
  /** Days between meetings. */
  meetingEveryDays: number;
}

export const YEAR_OF_USE: ReferenceSize = { name: 'year', members: 50, meetings: 52, marksPerMeeting: 19, responses: 300, meetingEveryDays: 7 };
export const FIVE_YEARS: ReferenceSize = { name: 'five-years', members: 90, meetings: 260, marksPerMeeting: 19, responses: 1_500, meetingEveryDays: 7 };
export const LARGE: ReferenceSize = { name: 'large', members: 200, meetings: 500, marksPerMeeting: 20, responses: 20_000, meetingEveryDays: 3 };
export const TWICE_LARGE: ReferenceSize = { name: 'twice-large', members: 400, meetings: 1_000, marksPerMeeting: 20, responses: 40_000, meetingEveryDays: 3 };

/** The sizes the bench's scale table walks through, smallest first. */
export const SCALE_SIZES: readonly ReferenceSize[] = [YEAR_OF_USE, FIVE_YEARS, LARGE, TWICE_LARGE];
