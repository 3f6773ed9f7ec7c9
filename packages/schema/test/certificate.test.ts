import { describe, expect, it } from 'vitest';
import { type CertificateTranslation, certificateTranslations } from '../src/certificate/catalogue.js';
import {
  indicatorCompetences,
  keyCompetenceLabels,
  keyCompetences,
  keyCompetencesOf,
} from '../src/certificate/key-competences.js';
import { surveyLocales } from '../src/i18n/locales.js';
import { activityTypes } from '../src/mobility/activity-types.js';
import { activeOutcomes, outcomes } from '../src/outcomes/catalogue.js';
import type { IndicatorCode } from '../src/outcomes/definitions.js';

const english: CertificateTranslation = certificateTranslations.en;
const englishKeys = Object.keys(english).sort();
const otherLocales = surveyLocales.filter((locale) => locale !== 'en');

/** Labels that legitimately read as in English; keep these lists tiny. */
const identicalToEnglishAllowed: Readonly<Record<string, readonly string[]>> = {
  nl: ['certificate.project'],
};

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\{\s*[\w.]+\s*\}\}/g) ?? [])].sort();
}

describe('key competences', () => {
  it('are the eight of the 2018 Council Recommendation', () => {
    expect(keyCompetences).toHaveLength(8);
  });

  it('map every active indicator of the catalogue to at least one competence', () => {
    const unmapped = activeOutcomes()
      .flatMap((outcome) => outcome.indicators)
      .filter((indicator) => !(indicatorCompetences[indicator.code]?.length > 0))
      .map((indicator) => indicator.code);
    expect(unmapped).toEqual([]);
  });

  it('map only indicators of the catalogue, to known competences', () => {
    const known = new Set<string>(outcomes.flatMap((outcome) => outcome.indicators.map((i) => i.code)));
    for (const [indicator, competences] of Object.entries(indicatorCompetences)) {
      expect(known.has(indicator), indicator).toBe(true);
      for (const competence of competences) expect(keyCompetences).toContain(competence);
    }
  });

  it('gives every competence at least one indicator', () => {
    const used = new Set(Object.values(indicatorCompetences).flat());
    expect(keyCompetences.filter((competence) => !used.has(competence))).toEqual([]);
  });

  it('name every competence in every survey language, differently from English', () => {
    for (const competence of keyCompetences) {
      const labels = keyCompetenceLabels[competence];
      expect(Object.keys(labels).sort()).toEqual([...surveyLocales].sort());
      for (const locale of otherLocales) {
        expect(labels[locale].trim(), `${competence} ${locale}`).not.toBe('');
        expect(labels[locale], `${competence} ${locale}`).not.toBe(labels.en);
      }
    }
  });

  it('lists the competences of several indicators once each, in the Recommendation’s order', () => {
    const indicators: IndicatorCode[] = ['L06.adapting', 'L05.language', 'L08.at-ease'];
    expect(keyCompetencesOf(indicators)).toEqual([
      'multilingual',
      'personal_social_learning',
      'cultural_awareness',
    ]);
  });
});

describe('certificate texts', () => {
  it('cover every survey locale', () => {
    expect(Object.keys(certificateTranslations).sort()).toEqual([...surveyLocales].sort());
  });

  it('name every activity type in English as the Programme Guide does', () => {
    for (const type of activityTypes) expect(english[`activity.${type.code}`]).toBe(type.name);
  });

  describe.each(otherLocales)('%s', (locale) => {
    const translation = certificateTranslations[locale];
    const entries = Object.entries(translation) as [keyof CertificateTranslation, string][];

    it('has exactly the English keys', () => {
      expect(Object.keys(translation).sort()).toEqual(englishKeys);
    });

    it('has no empty text', () => {
      expect(entries.filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    });

    it('keeps the same placeholders as English', () => {
      const mismatched = entries
        .filter(([key, text]) => placeholders(text).join() !== placeholders(english[key]).join())
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });

    it('translates every label (activity names may keep an English programme name)', () => {
      const allowed = new Set(identicalToEnglishAllowed[locale] ?? []);
      const untranslated = entries
        .filter(([key, text]) => key.startsWith('certificate.') && text === english[key] && !allowed.has(key))
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });
  });
});
