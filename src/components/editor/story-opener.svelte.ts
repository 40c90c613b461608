/**
 * Where a story comes from: an article drafted anew (or again), a draft kept in this browser,
 * a story folder on disk, a story of this site, or an exported folder imported. It lists the
 * stories to open for the start screen, and hands what it opens to the editor's `start`; what
 * cannot be opened it says in a notice, with a way out where there is one.
 */
import { countryAt } from '../../lib/data/country-lookup.ts';
import { draftStory } from '../../lib/draft/draft-story.ts';
import {
  articleInputProblems,
  type ArticleInput,
  type ArticleProblems,
} from '../../lib/editor/article-input.ts';
import { DiskError, type Disk } from '../../lib/editor/disk.ts';
import {
  newStoryId,
  storyFiles,
  suggestStoryId,
  type EditorDocument,
} from '../../lib/editor/document.ts';
import type { DraftStore } from '../../lib/editor/draft-store.ts';
import { filesFromCompiled, readImport, readStoryFiles } from '../../lib/editor/files.ts';
import { mergeReviewDecisions } from '../../lib/editor/merge.ts';
import { checkStoredDraft } from '../../lib/editor/stored-draft.ts';
import type { Gazetteer } from '../../lib/geoparse/gazetteer.ts';
import { editorStrings } from '../../lib/i18n/editor.ts';
import { loadWholeStory } from '../../lib/story/load.ts';
import { download } from './download.ts';
import type { EditorSession } from './editor-session.svelte.ts';
import type { LazyResource } from './lazy-resource.svelte.ts';
import type { Notices } from './notices.svelte.ts';
import type { StoryChoice } from './StartScreen.svelte';

const words = editorStrings.open;

export interface StoryOpenerOptions {
  /** Where this browser keeps drafts, once open; null if it cannot. */
  store: () => DraftStore | null;
  /** The server's endpoint; null on a built page. */
  disk: Disk | null;
  /** The editing session, once the editor has one. */
  session: () => EditorSession | null;
  notices: Notices;
  gazetteer: LazyResource<Gazetteer>;
  /** Where the site's stories are served. */
  dataUrl: string;
  /** Starts editing a story, with its history and its files on disk when it has them. */
  start: (doc: EditorDocument, options?: Parameters<EditorSession['open']>[1]) => void;
}

export class StoryOpener {
  /** The article the start screen is filling in, to draft. */
  article = $state<ArticleInput>({ text: '', outlet: '', url: '', published: '' });
  articleProblems = $state<ArticleProblems>({});
  drafting = $state(false);
  browserDrafts = $state<StoryChoice[]>([]);
  /** The story folders on disk; null without the disk. */
  diskStories = $state<StoryChoice[] | null>(null);

  #options: StoryOpenerOptions;

  constructor(options: StoryOpenerOptions) {
    this.#options = options;
  }

  /** Reads again which drafts this browser keeps and which folders the disk holds. */
  async refreshLists(): Promise<void> {
    const store = this.#options.store();
    const { disk, notices } = this.#options;
    if (store) {
      const all = await store
        .all()
        .then((drafts) => [...drafts])
        .catch((): [string, unknown][] => []);
      this.browserDrafts = all.map(([id, raw]) => {
        const checked = checkStoredDraft(raw);
        return checked.ok
          ? {
              id,
              headline: checked.draft.present.meta.headline || id,
              note: editorStrings.start.keptAt(
                checked.draft.savedAt.slice(0, 16).replace('T', ' '),
              ),
            }
          : { id, headline: id, note: editorStrings.start.damaged };
      });
    }
    if (disk) {
      this.diskStories = await disk
        .list()
        .then((stories) => stories.map((s) => ({ id: s.id, headline: s.headline, note: s.status })))
        .catch((error: unknown) => {
          notices.notify('error', words.listFailed((error as Error).message));
          return [];
        });
    }
  }

  open(from: 'browser' | 'disk' | 'site', id: string): void {
    if (from === 'browser') this.openFromBrowser(id);
    else if (from === 'disk') this.#openFromDisk(id);
    else this.#openFromSite(id);
  }

  /** Opens a draft kept in this browser; `onLoad`: the one open when the page was left. */
  async openFromBrowser(id: string, onLoad = false): Promise<void> {
    const store = this.#options.store();
    const { notices, start } = this.#options;
    const raw = await store?.get(id).catch(() => undefined);
    const checked = checkStoredDraft(raw);
    if (!checked.ok) {
      notices.notify('error', words.damagedDraft(id, checked.message), {
        actions: [
          {
            label: words.downloadDamaged,
            run: () =>
              download(`${id}-damaged.json`, new Blob([JSON.stringify(raw ?? null, null, 2)])),
          },
        ],
      });
      await store?.setOpenStory(null).catch(() => {});
      return;
    }
    const { present, past, future, disk: hashes } = checked.draft;
    start(present, { past, future, disk: hashes });
    if (onLoad) notices.notify('info', words.restored(present.meta.headline || id));
  }

