import { Alert, Modal, Stack, Table, Text, Title } from '@mantine/core';
import type { RouterOutputs } from '@mobilis/api';
import { cefrSkills, outcomes } from '@mobilis/schema';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-states';
import { useTRPC } from '../../lib/trpc';
import { cefrLevelLabel, cefrSkillLabel, formatDateTime, ratingText, waveLabel } from './survey-labels';

type SurveyAnswers = RouterOutputs['survey']['answers'];
type Answer = SurveyAnswers['answers'][number];

export interface AnsweredSurvey {
  id: string;
  wave: string;
  participantName: string;
  submittedAt: string | null;
}

interface SurveyAnswersModalProps {
  organisationId: string;
  /** The survey to show; the modal is open while there is one. */
  survey: AnsweredSurvey | null;
  onClose: () => void;
}

/** A participant's answers, for coordinators: statements in English from the catalogue, outcome by outcome. */
export function SurveyAnswersModal({ organisationId, survey, onClose }: SurveyAnswersModalProps) {
  return (
    <Modal
      opened={survey !== null}
      onClose={onClose}
      size="xl"
      title={survey ? `${survey.participantName} · ${waveLabel(survey.wave)} survey` : ''}
    >
      {survey && <AnswersBody organisationId={organisationId} survey={survey} />}
    </Modal>
  );
}

function AnswersBody({ organisationId, survey }: { organisationId: string; survey: AnsweredSurvey }) {
  const trpc = useTRPC();
  const answers = useQuery(trpc.survey.answers.queryOptions({ organisationId, surveyId: survey.id }));
  const end = survey.wave === 'end';

  if (answers.isPending) return <LoadingState label="Loading the answers…" />;
  if (answers.isError) return <ErrorState title="The answers could not be loaded" error={answers.error} />;
  const { answers: ratings, examples, languageRatings, consent } = answers.data;
  const consentLine = consent.consentAt
    ? `Agreed to take part on ${formatDateTime(String(consent.consentAt))} (consent wording ${consent.consentWording ?? 'before versions were recorded'}); ${consent.contactConsent ? 'agreed' : 'did not agree'} to be contacted for studies.${consent.consentWithdrawnAt ? ` Consent withdrawn on ${formatDateTime(String(consent.consentWithdrawnAt))}.` : ''}`
    : 'No consent recorded.';
  if (ratings.length === 0 && examples.length === 0 && languageRatings.length === 0) {
    return <EmptyState title="No answers">Nothing was answered in this survey.</EmptyState>;
  }
  const byIndicator = new Map(ratings.map((answer) => [answer.indicatorCode, answer]));
  const answeredOutcomes = outcomes.filter((outcome) =>
    outcome.indicators.some((indicator) => byIndicator.has(indicator.code)),
  );

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        Submitted {formatDateTime(survey.submittedAt)}. Statements are shown in English; the participant may
        have answered in another language.
        {end && ' “Before” is the participant’s view, at the end, of where they stood before the mobility.'}
      </Text>
      <Text size="sm" data-testid="survey-consent">
        {consentLine}
      </Text>
      {answeredOutcomes.map((outcome) => {
        const example = examples.find((candidate) => candidate.outcomeCode === outcome.code);
        return (
          <section key={outcome.code} aria-labelledby={`answers-${outcome.code}`}>
            <Title order={3} size="h5" mb={6} id={`answers-${outcome.code}`}>
              {outcome.code} · {outcome.label.en}
            </Title>
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing={6} fz="sm" aria-label={`${outcome.label.en}: answers`} withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Statement</Table.Th>
                    {end && <Table.Th w={170}>Before</Table.Th>}
                    <Table.Th w={170}>{end ? 'Now' : 'Rating'}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {outcome.indicators.map((indicator) => {
                    const answer: Answer | undefined = byIndicator.get(indicator.code);
                    return (
                      <Table.Tr key={indicator.code}>
                        <Table.Td>{indicator.statement.en}</Table.Td>
                        {end && (
                          <Table.Td>
                            {answer
                              ? ratingText(answer.retrospectiveRating, answer.retrospectiveNotApplicable)
                              : '—'}
                          </Table.Td>
                        )}
                        <Table.Td>{answer ? ratingText(answer.rating, answer.notApplicable) : '—'}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {example && <ExampleText outcomeCode={outcome.code} text={example.text} />}
          </section>
        );
      })}
      {examples
        .filter((example) => !answeredOutcomes.some((outcome) => outcome.code === example.outcomeCode))
        .map((example) => (
          <ExampleText key={example.outcomeCode} outcomeCode={example.outcomeCode} text={example.text} />
        ))}
      {languageRatings.length > 0 && (
        <section aria-labelledby="answers-language">
          <Title order={3} size="h5" mb={6} id="answers-language">
            Language skills (self-assessed on the CEFR grid)
          </Title>
          <Table verticalSpacing={6} fz="sm" aria-label="Language skills" withTableBorder>
            <Table.Tbody>
              {cefrSkills.map((skill) => {
                const level = languageRatings.find((rating) => rating.skill === skill)?.level;
                return (
                  <Table.Tr key={skill}>
                    <Table.Th w="40%" fw={500}>
                      {cefrSkillLabel(skill)}
                    </Table.Th>
                    <Table.Td>{level ? cefrLevelLabel(level) : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </section>
      )}
    </Stack>
  );
}

function ExampleText({ outcomeCode, text }: { outcomeCode: string; text: string }) {
  return (
    <Alert color="gray" variant="light" mt="xs" title={`Example (${outcomeCode})`}>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </Alert>
  );
}
