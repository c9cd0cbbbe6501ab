import { t } from '@lingui/core/macro';
import { chooseLanguage, language } from '../i18n/language';
import { LANGUAGES, type LanguageTag } from '../i18n/languages';
import { RadioGroup } from '../ui/form/ChoiceGroup';

/** The language of the app on this device. Each language is named in itself, so a speaker finds theirs. */
export function LanguageCard() {
  return (
    <section class="card" aria-labelledby="language-heading">
      <h2 id="language-heading">{t`Language`}</h2>
      <RadioGroup
        legend={t`Show Common Ground in`}
        hint={t`Only on this device. Welsh is a first draft: a first-language speaker has not checked it yet.`}
        options={LANGUAGES.map((l) => ({ value: l.tag, label: l.name }))}
        value={language.value}
        onChange={(tag: LanguageTag) => void chooseLanguage(tag)}
      />
    </section>
  );
}
