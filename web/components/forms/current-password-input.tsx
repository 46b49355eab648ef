import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/** The password one signs in with now, asked before a change only its owner should make. */
export function CurrentPasswordInput(props: PasswordInputProps) {
  return <PasswordInput label="Current password" autoComplete="current-password" required {...props} />;
}
