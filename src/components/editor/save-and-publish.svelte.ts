/**
 * Writing the open story out: exported as a folder, saved to disk, or published as a new
 * version (a dry run first, for the person to confirm in PublishPanel). It holds what the page
 * shows of it: a save or publication under way, the version awaiting the person's word, the
 * latest version on disk, and the embed code once published. Without the disk endpoint (a
 * built page), it says how to do by hand what it cannot.
 */
import type { Disk, DiskHashes, LatestVersion, SaveResult } from '../../lib/editor/disk.ts';
import { storyFiles } from '../../lib/editor/document.ts';
import { zipStory } from '../../lib/editor/files.ts';
import { publishStory } from '../../lib/editor/publish.ts';
import { embedCode, type EmbedCode } from '../../lib/embed/snippet.ts';
import { editorStrings } from '../../lib/i18n/editor.ts';
import { download } from './download.ts';
import type { EditorSession } from './editor-session.svelte.ts';
import type { Tab } from './InspectorTabs.svelte';
import type { Notices } from './notices.svelte.ts';

/** What a story never written to disk is compared with: no file yet. */
const NOT_ON_DISK: DiskHashes = { 'story.json': null, 'places.geojson': null };

const { save: saveWords, publish: publishWords } = editorStrings;

export interface SaveAndPublishOptions {
  /** The server's endpoint; null on a built page. */
  disk: Disk | null;
  /** The editing session, once the editor has one. */
  session: () => EditorSession | null;
  notices: Notices;
  /** Turns the inspector to a tab: the problems that stop a save, the reader's view once published. */
  show: (tab: Tab) => void;
  /** The address of the editor's folder, where a built story's page is too (for its embed code). */
  siteUrl: string;
}

export class SaveAndPublish {
  saving = $state(false);
  publishing = $state(false);
  /** How to embed the story, once published; null before. */
  published = $state<EmbedCode | null>(null);
  /** The open story's latest version on disk, if it has one. */
  latest = $state<LatestVersion | null>(null);
  /** The version the publish step would make, awaiting the person's word. */
  pending = $state<{ version: number; changes: string[] } | null>(null);

  #disk: Disk | null;
  #session: () => EditorSession | null;
  #notices: Notices;
  #show: (tab: Tab) => void;
  #siteUrl: string;
  // Derived apart, so that an edit that keeps the story's id does not read its versions again.
  #openStoryId = $derived.by(() => this.#session()?.doc?.storyId ?? null);
  #storyOnDisk = $derived.by(() => this.#session()?.disk != null);

  /** Made while a component starts: it follows the open story's latest version on disk. */
  constructor({ disk, session, notices, show, siteUrl }: SaveAndPublishOptions) {
    this.#disk = disk;
    this.#session = session;
    this.#notices = notices;
    this.#show = show;
    this.#siteUrl = siteUrl;
    // The open story's latest version, whichever way it was opened: its change-log entries
    // are published and stay as they are.
    $effect(() => {
      const id = this.#openStoryId;
      this.latest = null;
      if (!disk || !id || !this.#storyOnDisk) return;
      let current = true;
      disk
        .read(id)
        .then((read) => current && (this.latest = read.latest))
        .catch(() => {});
      return () => (current = false);
    });
  }

  /** A story newly opened has no publication under way, nor embed code yet. */
  reset(): void {
    this.published = null;
    this.pending = null;
  }

  /** The story folder as a zip, downloaded. */
  exportFolder = (): void => {
    const doc = this.#session()?.doc;
    if (!doc) return;
    const zip = zipStory(doc.storyId, storyFiles(doc));
    download(
      `${doc.storyId}.zip`,
      new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    );
  };

  /** Saves over `base`, the files as last read from disk (the disk refuses if they changed). */
  async save(base: DiskHashes | null = this.#session()?.disk ?? null): Promise<void> {
    const session = this.#session();
    const doc = session?.doc;
    if (!session || !doc) return;
    if (!this.#disk) {
      return this.#notices.notify('error', saveWords.noDisk);
    }
    if (session.problems.length > 0) {
      this.#show('problems');
      return this.#notices.notify(
        'error',
        saveWords.invalid(editorStrings.review.problems(session.problems.length)),
      );
    }
    this.saving = true;
    const result = await this.#disk.save(doc.storyId, storyFiles(doc), base ?? NOT_ON_DISK);
    this.saving = false;
    if (result.ok) {
      session.setDisk(result.hashes);
      this.#notices.notify('info', saveWords.saved(doc.storyId));
      return;
    }
    this.#refused(saveWords.notSaved, result);
  }

