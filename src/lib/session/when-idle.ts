/**
 * Runs `task` at the browser's next idle moment (within `timeoutMs` at the latest), or after
 * a short wait where the browser has no idle callbacks (Safari); returns what cancels it.
 * For code and data the first view has no use for but the reader soon may.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if ('requestIdleCallback' in window) {
    const request = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(request);
  }
  const timer = setTimeout(task, timeoutMs / 2);
  return () => clearTimeout(timer);
}
