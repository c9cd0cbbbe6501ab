import { t } from '@lingui/core/macro';
import type { Questionnaire } from '../../core/domain/questionnaire';
import { Button } from '../../ui/Button';
import { CommandError } from '../../ui/form/CommandError';
import { KioskAnswers } from './KioskAnswers';
import type { KioskState } from './use-kiosk-session';

/* The kiosk's screens, one person's turn from the welcome to the thanks; the state is useKioskSession's. */

export function KioskEnded({ kiosk }: { kiosk: KioskState }) {
  return (
    <section class="kiosk-screen">
      <h1 ref={kiosk.headingRef} tabIndex={-1}>
        {t`This feedback session has ended`}
      </h1>
      <p class="kiosk-lead">{t`It started on an earlier day. Please give the tablet back to the facilitator.`}</p>
    </section>
  );
}

export function KioskWelcome({ kiosk, questionnaire }: { kiosk: KioskState; questionnaire: Questionnaire }) {
  return (
    <section class="kiosk-screen">
      <h1 ref={kiosk.headingRef} tabIndex={-1}>
        {questionnaire.title}
      </h1>
      {questionnaire.intro && <p class="kiosk-lead">{questionnaire.intro}</p>}
      <p>{t`You do not give your name, and nobody can see what you choose. Skip any question you like. If you stop part way, the answers you gave still count.`}</p>
      <button type="button" class="kiosk-start" onClick={kiosk.begin}>
        {t({ message: 'Start', comment: 'Kiosk button: a person starts answering the questions' })}
      </button>
    </section>
  );
}

export function KioskThanks({ kiosk }: { kiosk: KioskState }) {
  return (
    <section class="kiosk-screen">
      <h1 ref={kiosk.headingRef} tabIndex={-1}>
        {t`Thank you`}
      </h1>
      {kiosk.problem ? (
        <CommandError error={kiosk.problem} />
      ) : (
        <p class="kiosk-lead">{t`Your answers are kept safely. Please pass the tablet to the next person.`}</p>
      )}
      <button type="button" class="kiosk-start" onClick={kiosk.nextPerson}>
        {t`Next person`}
      </button>
    </section>
  );
}

export function KioskQuestion({ kiosk, questionnaire, index }: { kiosk: KioskState; questionnaire: Questionnaire; index: number }) {
  const { question } = kiosk;
  if (!question) return null;
  const number = index + 1;
  const total = questionnaire.questions.length;
  return (
    <section class="kiosk-screen" data-question-index={index}>
      <p class="kiosk-progress">{t`Question ${number} of ${total}`}</p>
      <h1 id="kiosk-question" ref={kiosk.headingRef} tabIndex={-1} key={question.id}>
        {question.text}
      </h1>
      <KioskAnswers key={question.id} question={question} labels={kiosk.labels} problem={kiosk.problem} onAnswer={kiosk.choose} />
      <div class="kiosk-footer">
        {question.kind !== 'text' && (
          <button type="button" class="kiosk-skip" onClick={kiosk.skip}>
            {t`Skip this question`}
          </button>
        )}
        <Button variant="quiet" onClick={kiosk.startAgain}>
          {t`Start again`}
        </Button>
      </div>
    </section>
  );
}
