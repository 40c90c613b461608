/**
 * What the editor page and the servers' editor endpoint (`scripts/editor-endpoint.ts`) agree
 * on: where it is, the header that carries the per-run token, and the page's meta element
 * the token arrives in.
 */
export const EDITOR_ENDPOINT = '/__dateline/editor';
export const EDITOR_TOKEN_HEADER = 'x-dateline-token';
export const EDITOR_TOKEN_META = 'dateline-editor-token';
