import { describe, expect, it } from 'vitest';
import { type Translation, translations } from '../src/i18n/catalogue.js';
import { type SurveyLocale, surveyLocales } from '../src/i18n/locales.js';

const english: Translation = translations.en;
const englishKeys = Object.keys(english).sort();
const otherLocales = surveyLocales.filter((locale) => locale !== 'en');

// Texts that may legitimately read the same as the English one. Keep these lists tiny and per language.
const identicalToEnglishAllowed: Readonly<Record<Exclude<SurveyLocale, 'en'>, readonly string[]>> = {
  de: [],
  fr: [],
  es: [],
  it: [],
  pl: [],
  pt: [],
  nl: [],
};

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\{\s*[\w.]+\s*\}\}/g) ?? [])].sort();
}

function lineBreaks(text: string): number {
  return text.split('\n').length - 1;
}

const emailBodyKeys = englishKeys.filter((key) => key.startsWith('email.') && key.endsWith('.body'));

describe('translations', () => {
  it('covers every survey locale', () => {
    expect(Object.keys(translations).sort()).toEqual([...surveyLocales].sort());
  });

  it('has e-mail bodies to compare', () => {
    expect(emailBodyKeys.length).toBeGreaterThan(0);
  });

  describe.each(otherLocales)('%s', (locale) => {
    const translation: Translation = translations[locale];
    const entries = Object.entries(translation) as [keyof Translation, string][];

    it('has exactly the English keys', () => {
      expect(Object.keys(translation).sort()).toEqual(englishKeys);
    });

    it('has no empty text', () => {
      const empty = entries
        .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it('keeps the same placeholders as English', () => {
      const mismatched = entries
        .filter(([key, text]) => placeholders(text).join() !== placeholders(english[key]).join())
        .map(([key, text]) => ({ key, expected: placeholders(english[key]), actual: placeholders(text) }));
      expect(mismatched).toEqual([]);
    });

    it('translates every text, except the allowed ones', () => {
      const allowed = new Set(identicalToEnglishAllowed[locale]);
      const untranslated = entries
        .filter(([key, text]) => text === english[key] && !allowed.has(key))
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });

    it('keeps the allow-list of texts identical to English accurate', () => {
      const notIdentical = identicalToEnglishAllowed[locale].filter(
        (key) => translation[key as keyof Translation] !== english[key as keyof Translation],
      );
      expect(notIdentical).toEqual([]);
    });

    it.each(emailBodyKeys)('keeps the line breaks of %s', (key) => {
      const typedKey = key as keyof Translation;
      expect(lineBreaks(translation[typedKey])).toBe(lineBreaks(english[typedKey]));
    });
  });
});

describe('the consent wording', () => {
  it('is the one its version names: change surveyConsentVersion with the words participants agree to', async () => {
    const { surveyConsentVersion } = await import('../src/survey/survey.js');
    const wording = Object.entries(english)
      .filter(([key]) => key.startsWith('survey.consent.'))
      .map(([key, text]) => `${key}=${text}`)
      .join('\n');
    // A short fingerprint of the English wording of version 2026-12 (the other languages translate it).
    let hash = 0;
    for (const char of wording) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
    expect({ version: surveyConsentVersion, fingerprint: hash >>> 0 }).toEqual({
      version: '2026-12',
      fingerprint: 3143349397,
    });
  });
});
