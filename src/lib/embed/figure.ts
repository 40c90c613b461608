/**
 * The embed is a figure in the article: one height at every column width, so the host page
 * never shifts, and the code a newsroom pastes already carries it.
 */

/** The embed's height in CSS px: within the 400–650 px of newsroom locator maps. */
export const FIGURE_HEIGHT_PX = 560;
