// The built-in templates through the real engine: they inspect clean and render as letters.
import { describe, expect, it } from 'vitest';
import { inspectTemplate, renderTemplate } from '../engine';
import { BUILTIN_TEMPLATES, builtinTemplateDocx, type BuiltinTemplate } from './index';
import { paragraphTexts, partOf, tagsIn } from './test-helpers';

const PNG_1x1 = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

const FULL = {
  letterhead: {
    show: true,
    office: 'Urząd Miasta Ostrowca Świętokrzyskiego',
    city: 'Ostrowiec Świętokrzyski',
    address: 'ul. Głogowskiego 3/5\n27-400 Ostrowiec Świętokrzyski',
  },
  hasCrest: true,
  crest: { kind: 'image', data: PNG_1x1, extension: '.png', widthCm: 2.5, heightCm: 3 },
  place: 'Ostrowiec Świętokrzyski',
  date: '2 marca 2026 r.',
  regNo: 'OR.0531.12.2026',
  salutation: 'Szanowny Panie Janie',
  subject: 'Dni Miasta',
  recipient: {
    name: 'Jan Kowalski',
    organisation: 'Stowarzyszenie Przyjaciół Ostrowca',
    addressLines: [{ line: 'ul. Długa 5' }, { line: '27-400 Ostrowiec Świętokrzyski' }],
  },
  signatory: { name: 'Zofia Nowak', function: 'Prezydent Miasta Ostrowca Świętokrzyskiego' },
  years: '100',
  institution: 'Szkoła Podstawowa nr 3',
  names: 'Anna i Jan Kowalscy',
  reason: 'pomoc w organizacji Dni Miasta',
  event: 'Gala Wolontariatu',
  eventDate: '20 marca 2026 r.',
  eventTime: '18:00',
  eventPlace: 'Miejskie Centrum Kultury',
  achievement: 'w uznaniu zasług dla Miasta',
  deceased: 'Jana Kowalskiego',
  relation: 'Pani Męża',
  role: 'Honorowego Obywatela Miasta',
  dateOfDeath: '1 marca 2026 r.',
  funeral: 'Pogrzeb odbędzie się 5 marca 2026 r.',
  applicant: 'Klub Biegacza „Krzemień”',
  scope: 'Honorowy Patronat Prezydenta Miasta',
  reportDays: '14',
};

const byId = (id: string) => BUILTIN_TEMPLATES.find((t) => t.id === id)!;

async function render(template: BuiltinTemplate, data: Record<string, unknown>): Promise<string[]> {
  const out = await renderTemplate(await builtinTemplateDocx(template.id), data);
  return paragraphTexts(await partOf(out, 'word/document.xml'));
}

describe.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s through the engine', (_id, template) => {
  it('inspects without issues and lists its fields among the placeholders', async () => {
    const info = inspectTemplate(await builtinTemplateDocx(template.id));
    expect(info.issues).toEqual([]);
    expect(info.ok).toBe(true);
    expect(info.placeholders).toEqual(expect.arrayContaining([...template.fields, 'signatory.name']));
    expect(info.images).toEqual(['crest']);
    if (template.kind !== 'diploma' && template.kind !== 'obituary') {
      expect(info.loops).toEqual(['recipient.addressLines']);
      expect(info.conditions).toEqual(expect.arrayContaining(['letterhead.show', 'hasCrest']));
    }
  });

  it('renders with every field filled, leaving no tag behind', async () => {
    const out = await renderTemplate(await builtinTemplateDocx(template.id), FULL);
    const xml = await partOf(out, 'word/document.xml');
    expect(tagsIn(xml)).toEqual([]);
    const text = paragraphTexts(xml).join('\n');
    expect(text).toContain('Zofia Nowak');
    expect(text).toContain('Prezydent Miasta Ostrowca Świętokrzyskiego');
    expect(xml.includes('<w:drawing'), 'the crest is in').toBe(true);
  });
});

describe('rendered letters', () => {
  it('print the letterhead, the date, the recipient one line per paragraph and the salutation', async () => {
    const paragraphs = await render(byId('builtin:congratulations_birthday:pl'), FULL);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'Urząd Miasta Ostrowca Świętokrzyskiego',
        'Ostrowiec Świętokrzyski, 2 marca 2026 r.',
        'Znak: OR.0531.12.2026',
        'Jan Kowalski',
        'ul. Długa 5',
        '27-400 Ostrowiec Świętokrzyski',
        'Szanowny Panie Janie,',
        'Z wyrazami szacunku',
      ]),
    );
    expect(paragraphs.join('\n')).toContain('Z okazji 100. urodzin proszę przyjąć');
  });

  it('leave out the letterhead on stationery and the parts whose fields are empty', async () => {
    const data = {
      ...FULL,
      letterhead: { ...FULL.letterhead, show: false },
      hasCrest: false,
      years: '',
      relation: '',
      eventTime: '',
      subject: '',
      recipient: { ...FULL.recipient, organisation: '' },
    };
    const birthday = (await render(byId('builtin:congratulations_birthday:pl'), data)).join('\n');
    expect(birthday).not.toContain('Urząd Miasta');
    expect(birthday).not.toContain('Stowarzyszenie');
    expect(birthday).toContain('Z okazji urodzin proszę przyjąć');
    expect((await render(byId('builtin:congratulations_birthday:uk'), data)).join('\n')).toContain(
      'Щиро вітаю Вас з днем народження!',
    );
    expect((await render(byId('builtin:congratulations_birthday:uk'), FULL)).join('\n')).toContain(
      'Щиро вітаю Вас з 100-річчям!',
    );
    expect((await render(byId('builtin:condolences:pl'), data)).join('\n')).toContain(
      'wiadomość o śmierci śp. Jana Kowalskiego.',
    );
    expect((await render(byId('builtin:condolences:pl'), FULL)).join('\n')).toContain(
      'wiadomość o śmierci Pani Męża, śp. Jana Kowalskiego.',
    );
    const invitation = await render(byId('builtin:invitation:pl'), data);
    expect(invitation).toContain('które odbędzie się 20 marca 2026 r.');
    expect(invitation.join('\n')).not.toContain('Dotyczy:');
    expect(await render(byId('builtin:invitation:pl'), FULL)).toContain(
      'które odbędzie się 20 marca 2026 r. o godz. 18:00',
    );
  });

  it('keep the diploma on one landscape page and the obituary in its frame', async () => {
    const diploma = await renderTemplate(await builtinTemplateDocx('builtin:diploma:pl'), FULL);
    const diplomaXml = await partOf(diploma, 'word/document.xml');
    expect(diplomaXml).toContain('w:orient="landscape"');
    expect(diplomaXml).not.toContain('w:type="page"');
    expect(paragraphTexts(diplomaXml)).toEqual(
      expect.arrayContaining(['DYPLOM', 'dla', 'Anna i Jan Kowalscy', 'z okazji jubileuszu 100-lecia']),
    );
    const obituary = await renderTemplate(await builtinTemplateDocx('builtin:obituary:uk'), FULL);
    const table = (await partOf(obituary, 'word/document.xml')).match(/<w:tbl>[\s\S]*<\/w:tbl>/)?.[0] ?? '';
    expect(paragraphTexts(table)).toEqual(
      expect.arrayContaining([
        'З глибоким сумом сприйняли звістку про смерть',
        'Jana Kowalskiego',
        '† 1 marca 2026 r.',
      ]),
    );
  });
});
