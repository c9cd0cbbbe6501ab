import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module the first screen does not need (it is precached, so this works offline)
 * and re-renders once it is there.
 */
export function useLazy<T>(load: () => Promise<T>): T | undefined {
  const [module, setModule] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then((m) => live && setModule(() => m));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return module;
}
