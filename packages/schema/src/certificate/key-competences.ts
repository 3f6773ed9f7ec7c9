import type { SurveyLocale } from '../i18n/locales.js';
import type { IndicatorCode } from '../outcomes/definitions.js';

// The eight key competences for lifelong learning (Council Recommendation of 22 May 2018, OJ C 189, 4.6.2018):
// the framework in which Europass Mobility and Youthpass describe what a participant learned. Labels follow the
// Recommendation's wording in each language.

export const keyCompetences = [
  'literacy',
  'multilingual',
  'mathematics_science_technology',
  'digital',
  'personal_social_learning',
  'citizenship',
  'entrepreneurship',
  'cultural_awareness',
] as const;
export type KeyCompetence = (typeof keyCompetences)[number];

export const keyCompetenceLabels: Readonly<Record<KeyCompetence, Readonly<Record<SurveyLocale, string>>>> = {
  literacy: {
    en: 'Literacy competence',
    de: 'Lese- und Schreibkompetenz',
    fr: 'Compétences en lecture et écriture',
    es: 'Competencia en lectoescritura',
    it: 'Competenza alfabetica funzionale',
    pl: 'Kompetencje w zakresie rozumienia i tworzenia informacji',
    pt: 'Competência de literacia',
    nl: 'Geletterdheidscompetentie',
  },
  multilingual: {
    en: 'Multilingual competence',
    de: 'Mehrsprachenkompetenz',
    fr: 'Compétences multilingues',
    es: 'Competencia multilingüe',
    it: 'Competenza multilinguistica',
    pl: 'Kompetencje w zakresie wielojęzyczności',
    pt: 'Competência multilingue',
    nl: 'Meertaligheidscompetentie',
  },
  mathematics_science_technology: {
    en: 'Mathematical competence and competence in science, technology and engineering',
    de: 'Mathematische Kompetenz und Kompetenz in Naturwissenschaften, Informatik und Technik',
    fr: 'Compétences mathématiques et compétences en sciences, en technologies et en ingénierie',
    es: 'Competencia matemática y competencia en ciencia, tecnología e ingeniería',
    it: 'Competenza matematica e competenza in scienze, tecnologie e ingegneria',
    pl: 'Kompetencje matematyczne oraz kompetencje w zakresie nauk przyrodniczych, technologii i inżynierii',
    pt: 'Competência matemática e competência em ciências, tecnologia e engenharia',
    nl: 'Wiskundige competentie en competentie op het gebied van exacte wetenschappen, technologie en ingenieurswetenschappen',
  },
  digital: {
    en: 'Digital competence',
    de: 'Digitale Kompetenz',
    fr: 'Compétence numérique',
    es: 'Competencia digital',
    it: 'Competenza digitale',
    pl: 'Kompetencje cyfrowe',
    pt: 'Competência digital',
    nl: 'Digitale competentie',
  },
  personal_social_learning: {
    en: 'Personal, social and learning to learn competence',
    de: 'Persönliche, soziale und Lernkompetenz',
    fr: 'Compétences personnelles et sociales et capacité d’apprendre à apprendre',
    es: 'Competencia personal, social y de aprender a aprender',
    it: 'Competenza personale, sociale e capacità di imparare a imparare',
    pl: 'Kompetencje osobiste, społeczne i w zakresie umiejętności uczenia się',
    pt: 'Competência pessoal, social e de aprender a aprender',
    nl: 'Persoonlijke en sociale competentie en leercompetentie',
  },
  citizenship: {
    en: 'Citizenship competence',
    de: 'Bürgerkompetenz',
    fr: 'Compétences citoyennes',
    es: 'Competencia ciudadana',
    it: 'Competenza in materia di cittadinanza',
    pl: 'Kompetencje obywatelskie',
    pt: 'Competência de cidadania',
    nl: 'Burgerschapscompetentie',
  },
  entrepreneurship: {
    en: 'Entrepreneurship competence',
    de: 'Unternehmerische Kompetenz',
    fr: 'Compétence entrepreneuriale',
    es: 'Competencia emprendedora',
    it: 'Competenza imprenditoriale',
    pl: 'Kompetencje w zakresie przedsiębiorczości',
    pt: 'Competência de empreendedorismo',
    nl: 'Ondernemerschapscompetentie',
  },
  cultural_awareness: {
    en: 'Cultural awareness and expression competence',
    de: 'Kulturbewusstsein und kulturelle Ausdrucksfähigkeit',
    fr: 'Compétences relatives à la sensibilité et à l’expression culturelles',
    es: 'Competencia en conciencia y expresión culturales',
    it: 'Competenza in materia di consapevolezza ed espressione culturali',
    pl: 'Kompetencje w zakresie świadomości i ekspresji kulturalnej',
    pt: 'Competência de sensibilidade e expressão culturais',
    nl: 'Cultureel bewustzijn en culturele expressie',
  },
};

