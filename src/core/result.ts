/** Errors at boundaries are values: a command or an import either succeeds or says why, in plain English. */
export type Result<T = void> = { ok: true; value: T } | { ok: false; message: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const done: Result<void> = { ok: true, value: undefined };
export const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });
