import { nameKey, organisationKey } from '../core/contacts/keys';
import { contactSchemas, type ContactFields, type OutletType } from '../core/contacts/schema';
import { foldForSearch } from '../core/text/fold';
import { toLatin } from '../core/text/translit';
import type { AppContext } from '../main/services/context';
import { timed } from './measure';
import type { Random } from './random';
import { PL, UA } from './vocabulary';

/**
 * A Łódź press office's contact directory (seeded): outlets, journalists linked to them, organisations,
 * residents and officials, Polish and Ukrainian (Cyrillic) names, plus a few hundred planted duplicates
 * of the kinds findDuplicates exists for. Names are kept distinct by their matching key (nameKey,
 * organisationKey) so that the duplicates found are the planted ones plus ~1 % real namesakes — with
 * small word lists, random names would otherwise make thousands of "Jan Kowalski" pairs.
 */

/** Word lists as one string each ('|' between entries), so they stay a few lines long. */
const words = (list: string) => list.split('|');
const PL_MALE = [
  ...PL.maleFirst,
  ...words('Jan|Andrzej|Stanisław|Józef|Marcin|Marek|Grzegorz|Adam|Zbigniew'),
];
PL_MALE.push(...words('Ryszard|Dariusz|Henryk|Wojciech|Mateusz|Kamil|Szymon'));
const PL_FEMALE = [...PL.femaleFirst, ...words('Anna|Maria|Barbara|Ewa|Teresa|Magdalena|Beata|Krystyna')];
PL_FEMALE.push(...words('Zofia|Monika|Danuta|Jadwiga|Aleksandra|Natalia|Dorota|Irena'));
/** Surnames are stem + ending (Kowal-ski, Kowal-czyk, Kowal-ewicz): 600 Polish and 360 Ukrainian ones. */
const PL_STEMS = words(
  'Kowal|Nowak|Wiśniew|Wójc|Kamień|Lewand|Zieliń|Szymań|Woźni|Dąbrow|Kozł|Jank|Mazur|Kwiatk|Krawc|Piotr|' +
    'Grab|Nowic|Pawł|Michal|Adamcz|Dud|Zając|Wieczor|Jabłoń|Król|Majew|Olsz|Górn|Stęp|Ślęz|Żółk|Łęg|Błasz|' +
    'Gałąz|Sikor|Baran|Czarn|Bednar|Kaczm|Wróbl|Sobcz|Kubi|Lis|Zawadz|Wilcz|Kołodziej|Tomasz|Rutk|Sadow|' +
    'Kurek|Malin|Ostrow|Gutow|Brzez|Wawrzyn|Kalin|Szewc|Pietrz',
);
const PL_SUFFIXES = words('ski|czyk|ak|ek|ik|owski|iński|ewicz|kiewicz|ała');
const UA_MALE = [...UA.maleFirst, ...words('Василь|Петро|Микола|Олег|Степан|Роман|Максим|Віктор|Григорій')];
UA_MALE.push(...words('Остап|Назар|Орест'));
const UA_FEMALE = [...UA.femaleFirst, ...words('Марія|Людмила|Галина|Ольга|Софія|Дарина|Христина|Віра')];
UA_FEMALE.push(...words('Лариса|Надія|Зоряна|Мирослава'));
const UA_STEMS = words(
  'Коваль|Петр|Шевч|Бондар|Ткач|Кравч|Мельнич|Савч|Гнат|Лис|Ярош|Олійн|Марч|Кушн|Гончар|Руд|Мороз|Павл|' +
    'Тимош|Данил|Сидор|Голуб|Остап|Левч|Вовч|Бойч|Гуц|Федор|Климч|Нестер|Гаврил|Кирил|Демч|Приход|Тарас|' +
    'Харч|Зінч|Юрч|Довж|Литвин',
);
const UA_SUFFIXES = words('енко|ук|ишин|ський|як|ів');
/** [his, hers] */
const PATRONYMICS = words('Іванович Іванівна|Петрович Петрівна|Миколайович Миколаївна|Олегович Олегівна');
const TOWNS = words('Zgierz|Pabianice|Kutno|Sieradz|Bełchatów|Łowicz|Skierniewice|Ozorków');
const UA_CITIES = words('Київ|Львів|Житомир|Вінниця|Рівне|Луцьк|Тернопіль|Полтава');
const TOPICS = words('sport|kultura|edukacja|inwestycje|transport|zdrowie|seniorzy');
const ORGANISATIONS_PL = words(
  'Stowarzyszenie Mieszkańców Osiedla {district}|Szkoła Podstawowa nr {n} w Łodzi|Przedszkole Miejskie ' +
    'nr {n}|Fundacja Rozwoju Dzielnicy {district}|Klub Sportowy {district} {n}|Wspólnota Mieszkaniowa ' +
    '{street} {n}|Miejska Biblioteka Publiczna — filia nr {n}|Usługi Remontowe {surname} Sp. z o.o.',
);
const ORGANISATIONS_UA = words(
  'Громадська організація «{city} {n}»|Ліцей № {n} м. {city}|Благодійний фонд «{city}-{n}»',
);

