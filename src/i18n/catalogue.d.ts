/** A language's PO file, compiled by build/messages-plugin.ts when imported. */
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
