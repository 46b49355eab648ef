/** A person the mention list offers. */
export interface MentionCandidate {
  id: string;
  name: string;
  email: string;
}
