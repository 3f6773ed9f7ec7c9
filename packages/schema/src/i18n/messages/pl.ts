import type { Translation } from '../catalogue.js';

// Polish translations of every participant-facing text (outcome catalogue, survey pages, e-mails).
export const messagesPl = {
  'outcome.L01.title': 'lepsze wyniki w nauce',
  'outcome.L01.label': 'Wyniki w nauce',
  'indicator.L01.understanding.statement':
    'Dobrze rozumiem to, czego uczę się w szkole, na studiach lub w ramach kształcenia zawodowego.',
  'indicator.L01.self-directed.statement':
    'Potrafię samodzielnie organizować swoją naukę i trzymać się swoich planów.',
  'indicator.L01.applying.statement': 'Potrafię wykorzystać to, czego się uczę, w zadaniach praktycznych.',

  'outcome.L02.title': 'większe szanse na zatrudnienie i lepsze perspektywy kariery',
  'outcome.L02.label': 'Szanse na zatrudnienie i perspektywy kariery',
  'indicator.L02.job-skills.statement': 'Mam umiejętności, których szukają pracodawcy w mojej branży.',
  'indicator.L02.career-goals.statement': 'Wiem dokładnie, jaką pracę lub ścieżkę zawodową chcę wybrać.',
  'indicator.L02.job-confidence.statement':
    'Wierzę, że uda mi się znaleźć odpowiednią dla mnie pracę lub miejsce nauki zawodu.',

  'outcome.L03.title': 'wzmocnienie zmysłu inicjatywy i przedsiębiorczości',
  'outcome.L03.label': 'Inicjatywa i przedsiębiorczość',
  'indicator.L03.initiative.statement': 'Wychodzę z inicjatywą, gdy trzeba coś zrobić.',
  'indicator.L03.ideas-into-action.statement':
    'Potrafię zamienić pomysł w działanie, na przykład w projekt, wydarzenie lub małą firmę.',
  'indicator.L03.project-planning.statement': 'Potrafię zaplanować projekt i zrealizować go razem z innymi.',

  'outcome.L04.title': 'większe usamodzielnienie i poczucie własnej wartości',
  'outcome.L04.label': 'Samodzielność i poczucie własnej wartości',
  'indicator.L04.self-confidence.statement': 'Wierzę we własne możliwości.',
  'indicator.L04.coping.statement': 'Radzę sobie samodzielnie w sytuacjach, które są dla mnie nowe.',
  'indicator.L04.own-opinion.statement': 'Wyrażam swoje zdanie, nawet gdy inni się ze mną nie zgadzają.',

  'outcome.L05.title': 'lepsza znajomość języków obcych i lepsze kompetencje cyfrowe',
  'outcome.L05.label': 'Języki obce i umiejętności cyfrowe',
  'indicator.L05.language.statement': 'Potrafię swobodnie porozumiewać się w języku obcym.',
  'indicator.L05.host-language.statement':
    'Radzę sobie w codziennych sytuacjach w języku kraju przyjmującego.',
  'indicator.L05.digital.statement':
    'Potrafię korzystać z narzędzi cyfrowych, aby się uczyć, pracować i komunikować z innymi.',

  'outcome.L06.title': 'większa świadomość międzykulturowa',
  'outcome.L06.label': 'Świadomość międzykulturowa',
  'indicator.L06.own-culture.statement':
    'Zdaję sobie sprawę, jak moja własna kultura wpływa na to, jak postrzegam innych.',
  'indicator.L06.adapting.statement':
    'Potrafię dostosować swoje zachowanie w kontaktach z ludźmi z innej kultury.',
  'indicator.L06.curiosity.statement': 'Ciekawią mnie inne kultury i sposoby życia.',

  'outcome.L07.title': 'bardziej aktywne uczestnictwo w życiu społecznym',
  'outcome.L07.label': 'Aktywne uczestnictwo w życiu społecznym',
  'indicator.L07.community.statement':
    'Biorę udział w działaniach w mojej społeczności, takich jak wolontariat, kluby lub lokalne inicjatywy.',
  'indicator.L07.democratic-life.statement':
    'Zamierzam uczestniczyć w życiu demokratycznym, na przykład głosując w wyborach lub przyłączając się do jakiejś kampanii.',
  'indicator.L07.informed.statement': 'Śledzę informacje o sprawach społecznych i politycznych.',

  'outcome.L08.title': 'więcej pozytywnych interakcji z osobami z różnych środowisk',
  'outcome.L08.label': 'Kontakty z osobami z różnych środowisk',
  'indicator.L08.at-ease.statement':
    'Dobrze się czuję wśród osób, które pochodzą z innego środowiska niż ja.',
  'indicator.L08.teamwork.statement':
    'Dobrze pracuje mi się w zespole z osobami, które myślą inaczej niż ja.',
  'indicator.L08.contacts.statement': 'Mam przyjaciół lub znajomych z innych środowisk niż moje.',

  'outcome.L09.title': 'większa wiedza na temat projektu europejskiego i wartości UE',
  'outcome.L09.label': 'Świadomość europejska i wartości UE',
  'indicator.L09.eu-daily-life.statement': 'Wiem, jak Unia Europejska wpływa na moje codzienne życie.',
  'indicator.L09.eu-values.statement':
    'Znam wartości, na których opiera się Unia Europejska, takie jak godność człowieka, demokracja, równość i prawa człowieka.',
  'indicator.L09.feel-european.statement': 'Czuję się Europejczykiem lub Europejką.',

  'outcome.L10.title':
    'większa motywacja do dalszego uczestnictwa w (formalnym/pozaformalnym) kształceniu lub szkoleniu po okresie mobilności za granicą',
  'outcome.L10.label': 'Motywacja do dalszej nauki',
  'indicator.L10.continue-learning.statement':
    'Mam motywację, by kontynuować naukę lub kształcenie zawodowe.',
  'indicator.L10.non-formal.statement':
    'Interesuje mnie nauka poza szkołą lub pracą, na przykład na kursach, warsztatach lub w ramach zajęć dla młodzieży.',
  'indicator.L10.abroad-again.statement': 'Mam ochotę zdobyć kolejne doświadczenie edukacyjne za granicą.',

  'outcome.S01.title':
    'zwiększenie kompetencji związanych z profilem zawodowym (nauczaniem, szkoleniem, pracą z młodzieżą itp.)',
  'outcome.S01.label': 'Kompetencje zawodowe',
  'indicator.S01.methods.statement':
    'Znam wiele różnych metod, które mogę stosować w nauczaniu, szkoleniu lub pracy z młodzieżą.',
  'indicator.S01.new-approaches.statement': 'W codziennej pracy próbuję nowych podejść.',
  'indicator.S01.professional-confidence.statement': 'Mam poczucie kompetencji w swojej roli zawodowej.',

  'outcome.S02.title':
    'szersza wiedza o praktykach, strategiach i systemach w dziedzinie kształcenia, szkolenia lub pracy z młodzieżą w różnych krajach',
  'outcome.S02.label': 'Praktyki i systemy w innych krajach',
  'indicator.S02.practices.statement':
    'Wiem, jak pracują koleżanki i koledzy z mojej dziedziny w innych krajach.',
  'indicator.S02.systems.statement':
    'Rozumiem, jak zorganizowane są edukacja, szkolenia lub praca z młodzieżą w innych krajach europejskich.',
  'indicator.S02.policies.statement':
    'Znam europejskie polityki i priorytety, które mają znaczenie dla mojej pracy.',

  'outcome.S03.title':
    'większa zdolność do inicjowania zmian w zakresie modernizacji i otwarcia na współpracę międzynarodową w macierzystych organizacjach edukacyjnych',
  'outcome.S03.label': 'Inicjowanie zmian w organizacji',
  'indicator.S03.propose-change.statement':
    'Potrafię zaproponować zmiany w mojej organizacji i pomóc je wprowadzić.',
  'indicator.S03.international.statement': 'Mam swój wkład w działania międzynarodowe mojej organizacji.',
  'indicator.S03.sharing.statement':
    'Dzielę się tym, czego się uczę, ze współpracownikami w mojej organizacji.',

  'outcome.S04.title':
    'lepsze zrozumienie powiązań między edukacją formalną i pozaformalną, kształceniem zawodowym a rynkiem pracy',
  'outcome.S04.label': 'Powiązania między edukacją a pracą',
  'indicator.S04.formal-non-formal.statement':
    'Rozumiem, jak uczenie się formalne i pozaformalne mogą się wzajemnie uzupełniać.',
  'indicator.S04.labour-market.statement':
    'Wiem, jakich umiejętności rynek pracy oczekuje od osób, które uczę, szkolę lub z którymi pracuję.',
  'indicator.S04.cross-sector.statement':
    'Współpracuję z organizacjami spoza mojego sektora, takimi jak firmy, organizacje młodzieżowe lub instytucje szkoleniowe.',

  'outcome.S05.title':
    'wyższa jakość pracy i działań na rzecz studentów, stażystów, praktykantów, uczniów, dorosłych słuchaczy i młodzieży',
  'outcome.S05.label': 'Jakość pracy z osobami uczącymi się',
  'indicator.S05.learner-needs.statement':
    'Dostosowuję swoje działania do potrzeb osób uczących się lub młodych ludzi, z którymi pracuję.',
  'indicator.S05.evaluate-improve.statement': 'Regularnie oceniam swoje działania i je ulepszam.',
  'indicator.S05.quality.statement':
    'Jakość działań, które oferuję osobom uczącym się lub młodzieży, daje mi satysfakcję.',

  'outcome.S06.title':
    'lepsze zrozumienie wszelkich form różnorodności (np. społecznej, etnicznej, językowej, kulturowej i pod względem płci, a także zróżnicowanych możliwości) oraz lepsze reagowanie na nie',
  'outcome.S06.label': 'Reagowanie na różnorodność',
  'indicator.S06.understanding.statement':
    'Rozumiem, jak różnice społeczne, etniczne, językowe, kulturowe oraz związane z płcią wpływają na uczenie się.',
  'indicator.S06.abilities.statement': 'Potrafię dostosować swoją pracę do osób o różnych możliwościach.',
  'indicator.S06.inclusive-climate.statement':
    'Tworzę atmosferę, w której każdy w mojej grupie czuje się jej częścią.',

  'outcome.S07.title': 'większa zdolność do odpowiadania na potrzeby osób z mniejszymi szansami',
  'outcome.S07.label': 'Wsparcie osób z mniejszymi szansami',
  'indicator.S07.recognise-barriers.statement':
    'Potrafię rozpoznać bariery, z którymi mierzą się osoby z mniejszymi szansami.',
  'indicator.S07.support.statement':
    'Wiem, jak wspierać osoby z mniejszymi szansami, aby mogły uczestniczyć w nauce.',
  'indicator.S07.outreach.statement':
    'Wiem, jak dotrzeć do osób z mniejszymi szansami, które same by się nie zgłosiły.',

  'outcome.S08.title': 'większe wsparcie i promowanie działań w zakresie mobilności osób uczących się',
  'outcome.S08.label': 'Promowanie mobilności osób uczących się',
  'indicator.S08.encourage.statement':
    'Zachęcam osoby uczące się lub młodych ludzi, z którymi pracuję, do wyjazdu za granicę na jakiś czas.',
  'indicator.S08.prepare.statement':
    'Wiem, jak przygotować osoby uczące się lub młodych ludzi do pobytu za granicą.',
  'indicator.S08.organise.statement':
    'Pomagam organizować wyjazdy w ramach mobilności dla osób uczących się lub młodych ludzi.',

  'outcome.S09.title': 'więcej możliwości rozwoju zawodowego i rozwoju kariery',
  'outcome.S09.label': 'Rozwój zawodowy i kariera',
  'indicator.S09.opportunities.statement': 'Widzę wyraźne możliwości dalszego rozwoju mojej kariery.',
  'indicator.S09.network.statement': 'Mam sieć kontaktów zawodowych w innych krajach.',
  'indicator.S09.development-plan.statement': 'Mam plan swojego rozwoju zawodowego.',

  'outcome.S10.title': 'lepsza znajomość języków obcych i lepsze kompetencje cyfrowe',
  'outcome.S10.label': 'Języki obce i umiejętności cyfrowe',
  'indicator.S10.language.statement': 'Potrafię swobodnie porozumiewać się w języku obcym w pracy.',
  'indicator.S10.digital.statement':
    'Potrafię skutecznie korzystać z narzędzi cyfrowych w nauczaniu, szkoleniu lub pracy z młodzieżą.',

  'outcome.S11.title': 'większa motywacja i satysfakcja z codziennej pracy',
  'outcome.S11.label': 'Motywacja i satysfakcja z pracy',
  'indicator.S11.motivation.statement': 'Mam motywację do codziennej pracy.',
  'indicator.S11.satisfaction.statement': 'Moja praca daje mi satysfakcję.',

  'rating.1': 'Zdecydowanie się nie zgadzam',
  'rating.2': 'Nie zgadzam się',
  'rating.3': 'Ani się zgadzam, ani się nie zgadzam',
  'rating.4': 'Zgadzam się',
  'rating.5': 'Zdecydowanie się zgadzam',
  'rating.not_applicable': 'Nie dotyczy',

  'survey.meta.title': 'Ankieta dotycząca wyjazdu w ramach Erasmus+',
  'survey.language.label': 'Język',
  'survey.wave.baseline': 'Przed wyjazdem',
  'survey.wave.end': 'Na koniec wyjazdu',
  'survey.wave.follow_up': 'Kilka miesięcy po wyjeździe',
  'survey.wave.mentor': 'Ocena mentora',

  'survey.intro.heading': 'Cześć, {{name}}',
  'survey.intro.body':
    '{{organisation}} uczestniczy w Erasmus+, programie Unii Europejskiej w dziedzinie kształcenia, szkolenia, młodzieży i sportu. Ta krótka ankieta dotyczy tego, jak dziś siebie postrzegasz. Dzięki niej Twoja instytucja dowie się, co zmieniają wyjazdy takie jak Twój.',
  'survey.intro.duration':
    'Zajmie to około {{minutes}} min. Twoje odpowiedzi są zapisywane na bieżąco: możesz zamknąć stronę i wrócić do niej później, korzystając z tego samego linku.',
  'survey.intro.start': 'Rozpocznij',
  'survey.intro.continue': 'Kontynuuj od miejsca przerwania',

  'survey.consent.heading': 'Twoje dane',
  'survey.consent.body':
    '{{organisation}} zbiera Twoje odpowiedzi, aby ocenić swoje wyjazdy w ramach Erasmus+. Twoje indywidualne odpowiedzi mogą zobaczyć tylko koordynatorzy z Twojej instytucji; raporty dla innych podmiotów, takich jak Narodowa Agencja, pokazują wyłącznie zbiorcze dane dla grup liczących co najmniej {{minimum}} os. Twoje odpowiedzi są przechowywane tak długo, jak są potrzebne do sprawozdań z projektu, ale nie dłużej niż {{years}} lat od jego zakończenia. W każdej chwili możesz poprosić swoją instytucję o wgląd w swoje odpowiedzi, ich poprawienie lub usunięcie.',
  'survey.consent.agree': 'Po zapoznaniu się z powyższymi informacjami zgadzam się na udział w ankiecie.',
  'survey.consent.contact':
    'Zgadzam się na późniejszy kontakt w sprawie badań dotyczących programu Erasmus+ (opcjonalnie).',
  'survey.consent.required': 'Aby przejść dalej, wyraź zgodę na udział w ankiecie.',

  'survey.progress': 'Krok {{current}} z {{total}}',
  'survey.saving': 'Zapisywanie…',
  'survey.saved': 'Twoje odpowiedzi zostały zapisane.',
  'survey.saveFailed':
    'Nie udało się zapisać Twojej ostatniej odpowiedzi. Sprawdź połączenie z internetem i spróbuj ponownie.',
  'survey.next': 'Dalej',
  'survey.back': 'Wstecz',

  'survey.outcome.instructions': 'W jakim stopniu zgadzasz się z każdym z poniższych stwierdzeń?',
  'survey.outcome.instructionsEnd':
    'Przy każdym stwierdzeniu zaznacz dwie odpowiedzi: w jakim stopniu było ono prawdziwe w Twoim przypadku przed wyjazdem (patrząc z dzisiejszej perspektywy) i w jakim stopniu zgadzasz się z nim dziś.',
  'survey.outcome.before': 'Przed wyjazdem',
  'survey.outcome.now': 'Teraz',
  'survey.outcome.example': 'Przykład opisany własnymi słowami (opcjonalnie)',
  'survey.outcome.exampleHint': 'Jakie Twoje działania lub doświadczenia to pokazują?',

  'survey.language.heading': 'Twoja znajomość języka: {{language}}',
  'survey.language.instructions':
    'Dla każdej umiejętności wybierz poziom, który najlepiej Cię opisuje, zgodnie z Europejskim systemem opisu kształcenia językowego.',
  'survey.language.noLanguage': 'Główny język używany podczas Twojego wyjazdu',
  'survey.cefr.listening': 'Słuchanie',
  'survey.cefr.reading': 'Czytanie',
  'survey.cefr.spoken_interaction': 'Porozumiewanie się',
  'survey.cefr.spoken_production': 'Samodzielne wypowiadanie się',
  'survey.cefr.writing': 'Pisanie',
  'survey.cefr.level.none': 'Jeszcze nie znam tego języka',
  'survey.cefr.level.A1': 'A1 – Początkujący',
  'survey.cefr.level.A2': 'A2 – Podstawowy',
  'survey.cefr.level.B1': 'B1 – Średnio zaawansowany',
  'survey.cefr.level.B2': 'B2 – Wyższy średnio zaawansowany',
  'survey.cefr.level.C1': 'C1 – Zaawansowany',
  'survey.cefr.level.C2': 'C2 – Biegły',

  'survey.review.heading': 'Sprawdź i wyślij',
  'survey.review.body':
    'Oto Twoje odpowiedzi. Możesz wrócić, aby je zmienić. Po wysłaniu nie będzie już można ich zmienić.',
  'survey.review.unanswered': 'Liczba stwierdzeń bez odpowiedzi: {{count}}',
  'survey.review.submit': 'Wyślij odpowiedzi',

  'survey.receipt.heading': 'Dziękujemy!',
  'survey.receipt.body': 'Otrzymaliśmy Twoje odpowiedzi.',
  'survey.receipt.number': 'Numer potwierdzenia: {{receipt}}',
  'survey.receipt.summary': 'Twoje odpowiedzi',
  'survey.rights.heading': 'Twoje dane',
  'survey.rights.body':
    '{{organisation}} przechowuje Twoje dane i odpowiedzi. Możesz poprosić o kopię wszystkiego, co o Tobie przechowuje, albo o ich usunięcie.',
  'survey.rights.access': 'Poproś o kopię moich danych',
  'survey.rights.erasure': 'Poproś o usunięcie moich danych',
  'survey.rights.accessRequested':
    'Poprosiłeś(-aś) o kopię swoich danych {{date}}. {{organisation}} ją Ci prześle.',
  'survey.rights.erasureRequested':
    'Poprosiłeś(-aś) o usunięcie swoich danych {{date}}. {{organisation}} da Ci znać, gdy to zrobi.',
  'survey.rights.withdraw': 'Wycofaj moją zgodę',
  'survey.rights.withdrawn':
    'Wycofałeś(-aś) zgodę: nie dostaniesz więcej ankiet, nikt nie skontaktuje się z Tobą w sprawie badań, a Twoje przykłady nie będą cytowane. To, co odpowiedziałeś(-aś) wcześniej, pozostaje w danych, bez Twojego nazwiska.',
  'privacy.title': 'Jak {{organisation}} przetwarza Twoje dane',
  'privacy.who':
    '{{organisation}} ({{place}}) przechowuje Twoje dane osobowe w Mobilis, narzędziu, którego używa do mobilności Erasmus+.',
  'privacy.why':
    'Używa ich, aby zorganizować Twoją mobilność, zgłosić ją Narodowej Agencji Erasmus+ i Komisji Europejskiej oraz, jeśli się zgodzisz, zapytać Cię w krótkich ankietach, co zmieniła dla Ciebie mobilność. Dane o wielu uczestnikach nigdy nie pokazują, kto odpowiedział.',
  'privacy.what':
    'Przechowuje Twoje imię i nazwisko, dane kontaktowe, datę urodzenia, obywatelstwo, Twoją mobilność i odpowiedzi. Jeśli napotykasz bariery, w których pomaga wsparcie programu na rzecz włączenia, zapisuje, jakie; widzi je tylko kilka osób, które organizują to wsparcie.',
  'privacy.howLong':
    'Twoje dane osobowe są przechowywane przez {{years}} lat po zakończeniu Twojego ostatniego projektu Erasmus+, a potem usuwane.',
  'privacy.rights':
    'Możesz poprosić o kopię swoich danych, ich sprostowanie, usunięcie lub sprzeciwić się ich wykorzystaniu. Możesz też złożyć skargę do organu ochrony danych w swoim kraju.',
  'privacy.how':
    'O kopię lub usunięcie poproś na stronie potwierdzenia wysłanej ankiety albo napisz na kontakt poniżej.',
  'privacy.contact': 'Kontakt w sprawie Twoich danych: {{contact}}',
  'privacy.link': 'Jak przetwarzane są Twoje dane',
  'email.privacy': 'Jak {{organisation}} przetwarza Twoje dane: {{link}}',

  'survey.error.invalid.heading': 'Ten link nie działa',
  'survey.error.invalid.body':
    'Link może być niepełny lub nieaktualny. Skopiuj cały link z e-maila albo poproś instytucję, która go wysłała, o nowy.',
  'survey.error.submitted.heading': 'Ta ankieta została już wypełniona',
  'survey.error.submitted.body': 'Odpowiedzi na tę ankietę zostały wysłane. Dziękujemy za udział.',
  'survey.error.expired.heading': 'Twoja sesja wygasła',
  'survey.error.expired.body':
    'Ze względów bezpieczeństwa strona ankiety zamyka się po pewnym czasie bezczynności. Aby kontynuować, otwórz ponownie link z e-maila.',

  'email.invitation.subject': '{{organisation}}: Twoja ankieta Erasmus+ ({{wave}})',
  'email.invitation.body':
    'Cześć {{name}},\n\n{{organisation}} wysyła Ci tę wiadomość, ponieważ bierzesz udział w wyjeździe w ramach programu Erasmus+ ({{activity}}, {{dates}}).\n\nProsimy o wypełnienie krótkiej ankiety o tym, co potrafisz i jak siebie postrzegasz. Zajmie to około {{minutes}} min:\n\n{{link}}\n\nLink jest przeznaczony tylko dla Ciebie: nie udostępniaj go innym osobom.\n\nDziękujemy\n{{organisation}}',
  'email.reminder.subject': 'Przypomnienie: Twoja ankieta Erasmus+ ({{wave}})',
  'email.reminder.body':
    'Cześć {{name}},\n\nKilka dni temu wysłaliśmy Ci zaproszenie do wypełnienia krótkiej ankiety dotyczącej Twojego wyjazdu w ramach programu Erasmus+. Jeśli jeszcze nie udało Ci się jej wypełnić, możesz to zrobić tutaj:\n\n{{link}}\n\nLink jest przeznaczony tylko dla Ciebie: nie udostępniaj go innym osobom.\n\nDziękujemy\n{{organisation}}',
} as const satisfies Translation;
