/**
 * The settings store with every declared setting, loaded when first needed. For code on the
 * first screen (the device lock): the declarations' schemas bring zod, which that screen does
 * without. Later calls reuse the loaded modules.
 */
export async function loadSettings() {
  const [store, settings] = await Promise.all([import('./store'), import('./settings')]);
  return { ...store, ...settings };
}