type Competences = readonly [KeyCompetence, ...KeyCompetence[]];

/**
 * The key competences each indicator of the outcome catalogue gives evidence of: one or more, the first being the
 * closest. The compiler asks for a row when an indicator is added to the catalogue.
 */
export const indicatorCompetences: Readonly<Record<IndicatorCode, Competences>> = {
  'L01.understanding': ['personal_social_learning', 'literacy'],
  'L01.self-directed': ['personal_social_learning'],
  'L01.applying': ['personal_social_learning', 'mathematics_science_technology'],
  'L02.job-skills': ['entrepreneurship', 'personal_social_learning'],
  'L02.career-goals': ['personal_social_learning'],
  'L02.job-confidence': ['personal_social_learning'],
  'L03.initiative': ['entrepreneurship'],
  'L03.ideas-into-action': ['entrepreneurship'],
  'L03.project-planning': ['entrepreneurship', 'personal_social_learning'],
  'L04.self-confidence': ['personal_social_learning'],
  'L04.coping': ['personal_social_learning'],
  'L04.own-opinion': ['personal_social_learning', 'literacy'],
  'L05.language': ['multilingual'],
  'L05.host-language': ['multilingual'],
  'L05.digital': ['digital'],
  'L06.own-culture': ['cultural_awareness'],
  'L06.adapting': ['cultural_awareness', 'personal_social_learning'],
  'L06.curiosity': ['cultural_awareness'],
  'L07.community': ['citizenship'],
  'L07.democratic-life': ['citizenship'],
  'L07.informed': ['citizenship'],
  'L08.at-ease': ['personal_social_learning', 'cultural_awareness'],
  'L08.teamwork': ['personal_social_learning'],
  'L08.contacts': ['personal_social_learning', 'cultural_awareness'],
  'L09.eu-daily-life': ['citizenship'],
  'L09.eu-values': ['citizenship'],
  'L09.feel-european': ['citizenship', 'cultural_awareness'],
  'L10.continue-learning': ['personal_social_learning'],
  'L10.non-formal': ['personal_social_learning'],
  'L10.abroad-again': ['personal_social_learning'],
  'S01.methods': ['personal_social_learning'],
  'S01.new-approaches': ['entrepreneurship', 'personal_social_learning'],
  'S01.professional-confidence': ['personal_social_learning'],
  'S02.practices': ['cultural_awareness', 'personal_social_learning'],
  'S02.systems': ['citizenship'],
  'S02.policies': ['citizenship'],
  'S03.propose-change': ['entrepreneurship'],
  'S03.international': ['entrepreneurship', 'cultural_awareness'],
  'S03.sharing': ['personal_social_learning', 'literacy'],
  'S04.formal-non-formal': ['personal_social_learning'],
  'S04.labour-market': ['entrepreneurship'],
  'S04.cross-sector': ['entrepreneurship', 'personal_social_learning'],
  'S05.learner-needs': ['personal_social_learning'],
  'S05.evaluate-improve': ['personal_social_learning'],
  'S05.quality': ['personal_social_learning'],
  'S06.understanding': ['cultural_awareness', 'citizenship'],
  'S06.abilities': ['personal_social_learning'],
  'S06.inclusive-climate': ['personal_social_learning', 'citizenship'],
  'S07.recognise-barriers': ['citizenship'],
  'S07.support': ['citizenship', 'personal_social_learning'],
  'S07.outreach': ['citizenship'],
  'S08.encourage': ['personal_social_learning'],
  'S08.prepare': ['cultural_awareness', 'personal_social_learning'],
  'S08.organise': ['entrepreneurship'],
  'S09.opportunities': ['personal_social_learning'],
  'S09.network': ['personal_social_learning', 'cultural_awareness'],
  'S09.development-plan': ['personal_social_learning'],
  'S10.language': ['multilingual'],
  'S10.digital': ['digital'],
  'S11.motivation': ['personal_social_learning'],
  'S11.satisfaction': ['personal_social_learning'],
};

/** The key competences a set of indicators gives evidence of, each once, in the Recommendation's order. */
export function keyCompetencesOf(indicators: readonly IndicatorCode[]): KeyCompetence[] {
  const found = new Set(indicators.flatMap((indicator) => indicatorCompetences[indicator]));
  return keyCompetences.filter((competence) => found.has(competence));
}
