import { lazyModule } from '../state/use-lazy';

/** Everything inside a project. The projects screen warms it once it has drawn its list. */
export const projectArea = lazyModule(() => import('./ProjectArea'));
