import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // Scoped class names as `s<hash>` rather than `svelte-<hash>`: they are written hundreds
    // of times in the first view's CSS and templates (2.5 kB of it as served).
    cssHash: ({ hash, css }) => `s${hash(css)}`,
  },
};
