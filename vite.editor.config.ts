/** Builds the editor's page beside the reader's pages: see `datelineConfig` in vite.config.ts. */
import { datelineConfig } from './vite.config.ts';

export default datelineConfig('editor');
