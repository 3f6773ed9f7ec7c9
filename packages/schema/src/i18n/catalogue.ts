import type { Messages } from '../outcomes/message-keys.js';
import { messagesEn } from '../outcomes/messages.en.js';
import type { SurveyLocale } from './locales.js';
import { messagesDe } from './messages/de.js';
import { messagesEs } from './messages/es.js';
import { messagesFr } from './messages/fr.js';
import { messagesIt } from './messages/it.js';
import { messagesNl } from './messages/nl.js';
import { messagesPl } from './messages/pl.js';
import { messagesPt } from './messages/pt.js';
import { type SurveyMessageKey, surveyMessagesEn } from './survey-messages.en.js';

/** Every participant-facing text of one language: the outcome catalogue and the survey pages and e-mails. */
export type Translation = Readonly<Messages & Record<SurveyMessageKey, string>>;

export const translations: Readonly<Record<SurveyLocale, Translation>> = {
  en: { ...messagesEn, ...surveyMessagesEn },
  de: messagesDe,
  fr: messagesFr,
  es: messagesEs,
  it: messagesIt,
  pl: messagesPl,
  pt: messagesPt,
  nl: messagesNl,
};
