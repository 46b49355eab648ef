import { Loader, Paper, Text, TextInput, UnstyledButton } from '@mantine/core';
import { type KeyboardEvent, type ReactNode, type Ref, useEffect, useId, useState } from 'react';

/** One choice of a command list: a page, a promise, a person, an action. */
export interface CommandOption {
  key: string;
  label: string;
  description?: string;
  onSelect(): void;
}

/**
 * A text box with a list of choices under it, as the WAI-ARIA combobox pattern has it: the box is a
 * combobox that owns a listbox; the arrow keys move the active option (aria-activedescendant, focus
 * stays in the box), Enter chooses it, Escape is left to the caller (close the list, or the dialog).
 */
export function CommandList({
  label,
  placeholder,
  value,
  onChange,
  options,
  isLoading = false,
  isOpen,
  emptyText,
  onEscape,
  inputRef,
  leftSection,
  floating = false,
  isAutoFocused = false,
  onFocusChange,
}: {
  label: string;
  placeholder?: string;
  value: string;
  onChange(value: string): void;
  options: readonly CommandOption[];
  isLoading?: boolean;
  isOpen: boolean;
  emptyText: string;
  onEscape?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  leftSection?: ReactNode;
  /** Over the page (the header's box) rather than in the flow (a dialog). */
  floating?: boolean;
  /** Focused when its dialog opens (Mantine's focus trap looks for data-autofocus). */
  isAutoFocused?: boolean;
  /** The list shows while the box has focus (an option keeps it: a click does not blur the box). */
  onFocusChange?: (isFocused: boolean) => void;
}) {
  const listId = useId();
  const [active, setActive] = useState(0);
  // A new list starts at its first option.
  const signature = options.map((option) => option.key).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the options change
  useEffect(() => setActive(0), [signature]);
  const optionId = (index: number) => `${listId}-option-${index}`;
  const isShown = isOpen && (options.length > 0 || value.trim() !== '');
  // The listbox exists only with options in it: an empty one is not a list (and fails axe).
  const isExpanded = isShown && options.length > 0;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const option = options[active];
      if (option && isExpanded) {
        event.preventDefault();
        option.onSelect();
      }
    } else if (event.key === 'Escape' && onEscape) {
      onEscape();
    }
  };

  const list = (
    <div role="listbox" id={listId} aria-label={label}>
      {options.map((option, index) => (
        <UnstyledButton
          component="div"
          key={option.key}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          tabIndex={-1}
          // The box keeps focus: a click chooses without blurring it first.
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => setActive(index)}
          onClick={option.onSelect}
          px="sm"
          py={6}
          display="block"
          w="100%"
          style={{
            borderRadius: 'var(--mantine-radius-sm)',
            background: index === active ? 'var(--mantine-color-blue-light)' : undefined,
          }}
        >
          <Text size="sm" fw={500} c="var(--mantine-color-text)">
            {option.label}
          </Text>
          {option.description && (
            <Text size="xs" c="var(--mantine-color-text)">
              {option.description}
            </Text>
          )}
        </UnstyledButton>
      ))}
    </div>
  );

  return (
    <div style={{ position: 'relative' }}>
      <TextInput
        ref={inputRef}
        role="combobox"
        aria-label={label}
        aria-expanded={isExpanded}
        aria-controls={isExpanded ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={isExpanded && options[active] ? optionId(active) : undefined}
        autoComplete="off"
        data-autofocus={isAutoFocused || undefined}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onFocus={() => onFocusChange?.(true)}
        onBlur={() => onFocusChange?.(false)}
        leftSection={leftSection}
        rightSection={isLoading ? <Loader size="xs" aria-label="Searching" /> : null}
      />
      <Paper
        hidden={!isShown}
        shadow={floating ? 'md' : undefined}
        withBorder={floating}
        p={4}
        mt={4}
        style={floating ? { position: 'absolute', left: 0, right: 0, zIndex: 300 } : undefined}
        mah={floating ? 420 : undefined}
        styles={{ root: { overflowY: 'auto' } }}
      >
        {options.length > 0 && list}
        {options.length === 0 && !isLoading && (
          <Text size="sm" px="sm" py={6} role="status">
            {emptyText}
          </Text>
        )}
      </Paper>
    </div>
  );
}