  /**
   * The named step of publishing: the reviewed story in its reader's form, then (with the disk)
   * what its next version would record, for the person to confirm (see PublishPanel).
   */
  async publish(): Promise<void> {
    const session = this.#session();
    const doc = session?.doc;
    if (!session || !doc) return;
    const result = publishStory(doc);
    if (!result.ok) {
      return this.#notices.notify('error', publishWords.notReady, { lines: result.reasons });
    }
    session.apply({
      type: 'replace-document',
      doc: { ...doc, meta: result.meta, places: result.places },
    });
    if (!this.#disk) {
      this.#showEmbed(doc.storyId, result.meta.headline);
      this.#notices.notify('info', publishWords.byHand(doc.storyId));
      this.#show('reader');
      return;
    }
    this.publishing = true;
    const planned = await this.#disk.publish(doc.storyId, result.files, this.#base(), {
      dryRun: true,
    });
    this.publishing = false;
    if (!planned.ok) return this.#refused(publishWords.notPublished, planned);
    this.pending = { version: planned.version, changes: planned.changes };
  }

  /** The person's word on the pending version, with their note and name for the record. */
  async confirmPublish({ note, by }: { note: string; by: string }): Promise<void> {
    const session = this.#session();
    const doc = session?.doc;
    if (!this.#disk || !doc || !session || !this.pending) return;
    this.publishing = true;
    const result = await this.#disk.publish(doc.storyId, storyFiles(doc), this.#base(), {
      note,
      by,
    });
    this.publishing = false;
    this.pending = null;
    if (!result.ok) return this.#refused(publishWords.notPublished, result);
    if (result.hashes) session.setDisk(result.hashes);
    this.latest = {
      version: result.version,
      published: result.published ?? '',
      changes: doc.meta.changes?.length ?? 0,
    };
    this.#showEmbed(doc.storyId, doc.meta.headline);
    this.#notices.notify(
      'info',
      publishWords.published(result.version, doc.storyId, editorStrings.inspector.reader),
      { lines: result.changes },
    );
    this.#show('reader');
  }

  async #overwrite(): Promise<void> {
    const doc = this.#session()?.doc;
    if (!this.#disk || !doc) return;
    try {
      const { hashes } = await this.#disk.read(doc.storyId);
      await this.save(hashes);
    } catch {
      await this.save(NOT_ON_DISK);
    }
  }

  #base(): DiskHashes {
    return this.#session()?.disk ?? NOT_ON_DISK;
  }

  /** A refused save or publication, with what the person can do about it. */
  #refused(what: string, result: Extract<SaveResult, { ok: false }>): void {
    if (result.kind === 'conflict') {
      this.#notices.notify('error', saveWords.conflict(what, result.message), {
        actions: [
          { label: saveWords.exportMine, run: this.exportFolder },
          { label: saveWords.overwrite, run: () => this.#overwrite() },
        ],
      });
    } else {
      this.#notices.notify('error', saveWords.refused(what, result.message), {
        lines: result.problems,
      });
    }
  }

  #showEmbed(storyId: string, headline: string): void {
    this.published = embedCode({
      base: this.#siteUrl,
      state: { story: storyId },
      title: headline,
    });
  }
}
