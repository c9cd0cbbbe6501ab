import type { SectionProps } from '../section';
import { AimsScreen } from './AimsScreen';
import { DocumentScreen } from './DocumentScreen';
import { MapsScreen } from './MapsScreen';
import { PlanOverview } from './PlanOverview';
import { ReadinessScreen } from './ReadinessScreen';
import { RisksScreen } from './RisksScreen';
import { SeriesScreen } from './SeriesScreen';
import { StageScreen } from './StageScreen';
import { ValuesScreen } from './ValuesScreen';
import './plan.css';

/** The Plan section: an overview of its parts, each part on its own screen. */
export function PlanScreen({ session, rest }: SectionProps) {
  switch (rest[0]) {
    case undefined:
      return <PlanOverview session={session} />;
    case 'readiness':
      return <ReadinessScreen session={session} />;
    case 'values':
      return <ValuesScreen session={session} />;
    case 'stage':
      return <StageScreen session={session} />;
    case 'aims':
      return <AimsScreen session={session} />;
    case 'meetings':
      return <SeriesScreen session={session} />;
    case 'terms':
      return <DocumentScreen session={session} kind="terms" />;
    case 'ground-rules':
      return <DocumentScreen session={session} kind="ground-rules" />;
    case 'people-and-assets':
      return <MapsScreen session={session} />;
    case 'risks':
      return <RisksScreen session={session} />;
    default:
      return <PlanOverview session={session} notFound />;
  }
}
