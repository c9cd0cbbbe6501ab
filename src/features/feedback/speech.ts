import { formatLocale } from '../../core/format/intl';

/** Whether this browser can read text aloud at all. */
export const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';

/** Reads the words aloud, a little slower than usual, in the language the screen is shown in. */
export function speak(text: string) {
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = formatLocale();
  utterance.rate = 0.9;
  speechSynthesis.speak(utterance);
}

export function stopSpeaking() {
  if (canSpeak()) speechSynthesis.cancel();
}
