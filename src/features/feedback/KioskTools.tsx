import { t } from '@lingui/core/macro';
import { Button } from '../../ui/Button';
import { canSpeak, speak } from './speech';

const TEXT_SIZES = 3;

function textSizeName(size: number): string {
  if (size === 0) return t({ message: 'Normal', comment: 'Size of the text on the kiosk' });
  if (size === 1) return t({ message: 'Large', comment: 'Size of the text on the kiosk' });
  return t({ message: 'Largest', comment: 'Size of the text on the kiosk' });
}

/** What a person at the kiosk can change for themselves: hear the screen, bigger text, high contrast. */
export function KioskTools(props: {
  speech: string | null;
  textSize: number;
  onTextSize: (size: number) => void;
  contrast: boolean;
  onContrast: (on: boolean) => void;
}) {
  const { speech, textSize } = props;
  const size = textSizeName(textSize);
  return (
    <div class="kiosk-tools">
      {speech && canSpeak() && (
        <Button onClick={() => speak(speech)}>
          <SpeakerIcon /> {t`Read aloud`}
        </Button>
      )}
      <Button onClick={() => props.onTextSize(Math.max(0, textSize - 1))} disabled={textSize === 0}>
        <span aria-hidden="true">A−</span> {t`Smaller text`}
      </Button>
      <Button onClick={() => props.onTextSize(Math.min(TEXT_SIZES - 1, textSize + 1))} disabled={textSize === TEXT_SIZES - 1}>
        <span aria-hidden="true">A+</span> {t`Bigger text`}
      </Button>
      <Button onClick={() => props.onContrast(!props.contrast)} aria-pressed={props.contrast}>
        {t`High contrast`}
      </Button>
      <span class="visually-hidden" role="status">
        {t`Text size: ${size}`}
      </span>
    </div>
  );
}

function SpeakerIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" class="speaker-icon">
      <path d="M3 9h4l5-4v14l-5-4H3z" />
      <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" class="speaker-waves" />
    </svg>
  );
}
