import type { OfficeSettings } from '../core/settings/schema';

/**
 * Word lists for the generated register: a Łódź city-hall press office that also answers
 * Ukrainian media (Łódź and Lviv are partner cities). Names and subjects keep their diacritics
 * on purpose, so that folded search ('lodz' → 'Łódź') is exercised on realistic text.
 */
export const BENCH_OFFICE: OfficeSettings = {
  cityName: 'Łódź',
  officeName: 'Urząd Miasta Łodzi — Biuro Rzecznika Prasowego',
  address: 'ul. Piotrkowska 104, 90-926 Łódź',
  jurisdiction: 'PL',
  timeZone: 'Europe/Warsaw',
  language: 'pl',
  calendars: [],
  departments: [
    { id: 'brp', name: 'Biuro Rzecznika Prasowego' },
    { id: 'sek', name: 'Sekretariat Prezydenta' },
    { id: 'inw', name: 'Wydział Inwestycji Miejskich' },
    { id: 'edu', name: 'Wydział Edukacji' },
    { id: 'zim', name: 'Zarząd Inwestycji Miejskich' },
  ],
  people: [
    { id: 'akow', name: 'Anna Kowalska', departmentId: 'brp', position: 'Rzecznik Prasowy' },
    { id: 'pnow', name: 'Piotr Nowak', departmentId: 'brp', position: 'Inspektor' },
    { id: 'mwis', name: 'Magdalena Wiśniewska', departmentId: 'inw', position: 'Naczelnik' },
    { id: 'lzol', name: 'Łukasz Żółkiewski', departmentId: 'brp', position: 'Główny specjalista' },
    { id: 'ekra', name: 'Elżbieta Krawczyk', departmentId: 'sek', position: 'Sekretarz' },
    { id: 'gdab', name: 'Grzegorz Dąbrowski', departmentId: 'zim', position: 'Dyrektor' },
    { id: 'jsle', name: 'Jędrzej Ślęzak', departmentId: 'edu', position: 'Inspektor' },
    {
      id: 'obon',
      name: 'Олена Бондаренко',
      departmentId: 'brp',
      position: 'Specjalista ds. mediów ukraińskich',
    },
    { id: 'zwoj', name: 'Zuzanna Wójcik', departmentId: 'inw', position: 'Inspektor' },
    { id: 'mste', name: 'Małgorzata Stępień', departmentId: 'edu', position: 'Naczelnik' },
    { id: 'tpia', name: 'Tomasz Piątek', departmentId: 'zim', position: 'Inspektor' },
    { id: 'kmaz', name: 'Katarzyna Mazur', departmentId: 'sek', position: 'Asystentka' },
  ],
  letterNumberPattern: 'BP.0121.{seq}.{year}',
  stationery: { enabled: false, topMm: 45, leftMm: 25 },
  crest: null,
  inquiryNumberPattern: 'BRP.1431.{seq}.{year}',
  signatoryName: 'Anna Kowalska',
  signatoryFunction: 'Rzecznik Prasowy Prezydenta Miasta Łodzi',
  uaMartialLawEnd: null,
};

export interface Outlet {
  name: string;
  type: 'daily' | 'periodical' | 'online' | 'radio' | 'tv' | 'agency';
  domain: string;
}

export interface Vocabulary {
  maleFirst: readonly string[];
  femaleFirst: readonly string[];
  /** Masculine forms; `feminine` turns -ski into -ska where the language does. */
  surnames: readonly string[];
  feminine: (surname: string) => string;
  outlets: readonly Outlet[];
  /** `{street}`, `{district}`, `{year}` and `{n}` are filled in. */
  subjects: readonly string[];
  streets: readonly string[];
  districts: readonly string[];
  questions: readonly string[];
  answers: readonly string[];
  refusals: readonly { reason: string; legalBasis: string }[];
  forwardTo: readonly string[];
  pauseReasons: readonly string[];
  extensionReasons: readonly string[];
}

const plFeminine = (s: string): string =>
  s.replace(/ski$/, 'ska').replace(/cki$/, 'cka').replace(/dzki$/, 'dzka');
const uaFeminine = (s: string): string => s.replace(/ський$/, 'ська').replace(/цький$/, 'цька');

