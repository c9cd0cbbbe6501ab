import { startServer } from './app';
import { configFromEnv } from './config';

const running = await startServer(configFromEnv());

// Hocuspocus writes every project waiting in its debounce window on destroy, so nothing
// is lost on Ctrl-C or `kill -TERM`. (`kill -9` skips this; see the README.)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    console.log(new Date().toISOString(), `${signal}: writing every open project to disk, then stopping`);
    await running.close();
    process.exit(0);
  });
}
