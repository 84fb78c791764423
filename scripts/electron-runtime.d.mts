export function electronBinary(
  root: string,
): { path: string; reason?: undefined } | { path: null; reason: string };
export function fetchElectron(
  root: string,
  run?: (...args: unknown[]) => { status: number | null; stdout?: string; stderr?: string },
): boolean;
export function electronVersion(root: string): string;
export function electronSqliteBinding(
  root: string,
  version: string,
  run?: (...args: unknown[]) => { status: number | null },
): string | null;
