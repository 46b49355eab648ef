export interface SourceTime {
  file: string;
  mtimeMs: number;
}
export interface BuildDecision {
  isStale: boolean;
  reason: string;
}
export const SOURCES: string[];
export const OUTPUTS: string[];
export const STAMP: string;
export function newestSource(root: string, sources?: readonly string[]): SourceTime | null;
export function buildDecision(situation: {
  missingOutputs: readonly string[];
  stampMs: number | null;
  newest: SourceTime | null;
}): BuildDecision;
export function decideBuild(root: string): BuildDecision;
