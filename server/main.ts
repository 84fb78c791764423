import { createInterface } from 'node:readline';
import { runCli } from './cli/run';

/**
 * `tsx server/main.ts …` (npm run server): starts the PressDesk city sync server or administers its
 * accounts. See `--help`.
 */
function readLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, terminal: false });
    let done = false;
    rl.once('line', (line) => {
      done = true;
      rl.close();
      resolve(line);
    });
    rl.once('close', () => {
      if (!done) resolve('');
    });
  });
}

const result = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readLine,
  env: process.env,
  now: () => new Date(),
});

if (typeof result === 'number') {
  process.exitCode = result;
} else {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    result.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`PressDesk server: error while stopping on ${signal}: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
