/**
 * One reader's session with one story: what is loaded, what they chose (a place, a step, a
 * range of dates, the units), what the camera should frame and what a link should carry.
 * `App.svelte` lays this out; the rules live here and in the pure modules beside it
 * (`framing.ts`, `selection.ts`), which are tested without a page.
 */
import { strings } from '../i18n/index.ts';
import type { HostMessage } from '../embed/messages.ts';
import type { Bounds, Units } from '../geo/types.ts';
import { joinStory } from '../story/details.ts';
import {
  chooseStory,
  loadDetails,
  loadStory,
  loadStoryIndex,
  StoryLoadError,
} from '../story/load.ts';
import type { PageParams, SharedState } from '../story/params.ts';
import { clampStep, stepFromParam } from '../story/steps.ts';
import {
  normalizeRange,
  placesInRange,
  timeDomain,
  timelineEvents,
  type DateRange,
} from '../story/timeline.ts';
import type {
  CompiledStory,
  PlacesTouched,
  StoryDetails,
  StoryIndex,
  StoryIndexEntry,
  StoryOutline,
} from '../story/types.ts';
import { lastSeen, markSeen, sinceSeen, type SeenStorage } from '../story/seen.ts';
import { chooseVersion, storyFolder, type VersionChoice } from '../story/versions.ts';
import { cameraFrame, type CameraFrame } from './framing.ts';
import {
  selectionAnnouncement,
  selectionOnArrival,
  type SelectionRequest,
  type SelectionSource,
} from './selection.ts';

export class ReadingSession {
  readonly params: PageParams;
  readonly warn: (message: string) => void;

  index = $state<StoryIndex | null>(null);
  /** Known from the index: enough to draw the header and start the map. */
  entry = $state<StoryIndexEntry | null>(null);
  /** The story's outline, which arrives while the map starts: all the first view draws. */
  story = $state<StoryOutline | null>(null);
  /**
   * Its places' details (who says so, the article's sentences, the sources of the points),
   * asked for once the map has drawn, or as soon as a card opens (`wantDetails`).
   */
  details = $state<StoryDetails | null>(null);
  /** The details could not be downloaded; choosing a place asks again. */
  detailsFailed = $state(false);
  /** The story with its details, for the printout; null until both have arrived (and match). */
  wholeStory = $state.raw<CompiledStory | null>(null);
  /** Which version is on screen (`?version=`), and what the reader is told of it. */
  version = $state<VersionChoice | null>(null);
  /** Places new or changed since the version this reader last saw, and which that was. */
  sinceSeen = $state<{ places: PlacesTouched; version: number } | null>(null);
  /** What went wrong, for the reader, when the story cannot be shown. */
  error = $state<string | null>(null);

  selected = $state<string | null>(null);
  /** How the selected place was chosen. */
  selectedFrom = $state<SelectionSource | null>(null);
  units = $state<Units>('mi');
  /** The view the reader moved the map to (for links); the camera never chases it. */
  view = $state<Bounds | null>(null);
  /** The shared link's view, kept until the reader chooses something else to look at. */
  linkView = $state<Bounds | null>(null);
  /** The story's step on screen, by id; null until the reader steps (or a link names one). */
  stepId = $state<string | null>(null);
  /** The timeline's chosen range of dates, or null for every date. */
  range = $state<DateRange | null>(null);
  presenting = $state(false);
  /** Each host `dateline:reset` counts: the camera frames the story again even if unchanged. */
  resets = $state(0);
  /** The polite live region's text: set once per selection. */
  announcement = $state('');

  /** Where the build put the data (the story list's folder), once loading has begun. */
  dataUrl = $state('');

  /** A place asked for before the story arrived, by the host page. */
  #hostRequest: string | null = null;
  /** The details' download, once asked for. */
  #detailsLoad: Promise<void> | null = null;

  constructor(params: PageParams, warn: (message: string) => void = () => {}) {
    this.params = params;
    this.warn = warn;

    this.units = params.units ?? 'mi';
    this.linkView = params.view;
    this.stepId = params.step;
  }

  readonly steps = $derived(this.story?.meta.steps ?? []);
  readonly stepIndex = $derived(
    clampStep(
      this.steps.findIndex((step) => step.id === this.stepId),
      this.steps.length,
    ),
  );
  /** The step the map shows, once the reader is stepping. */
  readonly activeStep = $derived(
    this.stepId === null ? null : (this.steps[this.stepIndex] ?? null),
  );
  readonly events = $derived(this.story ? timelineEvents(this.story) : []);
  readonly domain = $derived<DateRange | null>(this.story ? timeDomain(this.story) : null);
  /** The places the range keeps, or null when there is no range. */
  readonly inRange = $derived(
    this.story && this.range ? placesInRange(this.story, this.range) : null,
  );
  readonly listedPlaces = $derived(
    this.story?.places.features.filter(
      (place) => !this.inRange || this.inRange.includes(place.id),
    ) ?? [],
  );
  readonly selectedPlace = $derived(
    this.story?.places.features.find((place) => place.id === this.selected) ?? null,
  );
  /** The selected place's details, once they have arrived. */
  readonly selectedDetails = $derived(
    this.selected === null ? null : (this.details?.places[this.selected] ?? null),
  );
  /** What the camera frames now; the map's owner moves only when its key changes. */
  readonly frame = $derived.by((): CameraFrame => {
    const frame = cameraFrame({
      storyBounds: this.entry?.bounds ?? [-180, -85, 180, 85],
      story: this.story,
      selected: this.selected,
      step: this.activeStep,
      linkView: this.linkView,
    });
    return { ...frame, key: `${frame.key}#${this.resets}` };
  });
  /** Where the version on screen keeps its story, basemap and picture, under the data folder. */
  readonly folder = $derived(
    this.entry ? storyFolder(this.entry.id, this.version?.version ?? null) : '',
  );