export const PL: Vocabulary = {
  maleFirst: ['Łukasz', 'Paweł', 'Michał', 'Tomasz', 'Piotr', 'Krzysztof', 'Jakub', 'Bartłomiej', 'Maciej'],
  femaleFirst: ['Agnieszka', 'Małgorzata', 'Katarzyna', 'Joanna', 'Żaneta', 'Elżbieta', 'Urszula', 'Zuzanna'],
  surnames: [
    'Kowalski',
    'Wiśniewski',
    'Dąbrowski',
    'Lewandowski',
    'Żółkiewski',
    'Łęcki',
    'Zieliński',
    'Woźniak',
    'Wójcik',
    'Kozłowski',
    'Mazur',
    'Krawczyk',
    'Piątek',
    'Pawłowski',
    'Król',
    'Jabłoński',
    'Stępień',
    'Górski',
    'Szczepański',
    'Błaszczyk',
    'Gałązka',
    'Ślęzak',
  ],
  feminine: plFeminine,
  outlets: [
    { name: 'Dziennik Łódzki', type: 'daily', domain: 'dzienniklodzki.example' },
    { name: 'Express Ilustrowany', type: 'daily', domain: 'expressilustrowany.example' },
    { name: 'Gazeta Wyborcza Łódź', type: 'daily', domain: 'lodz.wyborcza.example' },
    { name: 'Radio Łódź', type: 'radio', domain: 'radiolodz.example' },
    { name: 'TVP3 Łódź', type: 'tv', domain: 'tvp3lodz.example' },
    { name: 'Polska Agencja Prasowa', type: 'agency', domain: 'pap.example' },
    { name: 'lodz.naszemiasto.pl', type: 'online', domain: 'naszemiasto.example' },
    { name: 'Tygodnik Bałucki', type: 'periodical', domain: 'tygodnikbalucki.example' },
    { name: 'Radio Eska Łódź', type: 'radio', domain: 'eska.example' },
    { name: 'Wirtualna Polska', type: 'online', domain: 'wp.example' },
    { name: 'Polsat News', type: 'tv', domain: 'polsatnews.example' },
  ],
  subjects: [
    'Remont ulicy {street}',
    'Koszt przebudowy ulicy {street}',
    'Harmonogram remontu torowiska na ulicy {street}',
    'Dotacje dla klubów sportowych w {year} r.',
    'Umowy na usługi promocyjne Łodzi w {year} r.',
    'Wynagrodzenia w spółkach miejskich w {year} r.',
    'Budżet obywatelski Łodzi na {year} r.',
    'Spotkanie z mieszkańcami osiedla {district}',
    'Wycinka drzew przy ulicy {street}',
    'Ceny biletów MPK Łódź od {year} r.',
    'Inwestycje na osiedlu {district}',
    'Zatrudnienie w Urzędzie Miasta Łodzi',
    'Stan techniczny wiaduktu na ulicy {street}',
    'Mieszkania komunalne — kolejka oczekujących na {district}',
    'Ścieżki rowerowe na osiedlu {district}',
    'Żłobki miejskie — liczba miejsc w {year} r.',
    'Szkoła Podstawowa nr {n} — termomodernizacja',
    'Opłaty za śmieci w Łodzi od {year} r.',
  ],
  streets: [
    'Piotrkowskiej',
    'Kościuszki',
    'Żeromskiego',
    'Zgierskiej',
    'Łąkowej',
    'Źródłowej',
    'Wólczańskiej',
    'Narutowicza',
    'Pomorskiej',
    'Rzgowskiej',
    'Śląskiej',
    'Przybyszewskiego',
  ],
  districts: [
    'Bałuty',
    'Widzew',
    'Górna',
    'Polesie',
    'Śródmieście',
    'Retkinia',
    'Teofilów',
    'Chojny',
    'Stoki',
  ],
  questions: [
    'Proszę o podanie całkowitego kosztu oraz nazw wykonawców w sprawie: {subject}. Odpowiedź proszę przesłać na adres e-mail redakcji.',
    'Na podstawie art. 3a Prawa prasowego w zw. z ustawą o dostępie do informacji publicznej wnoszę o informację: {subject}. Proszę o kopie umów wraz z aneksami.',
    'Czy miasto planuje dalsze działania w sprawie „{subject}”? Ile środków zabezpieczono w budżecie i kiedy prace się zakończą?',
    'Uprzejmie proszę o odpowiedź na pytania mieszkańców dotyczące: {subject}. Materiał ukaże się w najbliższym wydaniu.',
  ],
  answers: [
    'Uprzejmie informuję, że zestawienie kosztów przekazujemy w załączniku. Dane pochodzą z Wydziału Finansowego.',
    'W odpowiedzi na pytania redakcji informuję, że prace zakończą się zgodnie z harmonogramem, a umowy są dostępne w BIP.',
    'Uprzejmie wyjaśniam, że sprawa jest w toku; szczegółowe dane zostaną opublikowane w Biuletynie Informacji Publicznej.',
  ],
  refusals: [
    {
      reason: 'Żądane informacje stanowią dane osobowe osób niepełniących funkcji publicznych.',
      legalBasis: 'art. 5 ust. 2 ustawy o dostępie do informacji publicznej',
    },
    {
      reason:
        'Informacja przetworzona — wnioskodawca nie wykazał szczególnie istotnego interesu publicznego.',
      legalBasis: 'art. 3 ust. 1 pkt 1 ustawy o dostępie do informacji publicznej',
    },
  ],
  forwardTo: [
    'Urząd Marszałkowski Województwa Łódzkiego',
    'Miejskie Przedsiębiorstwo Komunikacyjne w Łodzi',
    'Zarząd Dróg i Transportu w Łodzi',
    'Łódzki Urząd Wojewódzki',
  ],
  pauseReasons: ['Wezwanie do doprecyzowania wniosku', 'Oczekiwanie na dane ze spółki miejskiej'],
  extensionReasons: [
    'Konieczność zebrania danych z kilku wydziałów; informacja zostanie udostępniona w terminie przedłużonym.',
  ],
};

