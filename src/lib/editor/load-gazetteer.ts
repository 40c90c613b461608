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

/**
 * Fetches the gazetteer's assets (the core, then the tail of small places), reporting the
 * bytes received across them, and parses them together.
 */
export async function loadGazetteer(
  urls: readonly string[],
  onprogress: (progress: LoadProgress) => void = () => {},
): Promise<Gazetteer> {
  const responses = await Promise.all(urls.map((url) => fetchAsset(url)));
  const lengths = responses.map((response) => {
    const length = Number(response.headers.get('content-length'));
    // A compressed response's length is that of the compressed bytes: no use as a total.
    return response.headers.get('content-encoding') || !(length > 0) ? null : length;
  });
  const total = lengths.every((length) => length !== null)
    ? lengths.reduce<number>((sum, length) => sum + (length ?? 0), 0)
    : null;
  let loaded = 0;
  const texts: string[] = [];
  for (const response of responses) {
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const chunks: Uint8Array[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      onprogress({ loaded, total, phase: 'downloading' });
    }
    texts.push(new TextDecoder().decode(concat(chunks)));
  }
  onprogress({ loaded, total, phase: 'reading' });
  // Let the page paint "reading" before the parse holds the main thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    return parseGazetteer(texts.map((text) => JSON.parse(text)));
  } catch (error) {
    throw new GazetteerLoadError(
      `The gazetteer is damaged: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function fetchAsset(url: string): Promise<Response> {
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
  return response;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
