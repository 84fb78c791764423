import type { OfficeSettings } from '../../core/settings/schema';

/**
 * Departments and people are edited as plain lines ("Anna Kowalska; Biuro Prasowe"), the way a
 * secretary keeps such a list. Ids of existing entries are kept so records stay assigned.
 */
const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 30) || 'x';

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function departmentsToText(office: OfficeSettings): string {
  return office.departments.map((d) => d.name).join('\n');
}

export function peopleToText(office: OfficeSettings): string {
  const names = Object.fromEntries(office.departments.map((d) => [d.id, d.name]));
  return office.people
    .map((p) => (p.departmentId ? `${p.name}; ${names[p.departmentId] ?? ''}` : p.name))
    .join('\n');
}

export function parseDepartments(
  text: string,
  previous: OfficeSettings['departments'],
): OfficeSettings['departments'] {
  const taken = new Set<string>();
  return lines(text).map((name) => {
    const existing = previous.find((d) => d.name === name);
    return { id: uniqueId(existing?.id ?? slug(name), taken), name };
  });
}

export function parsePeople(
  text: string,
  departments: OfficeSettings['departments'],
  previous: OfficeSettings['people'],
): OfficeSettings['people'] {
  const taken = new Set<string>();
  return lines(text).map((line) => {
    const [name = '', department = ''] = line.split(';').map((part) => part.trim());
    const existing = previous.find((p) => p.name === name);
    const departmentId = departments.find((d) => d.name === department)?.id ?? null;
    return {
      id: uniqueId(existing?.id ?? slug(name), taken),
      name,
      departmentId,
      position: existing?.position ?? '',
    };
  });
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
