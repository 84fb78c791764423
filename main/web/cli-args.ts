import { parseArgs } from 'node:util';

export interface WebArgs {
  dataDir: string | undefined;
  port: number;
  demo: boolean;
  open: boolean;
}

/** `npm run web -- --data-dir <dir> --port <n> --demo --no-open` */
export function parseWebArgs(argv: string[]): WebArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      demo: { type: 'boolean', default: false },
      'no-open': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got ${values.port}`);
  return { dataDir: values['data-dir'], port, demo: values.demo ?? false, open: !values['no-open'] };
}
