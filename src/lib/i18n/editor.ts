/**
 * The editor's words in English (editor.html), by its parts: a catalogue of its own, so the
 * reader's pages, which import `strings`, do not download the editor's words. The same rules
 * as `en.ts`: a string that takes values is a function of them.
 */
import type { Length, PlaceReview, Precision, Shape } from '../data/schema.ts';

type ReviewStatus = PlaceReview['status'];
type ShapeKind = Shape['from'];
type Unit = Length['unit'];

export const editorEn = {
  /** The editor's page as a whole, before any of its parts is there. */
  page: {
    opening: 'Opening the editor…',
  },
  /** The editor's bar: its title, the story's tools, and where every change is kept. */
  bar: {
    title: 'Dateline editor',
    /** The toolbar's name: the tools are the open story's. */
    tools: 'Story',
    newOrOpen: 'New or open',
    undo: 'Undo',
    redo: 'Redo',
    exportFolder: 'Export folder',
    save: 'Save to disk',
    saving: 'Saving…',
    publish: 'Publish',
    /** Whether every change is kept in this browser; `time` is when it last was. */
    keep: {
      kept: (time: string) => `Every change kept in this browser (${time})`,
      keeping: 'Keeping…',
      nothingYet: 'Nothing to keep yet.',
      cannot: 'This browser cannot keep drafts: export the story to keep it.',
      failed: (message: string) =>
        `This change could not be kept in the browser (${message}): export the story to keep it.`,
    },
    onDisk: (storyId: string) => `On disk: geodata/stories/${storyId}/`,
    notOnDisk: 'Not on disk yet',
    /** The bar's status line: how the changes are kept, then whether the story is on disk. */
    keepAndDisk: (keep: string, disk: string) => `${keep} · ${disk}`,
  },
  /** The notices under the bar: each can be dismissed. */
  notices: {
    dismiss: 'Dismiss',
    dismissNotice: (text: string) => `Dismiss: ${text}`,
  },
  /** Saving the story to disk, and a save or a publication the disk refused, with the ways out. */
  save: {
    noDisk:
      'Saving to disk works under npm run dev or npm start. Here, export the story and put the folder in geodata/stories/.',
    /** With `review.problems`: "Not saved: the validator finds 2 problems. …" */
    invalid: (problems: string) =>
      `Not saved: the validator finds ${problems}. Fix them first (they are listed under Problems).`,
    saved: (storyId: string) => `Saved to geodata/stories/${storyId}/.`,
    notSaved: 'Not saved',
    /** `what`: what did not happen ("Not saved", "Not published"); `message`: the disk's why. */
    refused: (what: string, message: string) => `${what}: ${message}.`,
    conflict: (what: string, message: string) => `${what}: ${message}. Your version is kept here.`,
    exportMine: 'Export my version',
    overwrite: 'Overwrite the disk version with mine',
    /** The editor's server, which writes to disk, did not answer at all, or gave no reason. */
    serverGone: 'The server is not answering: is npm run dev (or npm start) still running?',
    serverStatus: (status: number) => `the server answered HTTP ${status}`,
  },
  /** Publishing a version: the last look before it (which version, what changed), and after. */
  publish: {
    version: (version: number) => `Publish version ${version}`,
    changesSince: (previous: number) => `What readers will see change since version ${previous}:`,
    firstVersion: "The story's first version: readers see it as it is now.",
    note: 'Note for the record (optional)',
    by: 'Published by (optional)',
    publishing: 'Publishing…',
    notYet: 'Not yet',
    /** Followed by the reasons, one line each. */
    notReady: 'Not published yet:',
    notPublished: 'Not published',
    /** Without the disk: how to publish by hand. */
    byHand: (storyId: string) =>
      `Ready to publish: export the folder, put it in geodata/stories/${storyId}/, run npm run publish -- geodata/stories/${storyId} and npm run build.`,
    /** `tab`: the name of the tab with the embed code (`inspector.reader`). */
    published: (version: number, storyId: string, tab: string) =>
      `Published version ${version} in geodata/stories/${storyId}/versions/${version}/. Run npm run build: the story then opens at ?story=${storyId}, and embeds with the code under “${tab}”.`,
  },
  /** Where a story begins: an article to draft, a story to open, a folder to import. */
  start: {
    newHeading: 'Map a new article',
    newHint:
      "Paste the article's text: the editor drafts its places, dates and sources, and you review them.",
    published: 'Publication date',
    url: "Article's address (URL)",
    textHint: 'English news text, as published, dateline first.',
    draft: 'Draft the map',
    drafting: 'Drafting…',
    openHeading: 'Open a story',
    inBrowser: 'Kept in this browser',
    onDisk: 'On disk (geodata/stories)',
    noFolder: 'No story folder yet.',
    onSite: 'Published on this site',
    importHeading: 'Import',
    importFiles: 'An exported story (a .zip, or its story.json and places.geojson together)',
    /** A story's note in the lists: when it was kept ("2024-10-01 14:05"), or why it cannot open. */
    keptAt: (when: string) => `kept in this browser ${when}`,
    damaged: 'damaged: cannot be opened',
    /** A story of this site's note. */
    sitePublished: 'published',
    /** Back to the story open before the start screen. */
    back: (headline: string) => `Back to “${headline}”`,
    /** What is wrong with the article's fields, each shown after the field's name. */
    outletMissing: 'is required: whose article is it?',
    publishedInvalid: 'must be a date that exists, YYYY-MM-DD',
    urlInvalid: 'must be the article’s address, starting with https://',
  },
  /** Opening, drafting and importing stories: what went wrong, or what happened. */
  open: {
    listFailed: (message: string) => `The stories on disk cannot be listed: ${message}`,
    damagedDraft: (id: string, message: string) =>
      `The draft “${id}” kept in this browser cannot be opened: ${message}. It is kept as it was.`,
    downloadDamaged: 'Download it as it was',
    restored: (headline: string) => `Restored “${headline}” as you left it in this browser.`,
    cannotOpen: (id: string, message: string) =>
      `geodata/stories/${id} cannot be opened: ${message}`,
    cannotRead: (id: string) => `geodata/stories/${id} cannot be read.`,
    browserDiffers: (id: string) =>
      `This browser holds changes to “${id}” that differ from the folder on disk: your version is open.`,
    openDiskVersion: 'Open the disk version instead (undo brings yours back)',
    /** A problem with the article's text, after its field's name. */
    cannotDraft: (message: string) => `cannot be drafted: ${message}`,
    redrafted: 'Drafted again from the text: your decisions are kept; new places await review.',
    cannotRedraft: (message: string) => `The text cannot be drafted again: ${message}`,
    importFailed: (message: string) => `Not imported: ${message}.`,
    importedOver: (id: string) => `Imported “${id}” over the open story (undo brings it back).`,
    imported: (id: string) => `Imported “${id}”.`,
  },
  /** How far something large has loaded (`what`: "the gazetteer"), or a way to try again. */
  load: {
    tryAgain: 'Try again',
    reading: (what: string) => `Reading ${what}…`,
    /** `loaded` and `total`: megabytes, as written ("3.1"). */
    downloading: (what: string, loaded: string, total: string) =>
      `Downloading ${what}: ${loaded} of ${total} MB`,
    downloadingSoFar: (what: string, loaded: string) => `Downloading ${what}: ${loaded} MB`,
  },
  /** The country outlines the live map is drawn with. */
  outlines: {
    /** What loads, in `load`'s words ("Reading the country outlines…"). */
    name: 'the country outlines',
    loading: 'Loading the country outlines…',
    notFound: (status: number) => `The country outlines were not found (HTTP ${status}).`,
  },
  /** The reader's map, live, with its tools and the review's marks and handles on it. */
  map: {
    label: "The reader's map, live",
    showReview: 'Show review marks',
    fit: 'Fit the map to the story',
    lastDrawn: (problem: string) => `The map shows the last version it could draw: ${problem}`,
    omitted: (list: string) => `Left out for now: ${list}`,
    omittedSeparator: '; ',
    noPlace: 'No place to draw yet.',
    failed: 'The map could not be loaded. Reload to try again.',
    /** With `review.withCountry`: a match to choose instead, on the map ("Sidon, LB?"). */
    alternative: (name: string) => `${name}?`,
    movePlace: (name: string) =>
      `Move ${name}: drag, or use the arrow keys (Shift for small steps)`,
    moveCorner: (n: number, name: string) => `Move corner ${n} of ${name}'s area`,
  },
  /** The inspector, where the story is edited, and its tabs (the Problems tab: `problems`). */
  inspector: {
    label: 'Edit the story',
    tabs: 'What to edit',
    places: 'Places',
    story: 'Story',
    reader: "Reader's view",
  },
  /** Every problem the validator finds, each with a way to its field. */
  problems: {
    heading: (count: number) => `Problems (${count})`,
    none: 'The validator finds no problem: the story can be saved.',
    blocking: 'The story cannot be saved or published until these are fixed.',
    /** Where a problem is, when not at a place nor in the story's fields (`story.heading`). */
    folder: 'The folder',
    /** After where the problem is: the field, if it names one, and what is wrong. */
    detail: (field: string | undefined, message: string) =>
      `${field ? ` · ${field}` : ''}: ${message}`,
    go: 'Go to the field',
  },
  /** A form field's problem, after the field's name: "Source of the point: must not be empty". */
  field: {
    problem: (label: string, problem: string) => `${label}: ${problem}`,
  },
  /** The Reader's view tab: the story as readers see it and, once published, how to embed it. */
  readerView: {
    embedHeading: 'Embed it',
    embedHow: 'Once npm run build has built it, paste this into the article:',
    /** Around the story's link: "Or link to https://…." */
    linkBefore: 'Or link to ',
    linkAfter: '.',
  },
  /** Reviewing the draft's places: the list of places, and the selected place's review. */
  review: {
    heading: (count: number) => `Places (${count})`,
    noneWaiting: 'No place awaits review.',
    waiting: (waiting: number, total: number) => `${waiting} of ${total} await review.`,
    /** A place's review state in words; a place without a review is a published one. */
    state: {
      waiting: 'awaiting review',
      accepted: 'accepted',
      rejected: 'rejected',
    } satisfies Record<ReviewStatus, string>,
    published: 'published',
    /** A place's line in the list: its state, then its problems if it has any. */
    stateWithProblems: (state: string, problems: string) => `${state}, ${problems}`,
    problems: (count: number) => `${count} ${count === 1 ? 'problem' : 'problems'}`,
    accept: 'Accept',
    acceptMark: '✓',
    acceptPlace: (name: string) => `Accept ${name}`,
    reject: 'Reject',
    rejectMark: '✕',
    rejectPlace: (name: string) => `Reject ${name}`,
    /** The selected place's review: its state, how sure the draft is, the article's words. */
    label: 'Review:',
    confidence: (percent: number) => `· confidence ${percent}%`,
    articleSays: (quotes: string) => `· the article says ${quotes}`,
    quote: (text: string) => `“${text}”`,
    quoteSeparator: ', ',
    decisions: (name: string) => `Review ${name}`,
    backToWaiting: 'Back to waiting',
    why: (alternatives: number) => `Why this match, and the alternatives (${alternatives})`,
    /** A match's kind or name with its country, when it has one: "city, LB". */
    withCountry: (text: string, country: string) => (country ? `${text}, ${country}` : text),
    chosenReasons: (kind: string, reasons: string) => `(${kind}): ${reasons}`,
    alternativeReasons: (kind: string, reasons: string) => `(${kind}) ${reasons}`,
    reasonSeparator: '; ',
    noReason: 'no reason recorded',
    choose: (name: string) => `Choose ${name}`,
    next: 'Next place awaiting review',
    replace: 'Replace with a place from the gazetteer',
    replaceNothingFound: 'Type the coordinates below instead, and name their source.',
  },
  /**
   * The article's column: what the draft asks to check, the text with its mentions marked by
   * their review state, or, for a story without it, a field to attach it.
   */
  article: {
    heading: 'The article',
    warnings: (count: number) => `The draft asks you to check (${count})`,
    redraft: 'Draft again from this text (keeps your decisions)',
    missing:
      "This story's article text is not here. Paste it to see its places marked in it and to choose quotes from it.",
    /** The field for the article's text, here and on the start screen. */
    text: "Article's text",
    attach: 'Attach the text',
    mismatched: (count: number) =>
      `${count} of the draft's mentions do not match this text: it may be another version of the article.`,
  },
  /** Adding a place the draft missed, from the gazetteer or by hand. */
  addPlace: {
    heading: 'Add a place the draft missed',
    find: 'Find it in the gazetteer',
    findNothing: 'Add it by hand below.',
    byHandName: 'Or add it by hand: its name',
    byHandHint:
      'It starts in the middle of the map: drag it into place, and name the source of its point.',
    byHand: 'Add by hand',
  },
  /** Searching the offline gazetteer. */
  gazetteer: {
    /** What downloads, in "Downloading the gazetteer". */
    name: 'the gazetteer',
    /** `instead`: what to do instead, or '' for nothing. */
    noneCalled: (query: string, instead: string) =>
      `No place in the offline gazetteer is called “${query}”. ${instead}`,
  },
  /** The selected place's fields. */
  place: {
    name: 'Name',
    kind: 'Kind',
    precision: 'Precision',
    /** How precisely the place is known, as the person chooses it. */
    precisionChoice: {
      exact: 'exact: the spot itself',
      near: 'near: within a few kilometres',
      area: 'area: somewhere in a district or town',
      region: 'region: somewhere in a region or country',
    } satisfies Record<Precision, string>,
    status: 'Status',
    statusHint: 'Once published, say why in the change log.',
    longitude: 'Longitude',
    latitude: 'Latitude',
    country: 'Country (ISO code)',
    dragHint:
      'Drag the point on the map, or focus it and use the arrow keys (Shift for small steps).',
    source: 'Source of the point',
    sourceUrl: 'Link to the source',
    origin: 'Where it comes from',
    fromArticle: 'named in the article',
    forContext: 'added for context',
    contextWhy: 'Why it is on the map',
    contextSource: 'Who says so (source)',
    events: (name: string, count: number) => `Events at ${name} (${count})`,
    addEvent: 'Add an event here',
    /** With `review.problems`: "2 problems at this place." */
    problemsHere: (problems: string) => `${problems} at this place.`,
    remove: (name: string) => `Remove ${name} from the story`,
  },
  /** The selected place's shape: an outline, a border, a band along one, or a drawn area. */
  shape: {
    label: 'Shape',
    none: 'none: a point',
    kind: {
      country: "a country's outline",
      border: 'the border two countries share',
      'border-band': 'a band along a border',
      drawn: 'an area drawn on the map',
    } satisfies Record<ShapeKind, string>,
    country: 'Country of the outline (ISO code)',
    borderCountry: (n: number) => `Country ${n} of the border`,
    side: 'On the side of (ISO code)',
    widthKm: 'Width (km)',
    corners: (count: number) => `Corners of the area (${count})`,
    cornersHint:
      'Drag the corners on the map (or focus one and use the arrow keys), or type them here. Name where the outline comes from under “Source of the point”.',
    cornerLongitude: (n: number) => `Corner ${n} longitude`,
    cornerLatitude: (n: number) => `Corner ${n} latitude`,
    addCorner: (n: number) => `Add a corner after corner ${n}`,
    removeCorner: (n: number) => `Remove corner ${n}`,
  },
  /** One event of the selected place: what, when, the quote, who says so, the figures. */
  event: {
    legend: (n: number, when: string) => `Event ${n}: ${when}`,
    what: 'What happened',
    status: 'Status',
    date: 'Date',
    dateEnd: 'Until (a period)',
    datePrecision: 'Known to the',
    dateText: "The date in the article's words",
    readDate: 'Read the date from these words',
    /** What reading the date from the article's words found, or why it found nothing. */
    noPublicationDate: 'The story has no valid publication date to read the words against.',
    noDateIn: (words: string) => `No date found in “${words}”: type the date instead.`,
    afterPublication: (words: string, date: string, published: string) =>
      `“${words}” is ${date}, after the article was published (${published}): an article reports what happened before it. Type the date of what happened.`,
    dateRead: (words: string, date: string, dateEnd: string | undefined) =>
      `Read “${words}” as ${date}${dateEnd ? ` to ${dateEnd}` : ''}.`,
    quote: "Quote (the article's sentence, verbatim)",
    useSelection: 'Use the selected text',
    nothingSelected: 'Select the words in the article first, then choose “Use the selected text”.',
    claims: {
      heading: 'Who says so',
      problem: (problem: string) => `Claims: ${problem}`,
      by: (n: number) => `Party ${n}`,
      says: (n: number) => `What party ${n} says`,
      remove: (n: number) => `Remove party ${n}'s claim`,
      add: "Add a party's claim",
    },
    casualties: {
      heading: 'Casualties, with who reported them',
      type: 'Type',
      figure: "Figure, in the article's words",
      count: 'Number',
      qualifier: 'Qualifier',
      noQualifier: '(none)',
      reportedBy: 'Reported by',
      remove: 'Remove this figure',
      add: 'Add a casualty figure',
    },
    related: 'Other places it involves',
    remove: (n: number) => `Remove event ${n}`,
  },
  /** The story's own fields (`story.json`), and its lists. */
  story: {
    heading: 'The story',
    storyId: "Story id (the folder's name)",
    storyIdHint: 'Lowercase letters, digits and hyphens: geodata/stories/<id>/.',
    headline: 'Headline',
    outlet: 'Outlet',
    published: 'Published',
    url: "Article's address",
    datelineText: 'Dateline, as printed',
    datelinePlace: "Dateline's place",
    summary: 'Summary (one or two plain sentences)',
    /** An item's id in one of the lists. */
    id: 'Id',
    unit: 'Unit',
    units: { mi: 'miles', km: 'kilometres' } satisfies Record<Unit, string>,
    /** Each list's words: its heading, an item's group and buttons, and adding one. */
    distances: {
      heading: (count: number) => `Distances the article states (${count})`,
      item: (n: number) => `Distance ${n}`,
      remove: (n: number) => `Remove distance ${n}`,
      add: 'Add a stated distance',
    },
    rings: {
      heading: (count: number) => `Rings (${count})`,
      item: (n: number) => `Ring ${n}`,
      remove: (n: number) => `Remove ring ${n}`,
      add: 'Add a ring',
    },
    steps: {
      heading: (count: number) => `Steps (${count})`,
      item: (n: number) => `Step ${n}`,
      remove: (n: number) => `Remove step ${n}`,
      add: 'Add a step',
    },
    from: 'From',
    fromPart: 'Measured from its',
    /** Where a distance is measured from on its first place. */
    part: { point: 'point', shape: 'nearest edge' },
    to: 'To',
    statedValue: 'Stated figure',
    qualifier: 'Qualifier',
    statedText: "The article's words",
    around: 'Around',
    radius: 'Radius',
    label: 'Label',
    title: 'Title',
    text: 'Text',
    stepPlaces: 'Places it highlights',
    /** A problem with the places a step highlights or a change touches. */
    placesProblem: (problem: string) => `Places: ${problem}`,
    moveEarlier: (n: number) => `Move step ${n} earlier`,
  },
  /** The story's change log (`changes` in story.json): what readers are told changed. */
  changes: {
    heading: (count: number) => `Change log (${count})`,
    hint: 'Readers see each entry at the top of the story and on the places it names. Log every change to places, events or claims after the story is published.',
    /** A published entry, after its kind: ", 2024-10-01T14:05:00Z: what changed". */
    publishedEntry: (date: string, text: string) => `, ${date}: ${text}`,
    publishedPlaces: (names: string) => `(${names})`,
    placeSeparator: ', ',
    publishedHint: 'Published: it stays as it is.',
    item: (n: number) => `Change ${n}`,
    kind: 'Kind',
    date: 'When (with its offset from UTC)',
    dateHint: 'Like 2024-10-01T14:05:00Z.',
    text: 'What changed, as readers will read it',
    places: 'Places it touches',
    remove: (n: number) => `Remove change ${n}`,
    add: 'Add a change',
  },
};

/** The shape of the editor's catalogue: every other language gives the same keys. */
export type EditorStrings = typeof editorEn;

/** The editor's active catalogue: English, as for the reader (see `strings` in index.ts). */
export const editorStrings: EditorStrings = editorEn;
