/**
 * JSON that can sit inside an HTML `<script type="application/json">` element: every `<` is
 * escaped, so no text in the data (a headline with `</script>` in it) can close the element.
 * `JSON.parse` reads it back unchanged.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
