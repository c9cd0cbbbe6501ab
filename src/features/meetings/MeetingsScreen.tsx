import { memo } from 'preact/compat';
import type { Meeting } from '../../core/domain/meeting';
import { meetingType } from '../../core/domain/meeting';
import { href } from '../../state/router';
import type { SectionProps } from '../section';
import { BeforeScreen } from './BeforeScreen';
import { ClosingScreen } from './ClosingScreen';
import { DuringScreen } from './DuringScreen';
import { EngagementScreen } from './EngagementScreen';
import { MeetingHeader } from './MeetingHeader';
import { MeetingListScreen } from './MeetingListScreen';
import { NewMeetingScreen } from './MeetingForm';
import { RegisterScreen } from './RegisterScreen';
import { useRecord } from './use-records';
import { VenueScreen, VenuesScreen } from './VenuesScreen';
import './meetings.css';

/** Routes inside the Meetings section: list, new, venues, engagement, and each meeting's screens. */
export function MeetingsScreen({ session, rest }: SectionProps) {
  const [first, second, third] = rest;
  if (first === undefined) return <MeetingListScreen session={session} />;
  if (first === 'new') return <NewMeetingScreen session={session} />;
  if (first === 'venues') return second ? <VenueScreen session={session} venueId={second} /> : <VenuesScreen session={session} />;
  if (first === 'engagement') return <EngagementScreen session={session} />;
  if (first === 'm' && second) return <MeetingScreens session={session} meetingId={second} tab={third ?? 'before'} />;
  return <NotHere session={session} />;
}

export type MeetingTab = 'before' | 'register' | 'during' | 'closing';

// Memoised: the app above re-renders whenever the project list changes (after every save),
// and a meeting's screens need not redraw for that.
const MeetingScreens = memo(function MeetingScreens({ session, meetingId, tab }: { session: SectionProps['session']; meetingId: string; tab: string }) {
  const meeting = useRecord<Meeting>(session, meetingType, meetingId);
  if (meeting === undefined) return <p role="status">Loading the meeting…</p>;
  if (meeting === null) return <NotHere session={session} />;
  const current = (['before', 'register', 'during', 'closing'] as const).find((t) => t === tab) ?? 'before';
  return (
    <div class="meeting-screens">
      <MeetingHeader session={session} meeting={meeting} tab={current} />
      {current === 'before' && <BeforeScreen session={session} meeting={meeting} />}
      {current === 'register' && <RegisterScreen session={session} meeting={meeting} />}
      {current === 'during' && <DuringScreen session={session} meeting={meeting} />}
      {current === 'closing' && <ClosingScreen session={session} meeting={meeting} />}
    </div>
  );
});

function NotHere({ session }: { session: SectionProps['session'] }) {
  return (
    <div class="card">
      <h2>This meeting is not here</h2>
      <p>It may have been removed on another device, or the link is not complete.</p>
      <a href={href('p', session.projectId, 'meetings')}>See all meetings</a>
    </div>
  );
}
