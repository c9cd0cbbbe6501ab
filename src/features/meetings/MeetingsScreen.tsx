import { t } from '@lingui/core/macro';
import { memo } from 'preact/compat';
import { meetingType } from '../../core/domain/meeting';
import { useProjectId } from '../../state/project-context';
import { useRecord } from '../../state/records';
import { href } from '../../state/router';
import { LinkButton } from '../../ui/Button';
import type { SectionProps } from '../section';
import { BeforeScreen } from './BeforeScreen';
import { ClosingScreen } from './ClosingScreen';
import { DuringScreen } from './DuringScreen';
import { EngagementScreen } from './EngagementScreen';
import { MeetingHeader } from './MeetingHeader';
import { MeetingListScreen } from './MeetingListScreen';
import { NewMeetingScreen } from './MeetingForm';
import { RegisterScreen } from './RegisterScreen';
import { VenueScreen, VenuesScreen } from './VenuesScreen';
import './meetings.css';

/** Routes inside the Meetings section: list, new, venues, engagement, and each meeting's screens. */
export function MeetingsScreen({ rest }: SectionProps) {
  const [first, second, third] = rest;
  if (first === undefined) return <MeetingListScreen />;
  if (first === 'new') return <NewMeetingScreen />;
  if (first === 'venues') return second ? <VenueScreen venueId={second} /> : <VenuesScreen />;
  if (first === 'engagement') return <EngagementScreen />;
  if (first === 'm' && second) return <MeetingScreens meetingId={second} tab={third ?? 'before'} />;
  return <NotHere />;
}

export type MeetingTab = 'before' | 'register' | 'during' | 'closing';

// Memoised: the app above re-renders whenever the project list changes (after every save),
// and a meeting's screens need not redraw for that.
const MeetingScreens = memo(function MeetingScreens({ meetingId, tab }: { meetingId: string; tab: string }) {
  const meeting = useRecord(meetingType, meetingId, { withArchived: true });
  if (meeting === undefined) return <p role="status">{t`Loading the meeting…`}</p>;
  if (meeting === null) return <NotHere />;
  const current = (['before', 'register', 'during', 'closing'] as const).find((name) => name === tab) ?? 'before';
  return (
    <div class="meeting-screens">
      <MeetingHeader meeting={meeting} tab={current} />
      {current === 'before' && <BeforeScreen meeting={meeting} />}
      {current === 'register' && <RegisterScreen meeting={meeting} />}
      {current === 'during' && <DuringScreen meeting={meeting} />}
      {current === 'closing' && <ClosingScreen meeting={meeting} />}
    </div>
  );
});

function NotHere() {
  const projectId = useProjectId();
  return (
    <div class="card">
      <h2>{t`This meeting is not here`}</h2>
      <p>{t`It may have been removed on another device, or the link is not complete.`}</p>
      <LinkButton href={href('p', projectId, 'meetings')}>{t`See all meetings`}</LinkButton>
    </div>
  );
}
