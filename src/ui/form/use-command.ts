import { useState } from 'preact/hooks';
import type { Result } from '../../core/result';

export interface CommandRunner {
  /** What the last command said when it failed; null after one that worked. */
  readonly error: string | null;
  /** Runs a command, keeps its message if it fails, and hands back its result. */
  run<T>(command: () => Result<T>): Result<T>;
  /** The same for a command that takes time (storage, files). */
  runAsync<T>(command: () => Promise<Result<T>>): Promise<Result<T>>;
  clear(): void;
}

/** The way a screen calls a command: the result back, and its message kept for `CommandError`. */
export function useCommand(): CommandRunner {
  const [error, setError] = useState<string | null>(null);
  const keep = <T>(result: Result<T>) => {
    setError(result.ok ? null : result.message);
    return result;
  };
  return {
    error,
    run: (command) => keep(command()),
    runAsync: async (command) => keep(await command()),
    clear: () => setError(null),
  };
}
