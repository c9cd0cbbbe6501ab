import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * Interface text lives in message catalogues (README, "Languages"). English is written in
 * the code and compiled into it; every other language is one PO file, loaded when chosen.
 * `npm run messages` gathers new and changed text into those files.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['cy'],
  catalogs: [
    {
      path: '<rootDir>/src/i18n/locales/{locale}',
      include: ['<rootDir>/src'],
      exclude: ['**/node_modules/**', '<rootDir>/src/vendor/**'],
    },
  ],
  // File names without line numbers, so moving code does not churn the catalogues.
  format: formatter({ lineNumbers: false }),
  orderBy: 'origin',
  // Every translated message reads from the app's one i18n instance (src/core/i18n/instance.ts).
  runtimeConfigModule: { i18n: ['#i18n', 'i18n'] },
});
