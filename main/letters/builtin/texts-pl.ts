// Polish texts of the built-in templates. Written so that they hold for a man, a woman or several
// people (the salutation carries the form of address): present tense in the first person, no
// "Pan/Pani" in the text. Fields that continue a sentence are typed by the office in the form the
// sentence needs (`deceased` after "o śmierci": "Jana Kowalskiego"; `reason` after "za").
import { labelled, numbered, p, type LanguagePack } from './model';

export const PL: LanguagePack = {
  language: 'pl',
  reference: 'Znak: {regNo}',
  subjectLabel: 'Dotyczy:',
  salutationEnd: ',',
  closing: 'Z wyrazami szacunku',
  letters: {
    congratulations_birthday: {
      name: 'Gratulacje z okazji urodzin',
      body: [
        'Z okazji {?years}{years}. {/years}urodzin proszę przyjąć najserdeczniejsze życzenia zdrowia, pogody ducha i wszelkiej pomyślności.',
        'Ten wyjątkowy dzień jest dobrą okazją, by podziękować za lata pracy, życzliwość i serce okazywane najbliższym oraz całej naszej lokalnej wspólnocie. Doświadczenie i mądrość życiowa zdobyte przez lata są dla nas cennym skarbem i wzorem dla młodszych pokoleń.',
        'Życzę, aby każdy kolejny dzień przynosił radość, spokój i wiele powodów do uśmiechu, a obecność najbliższych dawała siłę i poczucie bezpieczeństwa.',
      ],
    },
    congratulations_jubilee: {
      name: 'Gratulacje z okazji jubileuszu instytucji',
      body: [
        'Z okazji jubileuszu {years}-lecia, który obchodzi {institution}, proszę przyjąć serdeczne gratulacje oraz wyrazy uznania dla wszystkich, którzy swoją pracą i zaangażowaniem współtworzyli ten piękny dorobek.',
        'Jubileusz to czas wspomnień i podsumowań, ale także dobra okazja, by podziękować za wieloletnią, rzetelną pracę na rzecz mieszkańców naszego Miasta. Osiągnięcia minionych lat są powodem do dumy dla całej lokalnej wspólnoty.',
        'Życzę dalszych sukcesów, wytrwałości w realizacji zamierzonych celów, nowych inspiracji oraz satysfakcji z podejmowanych działań. Niech kolejne lata przyniosą równie piękne dokonania.',
      ],
    },
    congratulations_marriage: {
      name: 'Gratulacje z okazji jubileuszu pożycia małżeńskiego',
      heading: [p('Dostojni Jubilaci', { italic: true }), p('{names}', { bold: true, size: 14, after: 240 })],
      body: [
        'Z okazji jubileuszu {years}-lecia pożycia małżeńskiego proszę przyjąć najserdeczniejsze gratulacje oraz wyrazy szacunku i uznania.',
        'Wspólnie przeżyte lata, wzajemna miłość, zrozumienie i wierność złożonej przed laty przysiędze są pięknym świadectwem trwałości rodziny i wzorem dla młodszych pokoleń. Dziękuję za wszystko, co przez te lata wnieśli Państwo w życie naszej lokalnej wspólnoty.',
        'Życzę Państwu dużo zdrowia, pogody ducha i radości z każdego wspólnie przeżytego dnia, a także wielu kolejnych lat w otoczeniu najbliższych – pełnych miłości i wzajemnej życzliwości.',
      ],
    },
    thanks: {
      name: 'Podziękowanie',
      subjectLine: true,
      body: [
        'W imieniu władz samorządowych Miasta oraz własnym składam serdeczne podziękowania za {reason}.',
        'Okazane zaangażowanie, życzliwość i gotowość do działania na rzecz innych zasługują na najwyższe uznanie. Dzięki takiej postawie nasze Miasto staje się miejscem coraz bardziej przyjaznym dla wszystkich mieszkańców.',
        'Wyrażam nadzieję na dalszą owocną współpracę i życzę wielu sukcesów oraz satysfakcji w życiu zawodowym i osobistym.',
      ],
    },
    invitation: {
      name: 'Zaproszenie',
      subjectLine: true,
      body: [
        'Mam zaszczyt zaprosić do udziału w wydarzeniu',
        p('{event}', { align: 'center', bold: true, size: 14, before: 120, after: 120 }),
        p('które odbędzie się {eventDate}{?eventTime} o godz. {eventTime}{/eventTime}', {
          align: 'center',
          after: 0,
        }),
        p('{eventPlace}', { align: 'center', after: 240 }),
        'Obecność zaproszonych Gości będzie dla nas zaszczytem i radością. Uprzejmie proszę o potwierdzenie udziału.',
      ],
    },
    condolences: {
      name: 'Wyrazy współczucia',
      body: [
        'Z głębokim żalem przyjmuję wiadomość o śmierci {?relation}{relation}, {/relation}śp. {deceased}.',
        'Wyrazy głębokiego współczucia składam w imieniu własnym oraz mieszkańców naszego Miasta. Odejście bliskiej osoby pozostawia pustkę, której nie sposób wypełnić, lecz pamięć o dobru, jakie po sobie zostawiła, pozostanie na zawsze w sercach Rodziny, Przyjaciół i wszystkich, którzy mieli zaszczyt ją znać.',
        'W tych trudnych chwilach łączę się w smutku z całą Rodziną i życzę siły oraz otuchy.',
      ],
    },
    patronage_decision: {
      name: 'Decyzja o przyznaniu patronatu honorowego',
      subjectLine: true,
      heading: [
        p('DECYZJA', { bold: true, size: 14 }),
        p('w sprawie objęcia wydarzenia patronatem honorowym', { after: 240 }),
      ],
      // One template for both outcomes: the refusal's paragraphs show when a reason is given.
      body: [
        '{^refusalReason}',
        'Uprzejmie informuję, że po rozpatrzeniu wniosku wyrażam zgodę na objęcie patronatem wydarzenia wskazanego poniżej, w zakresie określonym w niniejszej decyzji.',
        labelled('Wnioskodawca:', '{applicant}'),
        labelled('Wydarzenie:', '{event}'),
        labelled('Termin:', '{eventDate}'),
        labelled('Miejsce:', '{eventPlace}'),
        labelled('Zakres patronatu:', '{scope}'),
        p('Patronat przyznaje się na następujących warunkach:', { before: 200 }),
        numbered(
          1,
          'Wnioskodawca może posługiwać się informacją o patronacie oraz herbem lub logo Miasta w materiałach promocyjnych i informacyjnych wydarzenia.',
        ),
        numbered(
          2,
          'Projekty materiałów z herbem lub logo Miasta należy przedłożyć do akceptacji najpóźniej {logoDays} dni przed rozpoczęciem wydarzenia.',
        ),
        numbered(3, 'Patronat nie wiąże się z zobowiązaniami finansowymi ani organizacyjnymi Miasta.'),
        numbered(
          4,
          'W terminie {reportDays} dni od zakończenia wydarzenia wnioskodawca przekaże krótkie sprawozdanie z jego przebiegu wraz z dokumentacją fotograficzną.',
        ),
        numbered(5, 'Naruszenie powyższych warunków może skutkować cofnięciem patronatu.'),
        p('Życzę udanego przebiegu wydarzenia oraz wielu zadowolonych uczestników.', { before: 200 }),
        '{/refusalReason}',
        '{?refusalReason}',
        'Uprzejmie informuję, że po rozpatrzeniu wniosku nie wyrażam zgody na objęcie patronatem wydarzenia wskazanego poniżej.',
        labelled('Wnioskodawca:', '{applicant}'),
        labelled('Wydarzenie:', '{event}'),
        labelled('Termin:', '{eventDate}'),
        labelled('Uzasadnienie:', '{refusalReason}'),
        p('Dziękuję za zaproszenie i życzę powodzenia w organizacji wydarzenia.', { before: 200 }),
        '{/refusalReason}',
      ],
    },
  },
  diploma: {
    name: 'Dyplom',
    title: 'DYPLOM',
    to: 'dla',
    yearsLine: 'z okazji jubileuszu {years}-lecia',
  },
  obituary: {
    name: 'Nekrolog',
    opening: 'Z głębokim żalem przyjęliśmy wiadomość o śmierci',
    beforeName: 'śp.',
    died: 'zm. {dateOfDeath}',
    body: [
      'Z wdzięcznością zachowamy w pamięci zasługi dla naszego Miasta i jego mieszkańców, życzliwość oraz oddanie sprawom lokalnej wspólnoty.',
      'Rodzinie i Bliskim składamy wyrazy głębokiego współczucia.',
    ],
  },
};
