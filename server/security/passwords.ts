import { hash, verify } from '@node-rs/argon2';

/** @node-rs/argon2's Algorithm.Argon2id; its enum is const and cannot be imported under verbatimModuleSyntax. */
const ARGON2ID = 2;

export interface PasswordHashing {
  memoryCost: number;
  timeCost: number;
}

export function hashPassword(password: string, cost: PasswordHashing): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: cost.memoryCost, timeCost: cost.timeCost });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of nothing anyone knows, verified when the email is unknown so that a login takes as long
 * whether or not the account exists.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(cost: PasswordHashing): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}`, cost);
  return decoy;
}
