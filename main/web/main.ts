import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../core/errors';
import { bootstrap } from '../bootstrap';
import { seedDemo } from '../demo/seed';
import { defaultDataDir, resolveDataDir } from '../paths';
import { clockFromEnv } from '../services/context';
import { createConfSettingsStore } from '../settings/conf-store';
import { parseWebArgs } from './cli-args';
import { startWebServer } from './http-server';
import { openInBrowser } from './open-browser';
import { APP_VERSION } from '../version';

/** Browser mode: the main-side services in plain Node, the renderer in any browser on 127.0.0.1. */
async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  const dataDir = resolveDataDir(args.dataDir, process.env, () => defaultDataDir());
  const app = bootstrap({
    mode: 'browser',
    appVersion: APP_VERSION,
    dataDir,
    settings: createConfSettingsStore,
    clock: clockFromEnv(process.env.PRESSDESK_NOW),
  });
  if (args.demo) seedDemo(app.ctx);
  const here = dirname(fileURLToPath(import.meta.url));
  const web = await startWebServer({
    dispatch: app.dispatch,
    onEvent: app.ctx.onEvent,
    rendererDir: join(here, '..', 'renderer'),
    port: args.port,
  });
  console.log(`PressDesk ready: ${web.url}`);
  if (args.open) openInBrowser(web.url);

  const stop = async () => {
    await web.close();
    await app.backup;
    app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    // Printed for a person, e.g. "The database was written by a newer PressDesk (schema 7, this version knows 1)".
    console.error(`PressDesk cannot start: ${describeStartupError(error)}`);
  } else {
    console.error('PressDesk cannot start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});

function describeStartupError(error: AppError): string {
  switch (error.code) {
    case 'DB_TOO_NEW':
      return `the database was written by a newer PressDesk (schema ${error.params.found}; this version knows ${error.params.supported}). Install the newer version.`;
    case 'DB_CORRUPT':
      return `the file ${error.params.file} is not a readable PressDesk database. Restore it from the backups folder next to it.`;
    case 'DB_LOCKED':
      return `the database ${error.params.file} is in use by another PressDesk window or cannot be opened for writing.`;
    default:
      return error.message;
  }
}
