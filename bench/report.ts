import { cpus, totalmem } from 'node:os';
import type { Stats } from './measure';

/** Printing only: number formats, the machine line and the comparison table. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  return value.toFixed(1);
}

export function ratio(a: number, b: number): string {
  return b > 0 ? `${(a / b).toFixed(2)}×` : '–';
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

export function thousands(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function machineLines(sqliteVersion: string): string[] {
  const cpu = cpus();
  return [
    `CPU      ${cpu[0]?.model.trim() ?? 'unknown'} — ${cpu.length} cores`,
    `Memory   ${bytes(totalmem())}`,
    `Runtime  Node ${process.version} (${process.platform} ${process.arch}), SQLite ${sqliteVersion}`,
  ];
}

/** A plain text table; numeric-looking cells are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const numeric = (cell: string) => /^[\d.,\s×–-]+$/.test(cell);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (numeric(cell) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export interface ComparisonRow {
  operation: string;
  /** Rows matched (the `total` of the page), as a sanity figure. */
  matched: number;
  repo: Stats;
  raw: Stats;
  /** False when the repository and the hand-written SQL did not return the same page. */
  same: boolean;
}

export function comparisonTable(rows: readonly ComparisonRow[]): string {
  return table(
    ['operation', 'matched', 'repo p50', 'repo p95', 'raw p50', 'raw p95', 'ratio p50', 'ratio p95', 'same'],
    rows.map((r) => [
      r.operation,
      thousands(r.matched),
      ms(r.repo.p50),
      ms(r.repo.p95),
      ms(r.raw.p50),
      ms(r.raw.p95),
      ratio(r.repo.p50, r.raw.p50),
      ratio(r.repo.p95, r.raw.p95),
      r.same ? 'yes' : 'NO',
    ]),
  );
}
