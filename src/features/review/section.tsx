import type { SectionProps } from '../section';
import { BackupScreen } from './BackupScreen';
import { EvidenceScreen } from './EvidenceScreen';
import { LearningReviewScreen } from './LearningReviewScreen';
import { PackScreen } from './PackScreen';
import { ReportScreen } from './ReportScreen';
import { ReviewHome } from './ReviewHome';
import { YouSaidScreen } from './YouSaidScreen';
import './review.css';

export function Screen({ rest }: SectionProps) {
  const [screen, id] = rest;
  switch (screen) {
    case 'learning':
      return id ? <LearningReviewScreen reviewId={id} /> : <ReviewHome />;
    case 'you-said':
      return <YouSaidScreen />;
    case 'evidence':
      return <EvidenceScreen />;
    case 'pack':
      return <PackScreen />;
    case 'report':
      return <ReportScreen />;
    case 'backup':
      return <BackupScreen />;
    default:
      return <ReviewHome />;
  }
}
