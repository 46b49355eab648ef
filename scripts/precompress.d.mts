export const COMPRESSIBLE: RegExp;
export const MIN_BYTES: number;
export function precompressDirectory(dir: string): Promise<string[]>;
