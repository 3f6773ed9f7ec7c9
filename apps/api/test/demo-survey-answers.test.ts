import { describe, expect, it } from 'vitest';
import { demoRandom } from '../src/demo/demo-random.js';
import { type DemoRespondent, demoAnswers } from '../src/demo/demo-survey-answers.js';

const pupil: DemoRespondent = {
  kind: 'pupil',
  fewerOpportunities: false,
  days: 14,
  mainLanguage: 'fr',
  outcomeCodes: ['L04', 'L05', 'L06', 'L08'],
};

function meanRating(answers: Array<{ rating: number | null }>): number {
  const ratings = answers.flatMap((answer) => (answer.rating === null ? [] : [answer.rating]));
  return ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
}

describe('the demo respondents', () => {
  it('answer the same on every run', () => {
    expect(demoAnswers(pupil, demoRandom(2027, 'anna@example.org'))).toEqual(
      demoAnswers(pupil, demoRandom(2027, 'anna@example.org')),
    );
    expect(demoAnswers(pupil, demoRandom(2027, 'anna@example.org'))).not.toEqual(
      demoAnswers(pupil, demoRandom(2027, 'ben@example.org')),
    );
  });

  it('answer each wave as the survey pages allow: 1-5 or not applicable, looking back only at the end', () => {
    const waves = demoAnswers(pupil, demoRandom(1, 'anna@example.org'));
    expect(waves.baseline.answers).toHaveLength(12);
    for (const [wave, { answers }] of Object.entries(waves)) {
      for (const answer of answers) {
        if (answer.notApplicable) expect(answer.rating).toBeNull();
        else expect([1, 2, 3, 4, 5]).toContain(answer.rating);
        if (wave !== 'end') {
          expect(answer.retrospectiveRating).toBeNull();
          expect(answer.retrospectiveNotApplicable).toBe(false);
        }
      }
    }
    expect(waves.follow_up.languageRatings).toEqual([]);
    expect(waves.baseline.languageRatings.map((rating) => rating.skill)).toEqual(
      waves.end.languageRatings.map((rating) => rating.skill),
    );
  });

  it('gain more on average the longer they stay, and a little more with fewer opportunities', () => {
    const gain = (respondent: DemoRespondent) => {
      let total = 0;
      for (let index = 0; index < 300; index++) {
        const waves = demoAnswers(respondent, demoRandom(7, `respondent-${index}`));
        total += meanRating(waves.end.answers) - meanRating(waves.baseline.answers);
      }
      return total / 300;
    };
    const short = gain(pupil);
    expect(short).toBeGreaterThan(0.5);
    expect(short).toBeLessThan(1.1);
    expect(gain({ ...pupil, days: 150 })).toBeGreaterThan(short);
    expect(gain({ ...pupil, fewerOpportunities: true })).toBeGreaterThan(short);
  });
});
