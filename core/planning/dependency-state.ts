/**
 * A dependency waits for its supplier: 'proposed' until the supplier acknowledges or declines it.
 * An unacknowledged dependency is a risk; a declined one leaves the dependent promise without
 * the thing it needs.
 */
export const DEPENDENCY_STATES = ['proposed', 'acknowledged', 'declined'] as const;
export type DependencyState = (typeof DEPENDENCY_STATES)[number];
