/**
 * The live map's code (MapLibre and `StoryMap.gl.svelte`), asked for once per page. A story's
 * page asks as its script starts (main.ts, embed.ts), before the app's first render, so the
 * chunk's download and parsing overlap that render rather than follow it; the still picture's
 * bytes were asked for by the page's head and are here by then, so the chunk takes nothing
 * from them.
 */
type LiveMapModule = typeof import('./StoryMap.gl.svelte');

let chunk: Promise<LiveMapModule> | null = null;

export function liveMapChunk(): Promise<LiveMapModule> {
  chunk ??= import('./StoryMap.gl.svelte');
  return chunk;
}
