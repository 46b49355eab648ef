import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { Password } from '../../../contract/common.js';

/** The password a person chooses for a new account; its hint is the contract's own minimum. */
export function NewPasswordInput(props: PasswordInputProps) {
  return (
    <PasswordInput
      label="Password"
      description={`At least ${Password.minLength} characters`}
      autoComplete="new-password"
      required
      {...props}
    />
  );
}
