import { startServer } from './app';
import { configFromEnv } from './config';

const running = await startServer(configFromEnv());

// Pending document stores are flushed by Hocuspocus on destroy, so nothing is lost on Ctrl-C.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await running.close();
    process.exit(0);
  });
}
