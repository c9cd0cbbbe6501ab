import { useState } from 'preact/hooks';
import type { Questionnaire } from '../../core/domain/questionnaire';
import type { KioskSession } from '../../core/feedback/kiosk-session';
import { KioskLeave } from './KioskLeave';
import { KioskEnded, KioskQuestion, KioskThanks, KioskWelcome } from './KioskSteps';
import { KioskTools } from './KioskTools';
import { useKioskSession } from './use-kiosk-session';
import './feedback.css';

/** The running kiosk: the tools along the top, the way out for the facilitator, and one screen of a person's turn. */
export function KioskSessionScreen({ questionnaire, kiosk: session }: { questionnaire: Questionnaire; kiosk: KioskSession }) {
  const kiosk = useKioskSession(questionnaire, session);
  const [textSize, setTextSize] = useState(0);
  const [contrast, setContrast] = useState(false);
  const { turn } = kiosk;
  return (
    <div
      class={`kiosk kiosk-text-${textSize}${contrast ? ' kiosk-contrast' : ''}`}
      onPointerDown={kiosk.stillHere}
      onKeyDown={kiosk.stillHere}
      onInput={kiosk.stillHere}
    >
      <header class="kiosk-bar">
        <KioskTools speech={kiosk.speech} textSize={textSize} onTextSize={setTextSize} contrast={contrast} onContrast={setContrast} />
        <KioskLeave onLeave={() => void kiosk.leave()} />
      </header>
      <main id="main" class="kiosk-main" tabIndex={-1}>
        {kiosk.ended ? (
          <KioskEnded kiosk={kiosk} />
        ) : turn.step === 'welcome' ? (
          <KioskWelcome kiosk={kiosk} questionnaire={questionnaire} />
        ) : turn.step === 'thanks' ? (
          <KioskThanks kiosk={kiosk} />
        ) : (
          <KioskQuestion kiosk={kiosk} questionnaire={questionnaire} index={turn.index} />
        )}
      </main>
    </div>
  );
}