export const UA: Vocabulary = {
  maleFirst: ['Іван', 'Андрій', 'Олександр', 'Дмитро', 'Сергій', 'Юрій', 'Богдан', 'Тарас', 'Євген', 'Ігор'],
  femaleFirst: [
    'Олена',
    'Юлія',
    'Наталія',
    'Оксана',
    'Ірина',
    'Тетяна',
    'Катерина',
    'Ганна',
    'Соломія',
    'Ярина',
  ],
  surnames: [
    'Коваленко',
    'Петренко',
    'Шевченко',
    'Бондаренко',
    'Ткаченко',
    'Кравченко',
    'Олійник',
    'Мельник',
    'Поліщук',
    'Савчук',
    'Гнатюк',
    'Лисенко',
    'Ярошенко',
    'Ковальський',
    'Ґудзь',
    'Їжакевич',
  ],
  feminine: uaFeminine,
  outlets: [
    { name: 'Суспільне Київ', type: 'tv', domain: 'suspilne.example' },
    { name: 'Українська правда', type: 'online', domain: 'pravda.example' },
    { name: 'Укрінформ', type: 'agency', domain: 'ukrinform.example' },
    { name: 'Радіо Свобода', type: 'radio', domain: 'radiosvoboda.example' },
    { name: 'Вечірній Київ', type: 'online', domain: 'vechirniy.example' },
    { name: 'Львівська газета', type: 'daily', domain: 'gazeta.lviv.example' },
    { name: 'Житомир.info', type: 'online', domain: 'zhitomir-info.example' },
    { name: 'Дзеркало тижня', type: 'periodical', domain: 'zn.example' },
  ],
  subjects: [
    'Ремонт вулиці {street}',
    'Укриття у школах: {district} район',
    'Графік відключень електроенергії: {district} район',
    'Співпраця Лодзі з Києвом та Львовом у {year} році',
    'Гуманітарна допомога від Лодзі для київських лікарень',
    'Закупівлі генераторів для лікарень Києва у {year} році',
    'Кількість внутрішньо переміщених осіб у Лодзі',
    'Відновлення пошкодженого житла на вулиці {street}',
    'Кошторис ремонту їдальні ліцею № {n}',
    'Стипендії для українських студентів у Лодзі',
    'Українські діти у школах Лодзі у {year} році',
  ],
  streets: [
    'Хрещатик',
    'Володимирська',
    'Січових Стрільців',
    'Богдана Хмельницького',
    'Ярославів Вал',
    'Саксаганського',
    'Велика Житомирська',
    'Лесі Українки',
    'Ґонти',
    'Їжакевича',
  ],
  districts: ['Шевченківський', 'Печерський', 'Подільський', 'Оболонський', 'Дарницький', 'Голосіївський'],
  questions: [
    'Відповідно до Закону України «Про доступ до публічної інформації» прошу надати інформацію щодо: {subject}. Відповідь прошу надіслати на електронну адресу редакції.',
    'Просимо надати копії договорів та кошторисів щодо: {subject}. Київ, редакція.',
    'Які заходи заплановано у зв’язку з темою «{subject}» і який обсяг фінансування передбачено?',
  ],
  answers: [
    'Повідомляємо, що запитувану інформацію надаємо у додатку. Дані підготовлено управлінням фінансів.',
    'У відповідь на запит повідомляємо, що роботи виконуються згідно з графіком; договори оприлюднено на порталі Prozorro.',
  ],
  refusals: [
    {
      reason: 'Запитувана інформація містить персональні дані осіб, які не є посадовими особами.',
      legalBasis: 'ст. 6 ч. 2 Закону України «Про доступ до публічної інформації»',
    },
  ],
  forwardTo: ['Київська міська державна адміністрація', 'Львівська міська рада', 'КП «Київтеплоенерго»'],
  pauseReasons: ['Відстрочка розгляду в умовах воєнного стану (ст. 22 ч. 6)'],
  extensionReasons: ['Запит стосується великого обсягу даних; строк розгляду продовжено до 20 робочих днів.'],
};
