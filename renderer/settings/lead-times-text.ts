/**
 * Lead times typed the way people say them: "1d, 2h, 30m" (d/h/m, also Polish and Ukrainian "dni, godz.,
 * min" initials d/g/m and д/г/хв). Returns minutes, or null when something cannot be read.
 */
const UNIT: Record<string, number> = { d: 1440, д: 1440, h: 60, g: 60, г: 60, m: 1, х: 1 };

export function parseLeadTimes(text: string): number[] | null {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim().toLowerCase().replace(/\.$/, ''))
    .filter(Boolean);
  const out: number[] = [];
  for (const part of parts) {
    const match = /^(\d+)\s*([a-zа-яіїєґ]*)$/u.exec(part);
    if (!match) return null;
    const unit = match[2] ? UNIT[match[2].charAt(0)] : 1;
    if (unit === undefined) return null;
    out.push(Number(match[1]) * unit);
  }
  return out;
}

export function formatLeadTimes(minutes: readonly number[]): string {
  return minutes
    .map((m) => (m % 1440 === 0 && m > 0 ? `${m / 1440}d` : m % 60 === 0 && m > 0 ? `${m / 60}h` : `${m}m`))
    .join(', ');
}
