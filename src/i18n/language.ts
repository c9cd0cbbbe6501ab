import { signal } from '@preact/signals';
import { i18n } from '../core/i18n/instance';
import { setFormatLocale } from '../core/format/intl';
import { db } from '../state/app-db';
import { LANGUAGES, languageFor, type LanguageTag } from './languages';

/**
 * The language the app is shown in, on this device. The root component is keyed on it, so
 * choosing another redraws every screen in it (including text worked out before).
 */
export const language = signal<LanguageTag>('en');

/** The app's own choice on this device; kiosk mode may show another language while it runs. */
let appLanguage: LanguageTag = 'en';

/**
 * The last choice, kept where it can be read before the first screen draws (the settings
 * table needs the database open first), so a Welsh speaker never sees a flash of English.
 */
const HINT = 'cg-language';

async function activate(tag: LanguageTag): Promise<void> {
  const chosen = languageFor(tag) ?? LANGUAGES[0]!;
  if (chosen.load) i18n.load(chosen.tag, (await chosen.load()).messages);
  i18n.activate(chosen.tag);
  setFormatLocale(chosen.intl);
  document.documentElement.lang = chosen.intl;
  language.value = chosen.tag;
}

/** Before the first screen: the language chosen last time (its catalogue is precached, so this works offline). */
export async function startLanguage(): Promise<void> {
  const hint = localStorage.getItem(HINT);
  if (hint && hint !== 'en' && languageFor(hint)) {
    appLanguage = hint as LanguageTag;
    await activate(appLanguage).catch(() => undefined);
  }
  setTimeout(() => void followSetting().catch((error) => console.error('Could not read the language setting', error)), 0);
}

/**
 * The setting is the truth; the hint may be missing (storage cleared) or stale (another tab).
 * Read after the first screen: the settings' schemas need zod, which that screen does without.
 */
async function followSetting(): Promise<void> {
  const { readSetting, settings } = await settingsModule();
  const tag = await readSetting(db, settings.appLanguage);
  if (tag !== appLanguage) await chooseLanguage(tag);
}

/**
 * Saved before it is shown: a reload straight after the choice must not find the old setting
 * and turn the app back (the setting is what a new page follows).
 */
export async function chooseLanguage(tag: LanguageTag): Promise<void> {
  appLanguage = tag;
  const { writeSetting, settings } = await settingsModule();
  await writeSetting(db, settings.appLanguage, tag);
  localStorage.setItem(HINT, tag);
  await activate(tag);
}

/** The language kiosk mode is shown in on this device: its own choice, or the app's when none was made. */
export async function kioskLanguage(): Promise<LanguageTag> {
  const { readSetting, settings } = await settingsModule();
  return (await readSetting(db, settings.kioskLanguage)) ?? appLanguage;
}

/** Remembers the kiosk's language on this device, apart from the app's. */
export async function chooseKioskLanguage(tag: LanguageTag): Promise<void> {
  const { writeSetting, settings } = await settingsModule();
  await writeSetting(db, settings.kioskLanguage, tag);
}

/**
 * Shows every screen in the kiosk's language while kiosk mode runs, without changing the app's
 * choice (a reload starts in the app's language; the kiosk calls this again as it opens).
 */
export async function showKioskLanguage(): Promise<void> {
  const tag = await kioskLanguage();
  if (tag !== language.value) await activate(tag);
}

/** Back to the app's own language once kiosk mode ends. */
export async function showAppLanguage(): Promise<void> {
  if (appLanguage !== language.value) await activate(appLanguage);
}

async function settingsModule() {
  const [store, settings] = await Promise.all([import('../core/settings/store'), import('../core/settings/settings')]);
  return { ...store, settings };
}
