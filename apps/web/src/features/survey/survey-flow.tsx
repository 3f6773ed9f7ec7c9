import { Alert, Box, Stack } from '@mantine/core';
import type { CefrSkill, IndicatorCode, OutcomeCode, RatingAnswer } from '@mobilis/schema';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { errorCode } from '../../lib/server-error';
import { trpcClient, useTRPC } from '../../lib/trpc';
import { IntroStep } from './intro-step';
import { LanguageStep } from './language-step';
import { OutcomeStep, type Scale } from './outcome-step';
import { ReviewStep } from './review-step';
import { SaveStatusLine } from './save-status';
import { useSurveyT } from './survey-i18n';
import {
  type Answers,
  answersFrom,
  type CefrAnswer,
  type Questionnaire,
  resumeStep,
  stepsOf,
} from './survey-state';
import { StepCard, StepNav, StepProgress } from './survey-step';
import { useSaveQueue } from './use-save-queue';

interface SurveyFlowProps {
  questionnaire: Questionnaire;
  /** The server's answer to "send": the questionnaire with its receipt. */
  onSubmitted: (received: Questionnaire) => void;
  /** A save or the sending failed in a way that trying again will not fix (session ended, already sent). */
  onFinalError: (error: unknown) => void;
}

/** The steps of one survey, with each answer saved as it is given. */
export function SurveyFlow({ questionnaire, onSubmitted, onFinalError }: SurveyFlowProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useSurveyT();
  const steps = useMemo(() => stepsOf(questionnaire), [questionnaire]);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Answers>(() => answersFrom(questionnaire));
  // The answers as of the last change, for saves made before React has rendered it.
  const latest = useRef(answers);
  const saver = useSaveQueue({ onFinalError });
  const [sendFailed, setSendFailed] = useState(false);
  const [sending, setSending] = useState(false);
  const sendingNow = useRef(false);
  const end = questionnaire.wave === 'end';

  const update = (change: (answers: Answers) => Answers) => {
    latest.current = change(latest.current);
    setAnswers(latest.current);
  };

  const consent = useMutation(
    trpc.surveyResponse.consent.mutationOptions({
      onSuccess: (_result, input) => {
        queryClient.setQueryData(trpc.surveyResponse.current.queryKey(), (old) =>
          old ? { ...old, consent: { ...old.consent, given: true, contact: input.contactConsent } } : old,
        );
        setIndex(resumeStep(steps, questionnaire, latest.current));
      },
      onError: (error) => (isFinal(error) ? onFinalError(error) : setSendFailed(true)),
    }),
  );

  const start = (contactConsent: boolean) => {
    setSendFailed(false);
    const given = questionnaire.consent;
    if (given.given && given.contact === contactConsent) setIndex(resumeStep(steps, questionnaire, answers));
    else consent.mutate({ agree: true, contactConsent });
  };

  const rate = (indicatorCode: IndicatorCode, scale: Scale, value: RatingAnswer) => {
    update((current) => ({
      ...current,
      ratings: { ...current.ratings, [indicatorCode]: { ...current.ratings[indicatorCode], [scale]: value } },
    }));
    const { rating, retrospective } = latest.current.ratings[indicatorCode] ?? {};
    // The API stores a statement with its "now" rating; a "before" given first is sent along with it.
    if (rating === undefined) return;
    saver.save(`answer:${indicatorCode}`, () =>
      trpcClient.surveyResponse.saveAnswer.mutate({
        indicatorCode,
        rating,
        ...(end && retrospective !== undefined ? { retrospective } : {}),
      }),
    );
  };

  const describe = (outcomeCode: OutcomeCode, text: string) => {
    update((current) => ({ ...current, examples: { ...current.examples, [outcomeCode]: text } }));
    saver.save(`example:${outcomeCode}`, () =>
      trpcClient.surveyResponse.saveExample.mutate({ outcomeCode, text }),
    );
  };

  const assess = (skill: CefrSkill, level: CefrAnswer) => {
    update((current) => ({ ...current, languages: { ...current.languages, [skill]: level } }));
    saver.save(`language:${skill}`, () =>
      trpcClient.surveyResponse.saveLanguageRating.mutate({ skill, level }),
    );
  };

  // Sending twice (a double click, a second tab) is harmless on the server; here it is not even tried.
  const send = async () => {
    if (sendingNow.current) return;
    sendingNow.current = true;
    setSending(true);
    setSendFailed(false);
    try {
      if (!(await saver.flush())) return;
      onSubmitted(await trpcClient.surveyResponse.submit.mutate());
    } catch (error) {
      if (isFinal(error)) onFinalError(error);
      else setSendFailed(true);
    } finally {
      sendingNow.current = false;
      setSending(false);
    }
  };

  const step = steps[index] ?? steps[0];
  const back = index > 0 ? () => setIndex(index - 1) : undefined;
  const next = () => setIndex(Math.min(index + 1, steps.length - 1));

  return (
    <>
      <StepProgress current={index + 1} total={steps.length} />
      <StepCard>
        {step?.kind === 'intro' && (
          <IntroStep questionnaire={questionnaire} busy={consent.isPending} onStart={start} />
        )}
        {step?.kind === 'outcome' && (
          <OutcomeStep
            key={step.outcome.code}
            outcome={step.outcome}
            wave={questionnaire.wave}
            answers={answers}
            onRate={rate}
            onExample={describe}
          />
        )}
        {step?.kind === 'language' && (
          <LanguageStep
            languageCode={questionnaire.language?.code ?? null}
            answers={answers}
            onRate={assess}
          />
        )}
        {step?.kind === 'review' && (
          <ReviewStep questionnaire={questionnaire} answers={answers} sending={sending} onSubmit={send} />
        )}
        {sendFailed && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" mt="md">
            {t('survey.saveFailed')}
          </Alert>
        )}
        {(step?.kind === 'outcome' || step?.kind === 'language') && <StepNav onBack={back} onNext={next} />}
        {step?.kind === 'review' && <StepNav onBack={back} />}
      </StepCard>
      <Stack mt="sm" px={{ base: 'xs', sm: 0 }} mih={40}>
        <Box>{index > 0 && <SaveStatusLine status={saver.status} />}</Box>
      </Stack>
    </>
  );
}

function isFinal(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'UNAUTHORIZED' || code === 'CONFLICT';
}
