import type { CertificateTranslation } from '../catalogue.js';

// Polish texts of the participant's certificate.
export const certificateMessagesPl = {
  'certificate.programme': 'Erasmus+ · Mobilność edukacyjna osób',
  'certificate.project': 'Projekt {{number}}',
  'certificate.title': 'Zaświadczenie o mobilności edukacyjnej',
  'certificate.certifies': 'Niniejszym zaświadcza się, że',
  'certificate.tookPart':
    'wziął(-ęła) udział w mobilności edukacyjnej za granicą w ramach Erasmus+, programu Unii Europejskiej na rzecz kształcenia, szkolenia, młodzieży i sportu.',
  'certificate.activity': 'Działanie',
  'certificate.dates': 'Termin',
  'certificate.datesValue': 'od {{start}} do {{end}}',
  'certificate.duration': 'Czas trwania',
  'certificate.sendingOrganisation': 'Organizacja wysyłająca',
  'certificate.hostingOrganisation': 'Organizacja przyjmująca',
  'certificate.outcomes.heading': 'Efekty uczenia się osoby uczestniczącej',
  'certificate.outcomes.intro':
    'Przed wyjazdem i na jego zakończenie osoba uczestnicząca oceniła stwierdzenia na swój temat w skali od 1 ({{low}}) do 5 ({{high}}). Poniżej znajdują się stwierdzenia, w których wskazała postęp, pogrupowane według oczekiwanych rezultatów Erasmus+, wraz z kompetencjami kluczowymi w procesie uczenia się przez całe życie, do których się odnoszą.',
  'certificate.outcomes.noProgress':
    'Samoocena osoby uczestniczącej nie wykazała zmian w oczekiwanych rezultatach tej mobilności.',
  'certificate.outcomes.notAssessed':
    'Osoba uczestnicząca nie wypełniła samooceny swojego uczenia się w ramach tej mobilności.',
  'certificate.statement': 'Stwierdzenie',
  'certificate.before': 'Przed',
  'certificate.after': 'Po',
  'certificate.competences': 'Kompetencje kluczowe',
  'certificate.ownWords.heading': 'Własnymi słowami',
  'certificate.issued': 'Wydano dnia {{date}} przez {{organisation}}',
  'certificate.reference': 'Numer referencyjny: {{reference}}',
  'certificate.competencesSource':
    'Kompetencje kluczowe w procesie uczenia się przez całe życie: zalecenie Rady z dnia 22 maja 2018 r. (2018/C 189/01).',
  'certificate.download': 'Pobierz swoje zaświadczenie (PDF)',
  'certificate.notAvailable':
    'Twoje zaświadczenie nie jest jeszcze dostępne: możesz je pobrać, gdy wyślesz ankietę na zakończenie wyjazdu, a {{organisation}} oznaczy mobilność jako zakończoną.',

  'activity.SM-JOB-SHDW': 'Job shadowing (obserwacja pracy)',
  'activity.SM-TTA': 'Prowadzenie zajęć lub szkoleń',
  'activity.SM-COUR-TRAIN': 'Kursy i szkolenia',
  'activity.LM-GRP-PUPIL': 'Grupowa mobilność uczniów',
  'activity.LM-SHORT-PUPIL': 'Krótkoterminowa mobilność edukacyjna uczniów',
  'activity.LM-LONG-PUPILS': 'Długoterminowa mobilność edukacyjna uczniów',
  'activity.LM-SKILL-VET': 'Udział w konkursach umiejętności zawodowych',
  'activity.MOB-GRP-VET': 'Grupowa mobilność osób uczących się w kształceniu zawodowym',
  'activity.LM-SHORT-VET': 'Krótkoterminowa mobilność edukacyjna osób uczących się w kształceniu zawodowym',
  'activity.LM-LONG-VET':
    'Długoterminowa mobilność edukacyjna osób uczących się w kształceniu zawodowym (ErasmusPro)',
  'activity.MOB-GRP-ADU': 'Grupowa mobilność dorosłych osób uczących się',
  'activity.MOB-IND-ADU': 'Indywidualna mobilność edukacyjna dorosłych osób uczących się',
  'activity.OA-INV-EXP': 'Zaproszeni eksperci',
  'activity.OA-HOS-TTT': 'Przyjmowanie nauczycieli i edukatorów w trakcie szkolenia',
  'activity.HE-SMS': 'Mobilność studentów w celu odbycia studiów',
  'activity.HE-SMT': 'Mobilność studentów w celu odbycia praktyk',
  'activity.HE-STA': 'Mobilność kadry w celu prowadzenia zajęć dydaktycznych',
  'activity.HE-STT': 'Mobilność kadry w celach szkoleniowych',
  'activity.HE-BIP': 'Mieszany program intensywny',
  'activity.MOB-YE': 'Wymiana młodzieży',
  'activity.MOB-YW': 'Mobilność osób pracujących z młodzieżą (działanie na rzecz rozwoju zawodowego)',
  'activity.MOB-YPA': 'Działanie na rzecz uczestnictwa młodzieży',
  'activity.MOB-DEU-INC': 'Działanie DiscoverEU na rzecz włączenia społecznego',
} as const satisfies CertificateTranslation;
