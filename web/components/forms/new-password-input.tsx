import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { Password } from '../../../contract/common.js';

/**
 * The password a person chooses for a new account; its hint is the contract's own minimum. The
 * server also refuses common passwords, with a reason shown under the field.
 */
export function NewPasswordInput(props: PasswordInputProps) {
  return (
    <PasswordInput
      label="Password"
      description={`At least ${Password.minLength} characters, not a common password or your email`}
      autoComplete="new-password"
      required
      {...props}
    />
  );
}