  /** The version on screen's still picture, its picture for paper, and its basemap. */
  readonly pictureUrl = $derived(this.entry ? `${this.dataUrl}${this.folder}picture.svg` : '');
  readonly printPictureUrl = $derived(this.entry ? `${this.dataUrl}${this.folder}print.svg` : '');
  readonly basemapUrl = $derived(this.entry ? `${this.dataUrl}${this.folder}basemap.json` : '');
  /** The story's places by name, for what describes the whole map in words. */
  readonly placeNames = $derived(
    this.story?.places.features.map((place) => place.properties.name).join(', ') ?? '',
  );

  /** The state a link or an embed should reopen. */
  readonly shared = $derived.by<SharedState>(() => ({
    story: this.entry?.id ?? '',
    place: this.selected,
    view: this.view,
    units: this.units,
    theme: this.params.theme,
    interactive: this.params.interactive,
    step: this.activeStep?.id ?? null,
    from: this.range?.[0] ?? null,
    to: this.range?.[1] ?? null,
    version: this.version?.version ?? null,
  }));

  /**
   * Loads the story list and the story. `beforeStory` is awaited between the two, so the
   * still picture can paint before the story's work holds the main thread. `storage` keeps
   * the version of each story this reader last saw (their browser's local storage).
   */
  async load(
    dataUrl: string,
    page: Document,
    beforeStory: Promise<unknown>,
    storage: SeenStorage | null = null,
  ): Promise<void> {
    this.dataUrl = dataUrl;
    try {
      this.index = await loadStoryIndex(dataUrl, page);
      this.entry = chooseStory(this.index, this.params.story);
      this.version = chooseVersion(this.entry, this.params.version);
      const loaded = await loadStory(dataUrl, this.entry.id, this.version.version);
      await beforeStory;
      this.story = loaded;
      const seen = lastSeen(storage, loaded.id);
      const touched = sinceSeen(loaded, seen);
      this.sinceSeen = touched && seen !== null ? { places: touched, version: seen } : null;
      if (loaded.version) markSeen(storage, loaded.id, loaded.version.version);
      this.range = normalizeRange([this.params.from, this.params.to], timeDomain(loaded));
      if (stepFromParam(loaded.meta.steps ?? [], this.stepId, this.warn) === null)
        this.stepId = null;
      const request = selectionOnArrival({ link: this.params.place, host: this.#hostRequest });
      if (request) this.#select(request);
    } catch (cause) {
      this.error = cause instanceof StoryLoadError ? cause.message : strings.app.unexpectedProblem;
      if (!(cause instanceof StoryLoadError)) console.error(cause);
    }
  }

  /**
   * Asks for the places' details, once the story is here: a card is open, or the map has
   * drawn and nothing else waits for the network. Details that are not this story's (a file
   * from another build) are refused as a failed download is; either may be asked for again.
   */
  wantDetails(): Promise<void> {
    const { entry, story } = this;
    if (!entry || !story) return Promise.resolve();
    this.#detailsLoad ??= loadDetails(this.dataUrl, entry.id, this.version?.version ?? null)
      .then((details) => {
        this.wholeStory = joinStory(story, details);
        this.details = details;
        this.detailsFailed = false;
      })
      .catch((cause: unknown) => {
        this.detailsFailed = true;
        this.#detailsLoad = null;
        this.warn(`Dateline: ${cause instanceof Error ? cause.message : String(cause)}`);
      });
    return this.#detailsLoad;
  }

  /** The reader (or the host page) chooses a place; null closes the card. */
  select(placeId: string | null, from: SelectionSource): void {
    if (placeId === null) {
      this.selected = null;
      this.selectedFrom = null;
      this.announcement = '';
      return;
    }
    if (!this.story) {
      if (from === 'host') this.#hostRequest = placeId;
      return;
    }
    this.#select({ placeId, from });
  }

  #select({ placeId, from }: SelectionRequest): void {
    const place = this.story?.places.features.find((feature) => feature.id === placeId);
    if (!place) {
      const name = from === 'host' ? 'dateline:focus' : 'place';
      this.warn(`Dateline: ignoring ${name}="${placeId}": not a place in this story`);
      return;
    }
    // Choosing a place replaces the link's view: the camera goes to the place.
    this.linkView = null;
    this.selected = placeId;
    this.selectedFrom = from;
    this.announcement = selectionAnnouncement(place);
    void this.wantDetails();
  }

  goToStep(index: number): void {
    this.stepId = this.steps[index]?.id ?? null;
    // The step's view replaces the one the reader had moved to, and its card.
    this.view = null;
    this.linkView = null;
    this.select(null, 'step');
  }

  /** What the host page asks of an embedded map. */
  hear(message: HostMessage): void {
    if (message.type === 'dateline:focus') this.select(message.place, 'host');
    else if (message.type === 'dateline:units') this.units = message.units;
    else this.reset();
  }

  /** The host asked to start again: no place, the whole story in view. */
  reset(): void {
    this.select(null, 'host');
    this.view = null;
    this.linkView = null;
    this.resets += 1;
  }
}
