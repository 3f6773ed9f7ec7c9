import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

interface SearchBoxProps {
  label: string;
  placeholder: string;
  /** The search in effect (from the address). */
  value: string;
  /** Called once the user pauses typing; undefined for an empty search. */
  onChange: (search: string | undefined) => void;
  w?: Record<string, number | string>;
}

/** Searches as the user types, once they pause, so that each key press does not ask the server. */
export function SearchBox({ label, placeholder, value, onChange, w }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const send = useDebouncedCallback((next: string) => {
    const trimmed = next.trim();
    if (trimmed !== value) onChange(trimmed === '' ? undefined : trimmed);
  }, 300);
  // The address changed by other means (back button, "Clear filters"): show what it says.
  useEffect(() => setText((current) => (current.trim() === value ? current : value)), [value]);
  const change = (next: string) => {
    setText(next);
    send(next);
  };

  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      rightSection={
        text !== '' ? (
          <CloseButton aria-label="Clear the search" onClick={() => change('')} size="sm" />
        ) : null
      }
      w={w ?? { base: '100%', sm: 300 }}
    />
  );
}