  async #openFromDisk(id: string): Promise<void> {
    const { disk, notices, start } = this.#options;
    if (!disk) return;
    try {
      const { files, hashes } = await disk.read(id);
      const read = readStoryFiles(files);
      if (!read.ok) return notices.notify('error', words.cannotOpen(id, read.message));
      const kept = checkStoredDraft(
        await this.#options
          .store()
          ?.get(id)
          .catch(() => undefined),
      );
      const fromDisk: EditorDocument = {
        storyId: id,
        meta: read.meta,
        places: read.places,
        article: kept.ok ? kept.draft.present.article : null,
        warnings: [],
      };
      if (kept.ok && JSON.stringify(storyFiles(kept.draft.present)) !== JSON.stringify(files)) {
        start(kept.draft.present, { ...kept.draft, disk: kept.draft.disk });
        notices.notify('info', words.browserDiffers(id), {
          actions: [
            {
              label: words.openDiskVersion,
              run: () => {
                const session = this.#options.session();
                session?.apply({ type: 'replace-document', doc: fromDisk });
                session?.setDisk(hashes);
              },
            },
          ],
        });
        return;
      }
      start(fromDisk, { disk: hashes });
    } catch (error) {
      notices.notify('error', error instanceof DiskError ? error.message : words.cannotRead(id));
    }
  }

  async #openFromSite(id: string): Promise<void> {
    const { notices, start, dataUrl } = this.#options;
    try {
      const story = await loadWholeStory(dataUrl, id);
      const read = readStoryFiles(filesFromCompiled(story));
      if (!read.ok) return notices.notify('error', read.message);
      start({ storyId: id, meta: read.meta, places: read.places, article: null, warnings: [] });
    } catch (error) {
      notices.notify('error', (error as Error).message);
    }
  }

  /** Drafts a new story from the article filled in, once its fields are right. */
  async draft(): Promise<void> {
    const { article } = this;
    this.articleProblems = articleInputProblems(article);
    if (Object.keys(this.articleProblems).length > 0) return;
    this.drafting = true;
    try {
      const loaded = await this.#options.gazetteer.load();
      const draft = draftStory({
        text: article.text,
        gazetteer: loaded,
        published: article.published,
        outlet: article.outlet.trim(),
        url: article.url,
        countryAt,
      });
      const taken = [...this.browserDrafts, ...(this.diskStories ?? [])].map((d) => d.id);
      this.#options.start({
        storyId: newStoryId(draft.meta, taken),
        meta: draft.meta,
        places: draft.places,
        article: article.text,
        warnings: draft.warnings,
      });
      await this.refreshLists();
    } catch (error) {
      this.articleProblems = { text: words.cannotDraft((error as Error).message) };
    } finally {
      this.drafting = false;
    }
  }

  /** Drafts the open story again from its text: the person's decisions are kept. */
  redraft(): void {
    const { notices, gazetteer } = this.#options;
    const session = this.#options.session();
    const doc = session?.doc;
    if (!session || !doc?.article || !gazetteer.value) return;
    try {
      const draft = draftStory({
        text: doc.article,
        gazetteer: gazetteer.value,
        published: doc.meta.published,
        outlet: doc.meta.outlet,
        url: doc.meta.url,
        countryAt,
      });
      const { places } = mergeReviewDecisions(doc.places, draft.places);
      session.apply({
        type: 'replace-document',
        doc: { ...doc, places, warnings: draft.warnings },
      });
      notices.notify('info', words.redrafted);
    } catch (error) {
      notices.notify('error', words.cannotRedraft((error as Error).message));
    }
  }

  /**
   * Imports an exported folder (its zip, or its two files): over the open story when it has
   * the same id (undo brings that back), else as a story of its own. Whether it was imported.
   */
  async import(files: FileList): Promise<boolean> {
    const { notices, start } = this.#options;
    const read = await readImport([...files]);
    if (!read.ok) {
      notices.notify('error', words.importFailed(read.message));
      return false;
    }
    const session = this.#options.session();
    const doc = session?.doc ?? null;
    const id = read.storyId ?? suggestStoryId(read.meta);
    const imported: EditorDocument = {
      storyId: id,
      meta: read.meta,
      places: read.places,
      article: doc?.storyId === id ? doc.article : null,
      warnings: [],
    };
    if (doc && doc.storyId === id) {
      session?.apply({ type: 'replace-document', doc: imported });
      notices.notify('info', words.importedOver(id));
    } else {
      start(imported);
      notices.notify('info', words.imported(id));
    }
    return true;
  }
}
