import { setupI18n } from '@lingui/core';

/**
 * The one translator every message goes through (the `t`, `plural` and `msg` macros from
 * `@lingui/core/macro` import it as `#i18n`). English is built into each message, so it
 * starts active with no catalogue; src/i18n loads and activates another language when a
 * facilitator chooses it. It has no Preact and no DOM, so core code and Node tests use it too.
 */
export const i18n = setupI18n({ locale: 'en', messages: { en: {} } });
