import { startServer } from './app';
import { configFromEnv } from './config';

const running = await startServer(configFromEnv());

// Without its store the server can confirm nothing: stop, and let the service manager start it again.
running.store.onFailure(() => process.exit(1));

// Changes are in the store when they are confirmed; stopping lets appends in flight and
// pending merges finish first. (`kill -9` skips this and loses only what was never confirmed.)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    console.log(new Date().toISOString(), `${signal}: finishing what is being stored, then stopping`);
    await running.close();
    process.exit(0);
  });
}