export type PlantedKind = 'email' | 'name' | 'phone' | 'organisation';
export interface PlannedContact {
  fields: ContactFields;
  /** Index in the plan of the person's organisation (a journalist's outlet); set as organisationId. */
  organisationRef: number | null;
  /** Indexes into ContactPlan.lists. */
  listRefs: number[];
  createdAtMs: number;
}
export interface PlantedDuplicate {
  kind: PlantedKind;
  original: number;
  duplicate: number;
}
export interface ContactPlan {
  contacts: PlannedContact[];
  planted: PlantedDuplicate[];
  lists: string[];
}

const YEAR = 365 * 24 * 3600 * 1000;
/** 'Żółkiewski' → 'zolkiewski', 'Олена' → 'olena': e-mail local parts and domains. */
const ascii = (text: string) => foldForSearch(toLatin(text)).replace(/[^a-z0-9]+/g, '');
const capitalise = (text: string) =>
  text.replace(/(^|[\s-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
/** The Polish spelling of a Ukrainian name ("Ołena Szewczuk"), the way Polish newsrooms write it. */
const POLISH: Record<string, string> = {
  в: 'w',
  ж: 'ż',
  й: 'j',
  ч: 'cz',
  ш: 'sz',
  щ: 'szcz',
  є: 'je',
  ї: 'ji',
  ю: 'ju',
  я: 'ja',
  и: 'y',
  г: 'h',
  х: 'ch',
  ц: 'c',
  ь: '',
};
const polishSpelling = (name: string) =>
  capitalise([...name.toLowerCase()].map((ch) => POLISH[ch] ?? toLatin(ch)).join(''));

function shuffle<T>(items: readonly T[], rng: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Draft {
  input: Record<string, unknown>;
  organisationRef: number | null;
  listRefs: number[];
  /** The phone as typed (national digits) and its country, for the planted phone duplicates. */
  phone: { digits: string; country: 'PL' | 'UA' } | null;
}

/** The ways people type one number; the schema stores each in E.164. */
function typedPhone(digits: string, country: 'PL' | 'UA', style: number): string {
  const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
  if (country === 'UA') {
    const [op, x, y, z] = [digits.slice(0, 2), digits.slice(2, 5), digits.slice(5, 7), digits.slice(7)];
    return [`0${op} ${x} ${y} ${z}`, `+380 ${op} ${x} ${y} ${z}`, `+380${digits}`, `0${op}-${x}-${y}-${z}`][
      style % 4
    ]!;
  }
  return [`${a} ${b} ${c}`, `+48 ${a} ${b} ${c}`, `+48${digits}`, `${a}-${b}-${c}`, `0048 ${a}${b}${c}`][
    style % 5
  ]!;
}

/**
 * `count` contacts (duplicates included), deterministic for a given `rng` seed, created over the five
 * years before `nowMs`. Organisations come first in the plan (people refer to them by index).
 */
export function planContacts(count: number, rng: Random, nowMs: number): ContactPlan {
  // About 1.5 % planted duplicates (300 in 20 000), at least one of each kind.
  const planted = { email: 0.35, name: 0.3, phone: 0.25, organisation: 0.1 };
  const wanted = (kind: PlantedKind) => Math.max(1, Math.round(count * 0.015 * planted[kind]));
  const base = Math.max(
    10,
    count - (Object.keys(planted) as PlantedKind[]).reduce((n, k) => n + wanted(k), 0),
  );
  const usedNames = new Set<string>();
  const usedEmails = new Set<string>();
  let phoneSeq = 0;
  const uniqueEmail = (local: string, domain: string) => {
    let email = `${local}@${domain}`;
    for (let n = 2; usedEmails.has(email.toLowerCase()); n++) email = `${local}${n}@${domain}`;
    usedEmails.add(email.toLowerCase());
    return email;
  };
  // Sequential numbers with a random gap: every base contact's number is its own.
  const newPhone = (kind: 'mobile' | 'landline', country: 'PL' | 'UA') => {
    const prefix = country === 'PL' ? (kind === 'mobile' ? 510 : 426) : kind === 'mobile' ? 670 : 440;
    return String(prefix * 1_000_000 + ++phoneSeq * 29 + rng.int(0, 28));
  };
  /** Draws until the key is new; after 30 tries a namesake is kept (they exist). */
  const distinct = <T>(draw: () => T, key: (v: T) => string | null): T => {
    let value = draw();
    for (let i = 0; i < 30 && usedNames.has(key(value) ?? ''); i++) value = draw();
    usedNames.add(key(value) ?? '');
    return value;
  };

  const lists = ['Media lokalne', 'Media ukraińskie', 'Rady osiedli'];
  // Interleaved, so that even a small directory has Ukrainian outlets for its Ukrainian journalists.
  const outlets: (typeof PL.outlets)[number][] = PL.outlets.flatMap((o, i) =>
    UA.outlets[i] ? [o, UA.outlets[i]] : [o],
  );
  for (const town of TOWNS)
    for (const kind of ['Gazeta', 'Radio', 'Portal'] as const) {
      const type: OutletType = kind === 'Gazeta' ? 'daily' : kind === 'Radio' ? 'radio' : 'online';
      outlets.push({ name: `${kind} ${town}`, type, domain: `${ascii(kind + town)}.example` });
    }
  for (const city of UA_CITIES)
    outlets.push({ name: `Радіо ${city}`, type: 'radio', domain: `radio-${ascii(city)}.example` });
  const drafts: Draft[] = [];
  const isUa = (name: string) => /[а-яіїєґ]/i.test(name);
  const outletCount = Math.min(outlets.length, Math.max(5, Math.round(base * 0.005)));
  for (const outlet of outlets.slice(0, outletCount)) {
    usedNames.add(organisationKey(outlet.name) ?? '');
    const digits = newPhone('landline', 'PL');
    drafts.push({
      input: {
        kind: 'organisation',
        category: 'outlet',
        outletType: outlet.type,
        organisationName: outlet.name,
        emails: [{ value: `redakcja@${outlet.domain}`, label: 'redakcja' }],
        phones: [{ value: typedPhone(digits, 'PL', rng.int(0, 4)), label: 'work' }],
        tags: [isUa(outlet.name) ? 'media ukraińskie' : 'media lokalne'],
        source: { kind: 'public', text: 'stopka redakcyjna' },
      },
      organisationRef: null,
      listRefs: [],
      phone: { digits, country: 'PL' },
    });
  }
  const organisationCount = Math.round(base * 0.08);
  for (let i = 0; i < organisationCount; i++) {
    const ua = rng.chance(0.15);
    const name = distinct(
      () =>
        rng
          .pick(ua ? ORGANISATIONS_UA : ORGANISATIONS_PL)
          .replace('{district}', rng.pick(PL.districts))
          .replace('{street}', rng.pick(PL.streets))
          .replace('{surname}', rng.pick(PL_STEMS) + rng.pick(PL_SUFFIXES))
          .replace('{city}', rng.pick(UA_CITIES))
          .replace('{n}', String(rng.int(1, 400))),
      organisationKey,
    );
    const digits = newPhone('landline', ua ? 'UA' : 'PL');
    drafts.push({
      input: {
        kind: 'organisation',
        category: 'organisation',
        organisationName: name,
        emails: rng.chance(0.8)
          ? [{ value: uniqueEmail('biuro', `${ascii(name).slice(0, 24)}.example`), label: '' }]
          : [],
        phones: [{ value: typedPhone(digits, ua ? 'UA' : 'PL', rng.int(0, 4)), label: 'work' }],
        tags: rng.chance(0.5) ? [rng.pick(TOPICS)] : [],
        source: { kind: 'own', text: '' },
      },
      organisationRef: null,
      listRefs: [],
      phone: { digits, country: ua ? 'UA' : 'PL' },
    });
  }
  const orgEnd = drafts.length;
  const outletsOf = (ua: boolean) =>
    [...Array(outletCount).keys()].filter((k) => isUa(outlets[k]!.name) === ua);
  const byLanguage = [outletsOf(false), outletsOf(true)] as const;

  const people: Draft[] = [];
  for (let i = orgEnd; i < base; i++) {
    const ua = rng.chance(0.22);
    const female = rng.chance(0.5);
    const [given, family] = distinct(
      () => {
        const g = rng.pick(ua ? (female ? UA_FEMALE : UA_MALE) : female ? PL_FEMALE : PL_MALE);
        let f = rng.pick(ua ? UA_STEMS : PL_STEMS) + rng.pick(ua ? UA_SUFFIXES : PL_SUFFIXES);
        if (female) f = f.replace(/ський$/, 'ська').replace(/ski$/, 'ska');
        return [g, f] as const;
      },
      ([g, f]) => nameKey(g, f),
    );
    const category = rng.weighted({ journalist: 42, resident: 48, official: 10 });
    const outletRef = category === 'journalist' ? rng.pick(byLanguage[ua ? 1 : 0]) : null;
    const local = `${ascii(given)}.${ascii(family)}`;
    const domain =
      outletRef !== null
        ? outlets[outletRef]!.domain
        : rng.pick(ua ? ['ukr.example', 'i.example'] : ['poczta.example', 'gmail.example', 'o2.example']);
    const hasPhone = rng.chance(category === 'resident' ? 0.8 : 0.7);
    const country = ua && rng.chance(0.6) ? 'UA' : 'PL';
    const digits = hasPhone ? newPhone('mobile', country) : null;
    const createdAt = new Date(nowMs - rng.next() * 5 * YEAR);
    const tags = [
      ...new Set([rng.pick(TOPICS), ...(category === 'resident' ? [rng.pick(PL.districts)] : [])]),
    ].slice(0, rng.int(0, 2));
    people.push({
      input: {
        kind: 'person',
        category,
        givenName: given,
        familyName: family,
        gender: female ? 'female' : 'male',
        patronymic: ua && rng.chance(0.4) ? rng.pick(PATRONYMICS).split(' ')[female ? 1 : 0] : '',
        organisationName: category === 'official' ? 'Urząd Miasta Łodzi' : '',
        position:
          category === 'journalist'
            ? rng.pick(['reporter', 'redaktor', 'wydawca', 'журналіст'])
            : category === 'official'
              ? rng.pick(['naczelnik', 'inspektor'])
              : '',
        emails:
          category === 'resident' && rng.chance(0.35)
            ? []
            : [{ value: uniqueEmail(local, domain), label: 'work' }],
        phones: digits ? [{ value: typedPhone(digits, country, rng.int(0, 4)), label: 'mobile' }] : [],
        addresses:
          category === 'resident'
            ? [
                {
                  street: `ul. ${rng.pick(PL.streets).replace(/ej$/, 'a')} ${rng.int(1, 200)}`,
                  postalCode: `9${rng.int(0, 4)}-${String(rng.int(1, 999)).padStart(3, '0')}`,
                  city: 'Łódź',
                  country: '',
                },
              ]
            : [],
        tags: ua && category === 'journalist' ? [...tags, 'media ukraińskie'] : tags,
        source:
          category === 'resident' ? { kind: 'consent', text: 'formularz dyżuru' } : { kind: 'own', text: '' },
        consent:
          category === 'resident'
            ? {
                given: true,
                at: createdAt.toISOString(),
                scope: 'kontakt w sprawach osiedla',
                withdrawnAt: null,
              }
            : undefined,
        visibility: rng.chance(0.05) ? 'press' : 'everyone',
        // A few residents are past their term: listContacts counts them on every call.
        retentionUntil:
          category === 'resident'
            ? new Date(createdAt.getTime() + rng.int(3, 8) * YEAR).toISOString().slice(0, 10)
            : null,
      },
      organisationRef: outletRef,
      listRefs:
        category === 'journalist' ? [ua ? 1 : 0] : category === 'resident' && rng.chance(0.1) ? [2] : [],
      phone: digits ? { digits, country } : null,
    });
  }

  // Planted duplicates: each is an edited copy of one original, found by one kind of key only.
  const plantedDrafts: { kind: PlantedKind; original: Draft; copy: Draft }[] = [];
  const take = (pool: Draft[], kind: PlantedKind) => shuffle(pool, rng).slice(0, wanted(kind));
  const of = (d: Draft) =>
    d.input as {
      givenName: string;
      familyName: string;
      organisationName: string;
      emails: { value: string }[];
    };
  for (const d of take(
    people.filter((p) => of(p).emails.length > 0),
    'email',
  )) {
    const email = of(d).emails[0]!.value;
    const shouted = rng.chance(0.5)
      ? email.toUpperCase()
      : email.replace(/(^|\.)([a-z])/g, (m) => m.toUpperCase());
    plantedDrafts.push({
      kind: 'email',
      original: d,
      copy: {
        ...d,
        phone: null,
        input: {
          ...d.input,
          givenName: `${of(d).givenName[0]}.`,
          emails: [{ value: shouted, label: '' }],
          phones: [],
        },
      },
    });
  }
  for (const d of take(
    people.filter((p) => /[а-яі]/i.test(of(p).familyName) && !plantedDrafts.some((x) => x.original === p)),
    'name',
  )) {
    const { givenName, familyName } = of(d);
    const polish = [polishSpelling(givenName), polishSpelling(familyName)] as const;
    const latin =
      nameKey(...polish) === nameKey(givenName, familyName) && rng.chance(0.5)
        ? polish
        : [capitalise(toLatin(givenName)), capitalise(toLatin(familyName))];
    plantedDrafts.push({
      kind: 'name',
      original: d,
      copy: {
        ...d,
        phone: null,
        input: {
          ...d.input,
          givenName: latin[0],
          familyName: latin[1],
          patronymic: '',
          emails: [],
          phones: [],
        },
      },
    });
  }
  for (const d of take(
    people.filter((p) => p.phone !== null && !plantedDrafts.some((x) => x.original === p)),
    'phone',
  )) {
    const typed = typedPhone(d.phone!.digits, d.phone!.country, rng.int(0, 4) + 1);
    plantedDrafts.push({
      kind: 'phone',
      original: d,
      copy: { ...d, input: { ...d.input, givenName: '', emails: [], phones: [{ value: typed, label: '' }] } },
    });
  }
  for (const d of take(drafts.slice(outletCount), 'organisation')) {
    const name = of(d).organisationName;
    const variant = rng.chance(0.5) ? name.toLocaleUpperCase('pl') : `„${name}”`;
    plantedDrafts.push({
      kind: 'organisation',
      original: d,
      copy: { ...d, phone: null, input: { ...d.input, organisationName: variant, emails: [], phones: [] } },
    });
  }

  for (const p of plantedDrafts) (p.original.input.kind === 'organisation' ? drafts : people).push(p.copy);
  const ordered = [...drafts, ...shuffle(people, rng)];
  const index = new Map(ordered.map((d, i) => [d, i]));
  const parse = contactSchemas('PL').create;
  const span = 5 * YEAR;
  return {
    lists,
    contacts: ordered.map((d, i) => ({
      fields: parse.parse({ ...d.input, organisationId: null, lists: [] }) as ContactFields,
      organisationRef: d.organisationRef,
      listRefs: d.listRefs,
      createdAtMs: nowMs - span + Math.floor((i * span) / ordered.length),
    })),
    planted: plantedDrafts.map((p) => ({
      kind: p.kind,
      original: index.get(p.original)!,
      duplicate: index.get(p.copy)!,
    })),
  };
}

export interface ContactsLoad {
  /** Stored ids, in plan order. */
  ids: string[];
  ms: number;
  /** Milliseconds of each transaction and how many contacts it wrote. */
  batches: { rows: number; ms: number }[];
}

/**
 * Writes the plan through ContactRepository (the write path: every field also reaches change_log, as
 * createContact stores it), `batchSize` inserts per immediate transaction, with the write clock at each
 * contact's creation. The distribution lists are created first.
 */
export function loadContacts(
  ctx: AppContext,
  setNow: (ms: number) => void,
  plan: ContactPlan,
  batchSize: number,
): ContactsLoad {
  setNow(plan.contacts[0]?.createdAtMs ?? Date.now());
  const listIds = ctx.contacts.transaction(() =>
    plan.lists.map((name) => ctx.contacts.lists.insert({ name, description: '' }).id),
  );
  const ids: string[] = [];
  const batches: ContactsLoad['batches'] = [];
  for (let from = 0; from < plan.contacts.length; from += batchSize) {
    const batch = plan.contacts.slice(from, from + batchSize);
    const { ms } = timed(() =>
      ctx.contacts.transaction(() => {
        for (const planned of batch) {
          setNow(planned.createdAtMs);
          const organisationId = planned.organisationRef === null ? null : ids[planned.organisationRef]!;
          const lists = planned.listRefs.map((ref) => listIds[ref]!);
          ids.push(
            ctx.contacts.contacts.insert({ ...planned.fields, organisationId, lists, erasedAt: null }).id,
          );
        }
      }),
    );
    batches.push({ rows: batch.length, ms });
  }
  return { ids, ms: batches.reduce((sum, b) => sum + b.ms, 0), batches };
}
