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
export function PlanScreen({ rest }: SectionProps) {
  switch (rest[0]) {
    case undefined:
      return <PlanOverview />;
    case 'readiness':
      return <ReadinessScreen />;
    case 'values':
      return <ValuesScreen />;
    case 'stage':
      return <StageScreen />;
    case 'aims':
      return <AimsScreen />;
    case 'meetings':
      return <SeriesScreen />;
    case 'terms':
    case 'ground-rules':
      // Keyed, so moving between the two documents starts each screen afresh.
      return <DocumentScreen key={rest[0]} kind={rest[0]} />;
    case 'people-and-assets':
      return <MapsScreen />;
    case 'risks':
      return <RisksScreen />;
    default:
      return <PlanOverview notFound />;
  }
}
