import type { InquiryFields, InquiryTransition } from '../../core/inquiries/schema';
import type { OfficeSettings } from '../../core/settings/schema';

type Step = { daysAgo: number; build: (at: string) => Omit<InquiryTransition, 'id'> };
export interface DemoInquiry {
  daysAgo: number;
  fields: Omit<InquiryFields, 'receivedAt'>;
  steps: Step[];
}

export const DEMO_OFFICE: OfficeSettings = {
  cityName: 'Ostrowiec Świętokrzyski',
  officeName: 'Urząd Miasta Ostrowiec Świętokrzyski — Biuro Prasowe',
  address: 'ul. Głogowskiego 3/5, 27-400 Ostrowiec Świętokrzyski',
  jurisdiction: 'PL',
  timeZone: 'Europe/Warsaw',
  language: 'pl',
  departments: [
    { id: 'bp', name: 'Biuro Prasowe' },
    { id: 'sek', name: 'Sekretariat Prezydenta' },
    { id: 'wi', name: 'Wydział Inwestycji' },
    { id: 'wgk', name: 'Wydział Gospodarki Komunalnej' },
    { id: 'wso', name: 'Wydział Spraw Obywatelskich' },
  ],
  people: [
    { id: 'akow', name: 'Anna Kowalska', departmentId: 'bp', position: 'Rzecznik Prasowy' },
    { id: 'pnow', name: 'Piotr Nowak', departmentId: 'bp', position: 'Inspektor' },
    { id: 'mwis', name: 'Magdalena Wiśniewska', departmentId: 'wi', position: 'Naczelnik' },
    { id: 'kdab', name: 'Krzysztof Dąbrowski', departmentId: 'wgk', position: 'Naczelnik' },
    { id: 'olys', name: 'Oksana Łysenko', departmentId: 'wso', position: 'Inspektor' },
    { id: 'esek', name: 'Elżbieta Sęk', departmentId: 'sek', position: 'Sekretarka Prezydenta' },
  ],
  calendars: [
    { id: 'mayor', name: 'Prezydent Miasta Jan Malinowski', kind: 'mayor' },
    { id: 'deputy', name: 'Zastępca Prezydenta Ewa Zielińska', kind: 'deputy' },
    { id: 'press', name: 'Biuro Prasowe', kind: 'press' },
  ],
  letterNumberPattern: 'BP.0121.{seq}.{year}',
  stationery: { enabled: false, topMm: 45, leftMm: 25 },
  crest: null,
  inquiryNumberPattern: 'BP.1431.{seq}.{year}',
  signatoryName: 'Anna Kowalska',
  signatoryFunction: 'Rzecznik Prasowy Prezydenta Miasta',
  uaMartialLawEnd: null,
};

const start = (): Omit<InquiryTransition, 'id'> => ({ action: 'start' });

