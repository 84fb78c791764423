/**
 * Guessing which column holds which mail-merge field from Polish, Ukrainian and English headers. Headers
 * are compared folded (see keys.ts), so "Imię", "imie" and "IMIĘ" are the same, and "Ім'я" is "im_ya".
 */
import { foldKey } from './keys';

export type RecipientField =
  | 'title'
  | 'givenName'
  | 'familyName'
  | 'patronymic'
  | 'gender'
  | 'organisation'
  | 'position'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'email'
  | 'fullName'
  | 'names'
  | 'years'
  | 'date';

interface FieldRule {
  field: RecipientField;
  /** Folded headers that name the field outright. */
  exact: string[];
  /** A looser test, tried only after every field has had its exact matches. */
  loose?: RegExp;
}

/**
 * In order of precedence: a column goes to the first field that claims it, so "Imię i nazwisko" is a
 * full name and not a given name, and "Adres e-mail" is an e-mail and not a street.
 */
const RULES: FieldRule[] = [
  {
    field: 'email',
    exact: [
      'email',
      'e_mail',
      'adres_e_mail',
      'adres_email',
      'mail',
      'e_mail_address',
      'email_address',
      'poczta_elektroniczna',
      'elektronna_poshta',
      'el_poshta',
      'e_poshta',
      'adresa_elektronnoi_poshty',
    ],
    loose: /(^|_)e_?mail(_|$)|elektronn\w*_posht|poczt\w*_elektroniczn/,
  },
  {
    field: 'fullName',
    exact: [
      'imie_i_nazwisko',
      'nazwisko_i_imie',
      'imie_nazwisko',
      'nazwisko_imie',
      'pib',
      'p_i_b',
      'prizvyshche_im_ya_po_batkovi',
      'prizvyshche_im_ya_ta_po_batkovi',
      'prizvyshche_ta_im_ya',
      'im_ya_ta_prizvyshche',
      'full_name',
      'fullname',
      'name',
      'adresat',
      'odbiorca',
      'oderzhuvach',
    ],
    loose: /imie_i_nazwisk|nazwisko_i_imi|^pib(_|$)|full_?name/,
  },
  {
    field: 'names',
    exact: [
      'malzonkowie',
      'pary',
      'para',
      'jubilaci',
      'podruzhzhia',
      'para_podruzhzhia',
      'couple',
      'couples',
      'names',
    ],
    loose: /malzon|jubila|podruzh|couple/,
  },
  {
    field: 'patronymic',
    exact: ['po_batkovi', 'patronymic', 'otchestvo'],
    loose: /po_batkovi|patronym/,
  },
  {
    field: 'givenName',
    exact: ['imie', 'imiona', 'im_ya', 'imia', 'imya', 'first_name', 'firstname', 'given_name', 'forename'],
    loose: /^(imie|imiona|im_?[iy]a|first_?name|given_?name)(_|$)/,
  },
  {
    field: 'familyName',
    exact: ['nazwisko', 'prizvyshche', 'last_name', 'lastname', 'surname', 'family_name'],
    loose: /^(nazwisko|prizvyshche|last_?name|surname|family_?name)(_|$)/,
  },
  {
    field: 'title',
    exact: ['tytul', 'tytul_naukowy', 'stopien', 'zvannia', 'naukovyi_stupin', 'title', 'honorific'],
    loose: /^(tytul|zvann|title|stopien|naukov\w*_(stupin|zvann))/,
  },
  { field: 'gender', exact: ['plec', 'stat', 'gender', 'sex'] },
  {
    field: 'organisation',
    exact: [
      'instytucja',
      'organizacja',
      'szkola',
      'placowka',
      'urzad',
      'firma',
      'jednostka',
      'ustanova',
      'orhanizatsiia',
      'zaklad',
      'shkola',
      'organisation',
      'organization',
      'institution',
      'school',
      'company',
    ],
    loose:
      /instytuc|organizac|szkol|placowk|ustanov|orhanizats|zaklad|organi[sz]ation|institution|school|company/,
  },
  {
    field: 'position',
    exact: ['stanowisko', 'funkcja', 'posada', 'position', 'job_title', 'role'],
    loose: /stanowisk|funkcj|posad|position|job_title/,
  },
  {
    field: 'postalCode',
    exact: [
      'kod_pocztowy',
      'kod',
      'indeks',
      'poshtovyi_indeks',
      'postal_code',
      'postcode',
      'zip',
      'zip_code',
    ],
    loose: /kod_pocztow|indeks|postal|post_?code|^zip/,
  },
  {
    field: 'city',
    exact: ['miejscowosc', 'miasto', 'misto', 'naselenyi_punkt', 'city', 'town'],
    loose: /miejscowos|miasto|misto|naselen\w*_punkt|city|town/,
  },
  {
    field: 'street',
    exact: ['ulica', 'ul', 'adres', 'vulytsia', 'adresa', 'street', 'address'],
    loose: /ulica|adres|vulyts|street|address/,
  },
  {
    field: 'years',
    exact: ['lata', 'lat', 'staz', 'rokiv', 'rokiv_shliubu', 'years'],
    loose: /^(lata|lat|staz|rokiv|years)(_|$)|_(lat|rokiv|years)$/,
  },
  { field: 'date', exact: ['data', 'date'], loose: /^(data|date)(_|$)|_date$/ },
];

/**
 * Field → column key for the columns whose headers say what they hold. Each field gets at most one
 * column (the first in file order) and each column at most one field; unknown headers are left out.
 */
export function guessFieldMapping(
  columns: { key: string; header: string }[],
): Partial<Record<RecipientField, string>> {
  const folded = columns.map((c) => ({ key: c.key, name: foldKey(c.header) || c.key }));
  const taken = new Set<string>();
  const mapping: Partial<Record<RecipientField, string>> = {};
  const pass = (test: (rule: FieldRule, name: string) => boolean) => {
    for (const rule of RULES) {
      if (mapping[rule.field] !== undefined) continue;
      const column = folded.find((c) => !taken.has(c.key) && test(rule, c.name));
      if (column) {
        mapping[rule.field] = column.key;
        taken.add(column.key);
      }
    }
  };
  pass((rule, name) => rule.exact.includes(name));
  pass((rule, name) => rule.loose?.test(name) ?? false);
  return mapping;
}

const matches = (field: RecipientField) => {
  const rule = RULES.find((r) => r.field === field)!;
  return (header: string, key: string): boolean => {
    const name = foldKey(header) || key;
    return rule.exact.includes(name) || (rule.loose?.test(name) ?? false);
  };
};

/** Whether a column holds e-mail addresses to check: any column guessFieldMapping could take as e-mail. */
export const isEmailColumn = matches('email');

/** Whether a column holds dates to check: any column guessFieldMapping could take as the date. */
export const isDateColumn = matches('date');
