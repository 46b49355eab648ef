import { Textarea, type TextareaProps } from '@mantine/core';
import {
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  lazy,
  Suspense,
  useId,
  useRef,
  useState,
} from 'react';
import { mentionOf } from '../../../core/mentions/index.js';
import type { MentionCandidate } from './mention-candidate.js';

/** The suggestions' list and its people search load only once someone types an @ (bundle budget). */
const MentionSuggestions = lazy(() => import('./mention-suggestions.js'));

/** The `@words` being typed just before the caret, if any: where it starts and what it asks for. */
function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@[\]()]{0,40})$/.exec(before);
  if (!match) return null;
  return { start: before.length - match[2]!.length - 1, query: match[2]! };
}

/** Sets a text area's value as typing would, so that whatever owns its value (a form) hears of it. */
function typeInto(area: HTMLTextAreaElement, value: string, caret: number) {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, value);
  area.dispatchEvent(new Event('input', { bubbles: true }));
  area.setSelectionRange(caret, caret);
}

type Props = TextareaProps & Omit<ComponentPropsWithoutRef<'textarea'>, keyof TextareaProps>;

/**
 * A text area where `@` offers the organization's people: typing a name narrows the list
 * (a listbox the text area controls: arrows move, Enter or Tab picks, Escape closes), and a pick
 * writes the mention as `@[Name](person:ID)`, which tells that person once the text is sent.
 */
export function MentionTextarea(props: Props) {
  const listId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [at, setAt] = useState<{ start: number; query: string } | null>(null);
  const [options, setOptions] = useState<MentionCandidate[]>([]);
  const [active, setActive] = useState(0);

  const look = () => {
    const element = area.current;
    if (!element) return;
    const found = mentionAt(element.value, element.selectionStart ?? element.value.length);
    setAt((current) => {
      if (found?.query !== current?.query) setActive(0);
      return found;
    });
  };

  const pick = (person: MentionCandidate) => {
    const element = area.current;
    if (!element || !at) return;
    const caret = element.selectionStart ?? element.value.length;
    const written = `${mentionOf(person)} `;
    const value = element.value.slice(0, at.start) + written + element.value.slice(caret);
    typeInto(element, value, at.start + written.length);
    setAt(null);
    setOptions([]);
  };

  const isOpen = at !== null && options.length > 0;
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isOpen) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((index) => (index + step + options.length) % options.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const person = options[Math.min(active, options.length - 1)];
        if (person) pick(person);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setAt(null);
        setOptions([]);
        return;
      }
    }
    props.onKeyDown?.(event);
  };

  return (
    <div style={{ position: 'relative' }}>
      <Textarea
        {...props}
        ref={area}
        aria-autocomplete="list"
        aria-controls={isOpen ? listId : undefined}
        aria-activedescendant={isOpen ? `${listId}-${Math.min(active, options.length - 1)}` : undefined}
        onChange={(event) => {
          props.onChange?.(event);
          look();
        }}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => {
          if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) look();
          props.onKeyUp?.(event);
        }}
        onClick={(event) => {
          look();
          props.onClick?.(event);
        }}
        onBlur={(event) => {
          setAt(null);
          setOptions([]);
          props.onBlur?.(event);
        }}
      />
      {at && (
        <Suspense fallback={null}>
          <MentionSuggestions
            id={listId}
            query={at.query}
            active={active}
            onOptions={setOptions}
            onPick={pick}
          />
        </Suspense>
      )}
    </div>
  );
}
