/** Whether the reader asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Ease-out cubic: fast at first, settling gently on the final figure. */
export function easeOutCubic(t: number): number {
  return 1 - (1 - t) ** 3;
}
