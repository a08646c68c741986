import 'reflect-metadata';

import { Logger } from '@nestjs/common';

import { createEngineApp } from '@engine/app/create-engine-app';
import { loadEngineConfig } from '@engine/config/engine-config';
import { ConfigurationError } from '@engine/config/environment';
import { DEMO_PASSWORD } from '@engine/demo/demo-users';

async function bootstrap(): Promise<void> {
  const config = loadEngineConfig();
  const app = await createEngineApp(config);
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}`;
  const where = config.database.driver === 'sqlite' ? config.database.file : 'MariaDB';
  Logger.log(
    `Yilin 宜邻 is running at ${url} (API ${url}/api, docs ${url}/api/docs) — ` +
      `database: ${where}, queue: ${config.redisUrl ? 'Redis' : 'in-process'}, role: ${config.role}` +
      (config.seedDemo ? ` — demo sign-in: admin / ${DEMO_PASSWORD}` : ''),
    'Yilin',
  );
}

bootstrap().catch((error: unknown) => {
  // A bad setting is the operator's to fix: one line naming it says more than a stack trace.
  if (error instanceof ConfigurationError) console.error(error.message);
  else Logger.error(error instanceof Error ? error.stack : String(error), 'Yilin');
  process.exit(1);
});
