import type { SectionProps } from '../section';
import { FeedbackHome } from './FeedbackHome';
import { KioskScreen } from './KioskScreen';
import { PaperEntryScreen } from './PaperEntryScreen';
import { PrintScreen } from './PrintScreen';
import { QuestionnaireScreen } from './QuestionnaireScreen';
import { ResultsScreen } from './ResultsScreen';
import './feedback.css';

/**
 * Routes inside Feedback:
 *   (none)                      questionnaires, templates and settings
 *   q/<id>                      edit a questionnaire and start kiosk mode
 *   q/<id>/results              results, over time and between two rounds
 *   q/<id>/print                the paper version
 *   q/<id>/paper                type in paper answers
 *   kiosk/<id>[/<meetingId>]    kiosk mode (the whole screen, no app header)
 * Every screen reads the open project from src/state (ProjectArea provides it).
 */
export function Screen({ rest }: SectionProps) {
  const [where, id, what] = rest;
  if (where === 'kiosk' && id) return <KioskScreen key={`${id}/${what ?? ''}`} questionnaireId={id} {...(what ? { meetingId: what } : {})} />;
  if (where === 'q' && id) {
    if (what === 'results') return <ResultsScreen key={id} questionnaireId={id} />;
    if (what === 'print') return <PrintScreen key={id} questionnaireId={id} />;
    if (what === 'paper') return <PaperEntryScreen key={id} questionnaireId={id} />;
    return <QuestionnaireScreen key={id} questionnaireId={id} />;
  }
  return <FeedbackHome />;
}
