/** Fixtures and readers shared by the export tests (not used by production code). */
import JSZip from 'jszip';
import { NEW_INQUIRY_STATE } from '../../core/inquiries/lifecycle';
import type { Inquiry } from '../../core/inquiries/schema';
import { defaultSettings, type OfficeSettings } from '../../core/settings/schema';

export const NOW = '2026-11-25T10:00:00+01:00';

export function plOffice(): OfficeSettings {
  return {
    ...defaultSettings('test', 'PL').office,
    cityName: 'Łódź',
    officeName: 'Biuro Rzecznika Prasowego Urzędu Miasta Łodzi',
    address: 'ul. Piotrkowska 104\n90-926 Łódź',
    signatoryName: 'Małgorzata Żółkiewska',
    signatoryFunction: 'Rzeczniczka Prasowa',
    departments: [{ id: 'd1', name: 'Wydział Gospodarki Komunalnej' }],
    people: [{ id: 'p1', name: 'Jerzy Wiśniewski', departmentId: 'd1', position: '' }],
  };
}

export function uaOffice(): OfficeSettings {
  return {
    ...defaultSettings('test', 'UA').office,
    cityName: 'Київ',
    officeName: 'Прес-служба Київської міської ради',
    address: 'вул. Хрещатик, 36\n01044 Київ',
    signatoryName: 'Олена Ковальчук',
    signatoryFunction: 'Речниця',
  };
}

const BASE: Inquiry = {
  id: 'i1',
  regNo: 'BP.1431.7.2026',
  receivedAt: '2026-11-09T09:15:00+01:00',
  channel: 'email',
  journalistName: 'Zofia Łęcka',
  outletName: 'Dziennik Łódzki',
  outletType: 'daily',
  contact: 'zofia.lecka@dziennik.lodz.pl',
  subject: 'Zażółć gęślą jaźń – remont ul. Piotrkowskiej',
  question: 'Ile kosztował remont?\n\nKiedy zakończą się prace?',
  jurisdiction: 'PL',
  ruleId: 'PL-UDIP-PROVIDE',
  assigneeDepartmentId: 'd1',
  assigneePersonId: 'p1',
  ...NEW_INQUIRY_STATE,
  status: 'in_progress',
  pauses: [],
  dueAt: '2026-11-23T23:00:00.000Z',
  dueDate: '2026-11-23',
  suspended: false,
  createdAt: '2026-11-09T08:15:00.000Z',
  updatedAt: '2026-11-09T08:15:00.000Z',
};

export function plInquiry(patch: Partial<Inquiry> = {}): Inquiry {
  return { ...BASE, ...patch };
}

export function uaInquiry(patch: Partial<Inquiry> = {}): Inquiry {
  return {
    ...BASE,
    id: 'u1',
    regNo: 'ПС-12/2026',
    receivedAt: '2026-11-17T11:20:00+02:00',
    journalistName: 'Олександр Гнатюк',
    outletName: 'Запорізька правда',
    outletType: 'online',
    contact: 'hnatiuk@zp.example.ua',
    subject: 'Ремонт укриттів у Києві',
    question: 'Скільки укриттів відремонтовано?',
    jurisdiction: 'UA',
    ruleId: 'UA-API-RESPONSE',
    assigneeDepartmentId: null,
    assigneePersonId: null,
    dueAt: '2026-11-24T22:00:00.000Z',
    dueDate: '2026-11-24',
    ...patch,
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The visible text of a .docx, one string per paragraph (runs joined, line breaks as "\n"). */
export async function docxParagraphs(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<w:br\/>|<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)]
        .map((m) => (m[0] === '<w:br/>' ? '\n' : (m[1] ?? '')))
        .join('')
        .replace(/&(\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole),
    )
    .filter((text) => text !== '');
}
