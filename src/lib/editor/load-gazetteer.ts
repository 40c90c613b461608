/**
 * Fetches the geoparser's gazetteer (several megabytes) when the editor first needs it,
 * reporting how much has arrived, and parses it. Fails with a message a person can act on.
 */
import { parseGazetteer, type Gazetteer } from '../geoparse/gazetteer.ts';

export interface LoadProgress {
  /** Bytes received so far. */
  loaded: number;
  /** Bytes in all, when the server says; null when it does not (a compressed response). */
  total: number | null;
  phase: 'downloading' | 'reading';
}

export class GazetteerLoadError extends Error {
  override name = 'GazetteerLoadError';
}

export async function loadGazetteer(
  url: string,
  onprogress: (progress: LoadProgress) => void = () => {},
): Promise<Gazetteer> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new GazetteerLoadError(
      'The gazetteer could not be downloaded. Check the connection and try again.',
    );
  }
  if (!response.ok || !response.body) {
    throw new GazetteerLoadError(
      `The gazetteer was not found (HTTP ${response.status}): run npm run data.`,
    );
  }
  const length = Number(response.headers.get('content-length'));
  // A compressed response's length is that of the compressed bytes: no use as a total.
  const total = response.headers.get('content-encoding') || !(length > 0) ? null : length;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onprogress({ loaded, total, phase: 'downloading' });
  }
  onprogress({ loaded, total, phase: 'reading' });
  // Let the page paint "reading" before the parse holds the main thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return parseGazetteer(JSON.parse(new TextDecoder().decode(bytes)));
  } catch (error) {
    throw new GazetteerLoadError(
      `The gazetteer is damaged: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
