/** How big a reference project is. "year" is a year of ordinary use; "large" is a stress case. */
export interface ReferenceSize {
  name: 'year' | 'large';
  members: number;
  meetings: number;
  /** Attendance marks per meeting (about). */
  marksPerMeeting: number;
  responses: number;
  /** Days between meetings. */
  meetingEveryDays: number;
}

export const YEAR_OF_USE: ReferenceSize = { name: 'year', members: 50, meetings: 52, marksPerMeeting: 19, responses: 300, meetingEveryDays: 7 };
export const LARGE: ReferenceSize = { name: 'large', members: 200, meetings: 500, marksPerMeeting: 20, responses: 20_000, meetingEveryDays: 3 };
