import { Stack, Text } from '@mantine/core';
import { type CefrSkill, cefrLevels, cefrSkills } from '@mobilis/schema';
import { type Choice, ChoiceGroup } from './choice-group';
import classes from './survey.module.css';
import { languageNameIn, useSurveyT } from './survey-i18n';
import type { Answers, CefrAnswer } from './survey-state';
import { StepHeading } from './survey-step';

interface LanguageStepProps {
  /** ISO 639-1 code of the mobility's main language, or null when the coordinator did not set it. */
  languageCode: string | null;
  answers: Answers;
  onRate: (skill: CefrSkill, level: CefrAnswer) => void;
}

/** The self-assessment on the CEFR grid: five skills, each from "no knowledge yet" to C2. */
export function LanguageStep({ languageCode, answers, onRate }: LanguageStepProps) {
  const { t } = useSurveyT();
  const language = useLanguageName(languageCode);
  const choices: Choice<CefrAnswer>[] = [
    { value: 'none', label: t('survey.cefr.level.none') },
    ...cefrLevels.map((level) => ({ value: level.code, label: t(`survey.cefr.level.${level.code}`) })),
  ];
  return (
    <Stack gap="lg">
      <div>
        <StepHeading>{t('survey.language.heading', { language })}</StepHeading>
        <Text c="dimmed" mt={4}>
          {t('survey.language.instructions')}
        </Text>
      </div>
      {cefrSkills.map((skill) => (
        <div key={skill} className={classes.statement}>
          <ChoiceGroup
            legend={t(`survey.cefr.${skill}`)}
            choices={choices}
            value={answers.languages[skill]}
            onChange={(level) => onRate(skill, level)}
            layout="cefr"
          />
        </div>
      ))}
    </Stack>
  );
}

/** The mobility's main language in the page's language, or "the main language of your mobility". */
export function useLanguageName(code: string | null): string {
  const { t, locale } = useSurveyT();
  return code ? languageNameIn(code, locale) : t('survey.language.noLanguage');
}
