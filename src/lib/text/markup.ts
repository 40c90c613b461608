/**
 * Text put into HTML or XML that the app writes as a string (the still picture's SVG, the
 * pages' heads and noscript, the embed code): every character that could end the text or
 * its quoted attribute is escaped, so no story's words become markup.
 */

/**
 * @example escapeMarkup('</svg><script>') // "&lt;/svg&gt;&lt;script&gt;"
 */
export function escapeMarkup(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
  );
}
