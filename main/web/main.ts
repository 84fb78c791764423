import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap } from '../bootstrap';
import { seedDemo } from '../demo/seed';
import { defaultDataDir, resolveDataDir } from '../paths';
import { clockFromEnv } from '../services/context';
import { createConfSettingsStore } from '../settings/conf-store';
import { parseWebArgs } from './cli-args';
import { startWebServer } from './http-server';
import { openInBrowser } from './open-browser';
import { describeStartupError, startupLanguage } from '../startup-error';
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
  // A seeded office has deadlines right away: raise their reminders now, not in a minute.
  if (args.demo && (await seedDemo(app.ctx))) app.ctx.reminders.tick();
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
  const language = startupLanguage(process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG);
  console.error(`PressDesk: ${describeStartupError(error, language)}`);
  process.exit(1);
});
