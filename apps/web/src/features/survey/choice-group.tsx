import type { ReactNode } from 'react';
import { useId } from 'react';
import classes from './survey.module.css';

export interface Choice<V extends string | number> {
  value: V;
  label: string;
  /** Set apart from the scale, such as "not applicable". */
  muted?: boolean;
}

interface ChoiceGroupProps<V extends string | number> {
  /** The question, shown as the group's legend. */
  legend: ReactNode;
  /** A scale inside a statement ("Before the mobility", "Now"): a smaller legend, named together with this id. */
  statementId?: string;
  choices: ReadonlyArray<Choice<V>>;
  value: V | undefined;
  onChange: (value: V) => void;
  /** Stacked (phones, paired scales), a row on wider screens (one scale), or the CEFR grid. */
  layout: 'column' | 'row' | 'cefr';
}

/**
 * One question as a radio group: a fieldset whose legend is the question, with native radio buttons, so the
 * browser provides keyboard operation (Tab into the group, arrows between choices) and screen readers announce
 * the question with each choice.
 */
export function ChoiceGroup<V extends string | number>({
  legend,
  statementId,
  choices,
  value,
  onChange,
  layout,
}: ChoiceGroupProps<V>) {
  const name = useId();
  const legendId = `${name}-legend`;
  return (
    <fieldset
      className={classes.group}
      aria-labelledby={statementId ? `${statementId} ${legendId}` : legendId}
    >
      <legend id={legendId} className={statementId ? classes.scaleLegend : classes.legend}>
        {legend}
      </legend>
      <div className={classes.choices} data-layout={layout}>
        {choices.map((choice) => (
          <label key={choice.value} className={classes.choice} data-muted={choice.muted || undefined}>
            <input
              type="radio"
              className={classes.radio}
              name={name}
              value={String(choice.value)}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
