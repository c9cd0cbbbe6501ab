import type { Section, SectionProps } from '../section';
import { FeedbackCard } from './FeedbackCard';
import { FeedbackHome } from './FeedbackHome';
import { KioskScreen } from './KioskScreen';
import { PaperEntryScreen } from './PaperEntryScreen';
import { PrintScreen } from './PrintScreen';
import { QuestionnaireScreen } from './QuestionnaireScreen';
import { ResultsScreen } from './ResultsScreen';
import './queue-actions';
import './feedback.css';

/**
 * Routes inside Feedback:
 *   (none)                      questionnaires, templates and settings
 *   q/<id>                      edit a questionnaire and start kiosk mode
 *   q/<id>/results              results, over time and between two rounds
 *   q/<id>/print                the paper version
 *   q/<id>/paper                type in paper answers
 *   kiosk/<id>[/<meetingId>]    kiosk mode (the whole screen, no app header)
 */
function FeedbackScreen({ session, rest }: SectionProps) {
  const [where, id, what] = rest;
  if (where === 'kiosk' && id) return <KioskScreen key={`${id}/${what ?? ''}`} session={session} questionnaireId={id} {...(what ? { meetingId: what } : {})} />;
  if (where === 'q' && id) {
    if (what === 'results') return <ResultsScreen key={id} session={session} questionnaireId={id} />;
    if (what === 'print') return <PrintScreen key={id} session={session} questionnaireId={id} />;
    if (what === 'paper') return <PaperEntryScreen key={id} session={session} questionnaireId={id} />;
    return <QuestionnaireScreen key={id} session={session} questionnaireId={id} />;
  }
  return <FeedbackHome session={session} />;
}

export const feedbackSection: Section = {
  id: 'feedback',
  title: 'Feedback',
  summary: 'Anonymous questionnaires, answered on a tablet passed round the room or on paper, and their results.',
  Screen: FeedbackScreen,
  DashboardCard: FeedbackCard,
  chromeless: (rest) => rest[0] === 'kiosk',
};
