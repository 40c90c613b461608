/**
 * Something large the editor fetches only when first needed (the gazetteer, the country
 * outlines), with its progress, its error in words, and how long it took.
 */
import type { LoadProgress } from '../../lib/editor/load-gazetteer.ts';

export class LazyResource<T> {
  value = $state.raw<T | null>(null);
  progress = $state.raw<LoadProgress | null>(null);
  error = $state<string | null>(null);
  /** Milliseconds from asking to ready, once ready. */
  loadMs = $state<number | null>(null);
  #promise: Promise<T> | null = null;
  #loader: (onprogress: (progress: LoadProgress) => void) => Promise<T>;

  constructor(loader: (onprogress: (progress: LoadProgress) => void) => Promise<T>) {
    this.#loader = loader;
  }

  /** Starts loading (once; again after a failure) and resolves with the value. */
  load(): Promise<T> {
    if (this.#promise) return this.#promise;
    const started = performance.now();
    this.error = null;
    this.#promise = this.#loader((progress) => (this.progress = progress)).then(
      (value) => {
        this.value = value;
        this.loadMs = Math.round(performance.now() - started);
        return value;
      },
      (error: unknown) => {
        this.#promise = null;
        this.error = error instanceof Error ? error.message : String(error);
        throw error;
      },
    );
    return this.#promise;
  }
}
