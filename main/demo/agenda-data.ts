/**
 * A month of the mayor's agenda around "today" for the demo: recurring briefings, a council session,
 * a press conference, ceremonies, an official trip, a private item, a clash the secretariat must see,
 * applications to meet the mayor, and two held meetings (Polish and Ukrainian) with their protocols.
 * Days are offsets from today in the office's zone; times are local wall times.
 */
export interface DemoEvent {
  calendarId: string;
  type:
    | 'meeting'
    | 'council_session'
    | 'press_conference'
    | 'residents_meeting'
    | 'ceremony'
    | 'official_trip'
    | 'representation'
    | 'other';
  title: string;
  /** Offset in days from today; `from`/`to` 'HH:mm', or all-day when absent (`days` long). */
  day: number;
  from?: string;
  to?: string;
  days?: number;
  rrule?: string;
  location?: string;
  internal?: string[];
  external?: string[];
  notes?: string;
  private?: boolean;
  status?: 'planned' | 'confirmed' | 'cancelled';
}

export const DEMO_EVENTS: DemoEvent[] = [
  {
    calendarId: 'mayor',
    type: 'meeting',
    title: 'Narada z zastępcami i naczelnikami wydziałów',
    day: -14,
    from: '08:30',
    to: '09:30',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    location: 'Gabinet Prezydenta, pok. 101',
    internal: ['Ewa Zielińska', 'Magdalena Wiśniewska', 'Krzysztof Dąbrowski'],
    status: 'confirmed',
  },
  {
    calendarId: 'mayor',
    type: 'residents_meeting',
    title: 'Dyżur Prezydenta dla mieszkańców',
    day: -12,
    from: '15:00',
    to: '17:00',
    rrule: 'FREQ=WEEKLY;BYDAY=WE',
    location: 'Urząd Miasta, sala 12',
    notes: 'Zapisy w sekretariacie, tel. 41 26 72 115.',
    status: 'confirmed',
  },
  {
    calendarId: 'mayor',
    type: 'council_session',
    title: 'Sesja Rady Miasta — budżet na 2027 rok',
    day: 8,
    from: '10:00',
    to: '15:00',
    location: 'Sala Sesyjna, ul. Głogowskiego 3/5',
    status: 'confirmed',
  },
  {
    calendarId: 'press',
    type: 'press_conference',
    title: 'Konferencja prasowa: remont ul. Świętokrzyskiej',
    day: 2,
    from: '11:00',
    to: '11:45',
    location: 'Sala konferencyjna Urzędu Miasta',
    external: ['Gazeta Ostrowiecka', 'Radio Kielce', 'TVP3 Kielce'],
    status: 'confirmed',
  },
  {
    calendarId: 'mayor',
    type: 'press_conference',
    title: 'Konferencja prasowa: remont ul. Świętokrzyskiej',
    day: 2,
    from: '11:00',
    to: '11:45',
    location: 'Sala konferencyjna Urzędu Miasta',
    status: 'confirmed',
  },
  {
    calendarId: 'mayor',
    type: 'ceremony',
    title: 'Uroczystość nadania imienia Szkole Podstawowej nr 6',
    day: 5,
    from: '12:00',
    to: '14:00',
    location: 'SP nr 6, ul. Jana Pawła II 40',
    external: ['Dyrekcja szkoły', 'Kuratorium Oświaty'],
    notes: 'Przemówienie Prezydenta — przygotowuje Biuro Prasowe.',
  },
  {
    calendarId: 'mayor',
    type: 'representation',
    title: 'Jubileusz 100-lecia klubu sportowego KSZO',
    day: 6,
    from: '18:00',
    to: '20:00',
    location: 'Hala widowiskowo-sportowa',
  },
  {
    calendarId: 'mayor',
    type: 'official_trip',
    title: 'Wyjazd służbowy: Urząd Marszałkowski w Kielcach, Zgromadzenie Związku Miast Polskich',
    day: 12,
    days: 2,
    location: 'Kielce',
  },
  {
    calendarId: 'mayor',
    type: 'other',
    title: 'Wizyta lekarska',
    day: 3,
    from: '07:30',
    to: '08:15',
    private: true,
  },
  {
    // Booked over the Monday briefing by a deputy's office: the clash the secretariat must notice.
    calendarId: 'mayor',
    type: 'meeting',
    title: 'Spotkanie z prezesem Wodociągów Ostrowieckich',
    day: 7,
    from: '09:00',
    to: '10:00',
    location: 'Gabinet Prezydenta',
  },
  {
    calendarId: 'mayor',
    type: 'meeting',
    title: 'Delegacja z miasta partnerskiego Kamieniec Podolski / Делегація з міста-партнера',
    day: 9,
    from: '13:00',
    to: '15:00',
    location: 'Sala Herbowa',
    external: ['Делегація Кам’янець-Подільської міської ради'],
    status: 'confirmed',
  },
  {
    calendarId: 'deputy',
    type: 'meeting',
    title: 'Komisja przetargowa — modernizacja oświetlenia',
    day: 1,
    from: '10:00',
    to: '12:00',
    location: 'pok. 204',
  },
  {
    calendarId: 'deputy',
    type: 'ceremony',
    title: 'Otwarcie placu zabaw na osiedlu Ogrody',
    day: 4,
    from: '16:00',
    to: '17:00',
    location: 'os. Ogrody',
  },
  {
    calendarId: 'press',
    type: 'press_conference',
    title: 'Briefing prasowy po sesji Rady Miasta',
    day: 8,
    from: '15:30',
    to: '16:00',
    location: 'Hol Urzędu Miasta',
  },
];

