import type { SectionProps } from '../section';
import { BackupScreen } from './BackupScreen';
import { EvidenceScreen } from './EvidenceScreen';
import { LearningReviewScreen } from './LearningReviewScreen';
import { PackScreen } from './PackScreen';
import { ReportScreen } from './ReportScreen';
import { ReviewHome } from './ReviewHome';
import { YouSaidScreen } from './YouSaidScreen';
import './review.css';

export function Screen({ session, rest }: SectionProps) {
  const [screen, id] = rest;
  switch (screen) {
    case 'learning':
      return id ? <LearningReviewScreen session={session} reviewId={id} /> : <ReviewHome session={session} />;
    case 'you-said':
      return <YouSaidScreen session={session} />;
    case 'evidence':
      return <EvidenceScreen session={session} />;
    case 'pack':
      return <PackScreen session={session} />;
    case 'report':
      return <ReportScreen session={session} />;
    case 'backup':
      return <BackupScreen session={session} />;
    default:
      return <ReviewHome session={session} />;
  }
}