export const DEMO_INQUIRIES: DemoInquiry[] = [
  {
    daysAgo: 20,
    fields: {
      channel: 'email',
      journalistName: 'Tomasz Żółkiewski',
      outletName: 'Gazeta Ostrowiecka',
      outletType: 'periodical',
      contact: 't.zolkiewski@gazeta-ostrowiecka.example',
      subject: 'Koszt remontu ul. Świętokrzyskiej',
      question: 'Proszę o podanie całkowitego kosztu remontu ulicy Świętokrzyskiej oraz nazw wykonawców.',
      jurisdiction: 'PL',
      assigneeDepartmentId: 'wi',
      assigneePersonId: 'mwis',
    },
    steps: [{ daysAgo: 18, build: start }],
  },
  {
    daysAgo: 12,
    fields: {
      channel: 'epuap',
      journalistName: 'Katarzyna Łęcka',
      outletName: 'Radio Kielce',
      outletType: 'radio',
      contact: 'k.lecka@radio.example',
      subject: 'Umowy na obsługę promocyjną miasta',
      question: 'Wnoszę o udostępnienie kopii umów zawartych w 2026 r. na usługi promocyjne wraz z aneksami.',
      jurisdiction: 'PL',
      assigneeDepartmentId: 'bp',
      assigneePersonId: 'akow',
    },
    steps: [{ daysAgo: 11, build: start }],
  },
  {
    daysAgo: 3,
    fields: {
      channel: 'phone',
      journalistName: 'Paweł Mazur',
      outletName: 'Echo Dnia',
      outletType: 'daily',
      contact: '+48 600 100 200',
      subject: 'Frekwencja na spotkaniu z mieszkańcami w Łodzi',
      question: 'Ile osób zapisało się na spotkanie Prezydenta z mieszkańcami osiedla Ogrody?',
      jurisdiction: 'PL',
      assigneeDepartmentId: 'sek',
      assigneePersonId: 'pnow',
    },
    steps: [],
  },
  {
    daysAgo: 25,
    fields: {
      channel: 'email',
      journalistName: 'Joanna Kwiatkowska',
      outletName: 'ostrowiec.online',
      outletType: 'online',
      contact: 'redakcja@ostrowiec.example',
      subject: 'Dotacje dla klubów sportowych',
      question: 'Jakie kwoty dotacji otrzymały kluby sportowe w latach 2024–2026?',
      jurisdiction: 'PL',
      assigneeDepartmentId: 'bp',
      assigneePersonId: 'akow',
    },
    steps: [
      { daysAgo: 24, build: start },
      {
        daysAgo: 15,
        build: (at) => ({
          action: 'answer',
          text: 'Uprzejmie informuję, że zestawienie dotacji w latach 2024–2026 przekazujemy w załączniku.\n\nDane pochodzą z Wydziału Sportu.',
          sentAt: at,
          channel: 'email',
        }),
      },
    ],
  },
  {
    daysAgo: 9,
    fields: {
      channel: 'letter',
      journalistName: 'Michał Dąbrowski',
      outletName: 'Tygodnik Nadwiślański',
      outletType: 'periodical',
      contact: 'ul. Sienkiewicza 12, Ostrowiec Św.',
      subject: 'Wynagrodzenia w spółkach miejskich',
      question: 'Proszę o informację o wynagrodzeniach zarządów spółek komunalnych.',
      jurisdiction: 'PL',
      assigneeDepartmentId: 'bp',
      assigneePersonId: 'pnow',
    },
    steps: [
      {
        daysAgo: 2,
        build: (at) => ({
          action: 'refuse',
          reason: 'Żądane informacje stanowią dane osobowe osób niepełniących funkcji publicznych.',
          legalBasis: 'art. 5 ust. 2 ustawy o dostępie do informacji publicznej',
          decidedAt: at,
        }),
      },
    ],
  },
  {
    daysAgo: 8,
    fields: {
      channel: 'email',
      journalistName: 'Олена Коваленко',
      outletName: 'Суспільне Житомир',
      outletType: 'tv',
      contact: 'o.kovalenko@suspilne.example',
      subject: 'Укриття у школах міста',
      question: 'Просимо надати перелік укриттів у закладах освіти та їх стан станом на листопад 2026 року.',
      jurisdiction: 'UA',
      assigneeDepartmentId: 'bp',
      assigneePersonId: 'pnow',
    },
    steps: [{ daysAgo: 7, build: start }],
  },
  {
    daysAgo: 2,
    fields: {
      channel: 'social_media',
      journalistName: 'Іван Петренко',
      outletName: 'Zhytomyr.info',
      outletType: 'online',
      contact: 'https://t.me/zt_info',
      subject: 'Графік відключень електроенергії',
      question: 'Який графік відключень діятиме у Київському районі наступного тижня?',
      jurisdiction: 'UA',
      assigneeDepartmentId: 'bp',
      assigneePersonId: 'akow',
    },
    steps: [],
  },
  {
    daysAgo: 1,
    fields: {
      channel: 'email',
      journalistName: 'Ewa Zielińska',
      outletName: 'Polska Agencja Prasowa',
      outletType: 'agency',
      contact: 'e.zielinska@pap.example',
      subject: 'Budżet obywatelski 2027',
      question: 'Ile projektów złożono do budżetu obywatelskiego na 2027 r. i kiedy odbędzie się głosowanie?',
      jurisdiction: 'PL',
      assigneeDepartmentId: 'bp',
      assigneePersonId: 'akow',
    },
    steps: [],
  },
];