export interface DemoApplication {
  daysAgo: number;
  applicantKind: 'person' | 'organisation';
  applicantName: string;
  organisation: string;
  contact: string;
  topic: string;
  preferredDates: string;
  participantsCount: number;
  /** Where the demo leaves it. */
  outcome: 'received' | { schedule: { day: number; from: string; to: string } } | { decline: string };
}

export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    daysAgo: 2,
    applicantKind: 'organisation',
    applicantName: 'Maria Kowalczyk',
    organisation: 'Stowarzyszenie Mieszkańców Osiedla Słoneczne',
    contact: 'm.kowalczyk@sloneczne.example, 600 123 456',
    topic: 'Parking przy ul. Sienkiewicza i przejście dla pieszych przy szkole',
    preferredDates: 'wtorki po 15:00',
    participantsCount: 6,
    outcome: 'received',
  },
  {
    daysAgo: 5,
    applicantKind: 'person',
    applicantName: 'Jerzy Ździebło',
    organisation: '',
    contact: 'tel. 41 265 11 22',
    topic: 'Zalewanie piwnic przy ul. Polnej po ulewach',
    preferredDates: 'dowolny termin',
    participantsCount: 1,
    outcome: { schedule: { day: 9, from: '10:00', to: '10:30' } },
  },
  {
    daysAgo: 9,
    applicantKind: 'organisation',
    applicantName: 'Олена Шевчук',
    organisation: 'Товариство «Українська громада Островця»',
    contact: 'o.shevchuk@gromada.example',
    topic: 'Приміщення для суботньої школи української мови',
    preferredDates: 'після 16:00',
    participantsCount: 4,
    outcome: 'received',
  },
  {
    daysAgo: 20,
    applicantKind: 'person',
    applicantName: 'Andrzej Wróbel',
    organisation: '',
    contact: 'a.wrobel@poczta.example',
    topic: 'Sprawa sporu sąsiedzkiego o miedzę',
    preferredDates: '',
    participantsCount: 1,
    outcome: { decline: 'Sprawa cywilna między sąsiadami — nie należy do kompetencji Prezydenta Miasta.' },
  },
];
