/**
 * Every word of the interface in English, by area of the screen. The first catalogue and
 * the shape every other one follows (`Strings`); a string that takes values is a function
 * of them, so a translation can put the values where its grammar wants them. Story data
 * (headlines, place names, events) is not here: it comes in the story's own language.
 */
import type {
  ChangeType,
  DatePrecision,
  PlaceKind,
  Precision,
  QUALIFIERS,
  Status,
} from '../data/schema.ts';
import type { CompassPoint } from '../geo/types.ts';
import type { DisputedArea } from '../basemap/disputed.ts';

type Qualifier = (typeof QUALIFIERS)[number];

export const en = {
  app: {
    /** The document title: the story's headline, then the product. */
    documentTitle: (headline: string) => `${headline} · Dateline`,
    product: 'Dateline',
    cannotShow: 'This map cannot be shown',
    unexpectedProblem: 'The story could not be shown because of an unexpected problem.',
    storiesYouCanOpen: 'Stories you can open:',
    loadingStory: "Loading the story's map…",
    loadingPlaces: 'Loading the places…',
    openFullMap: 'Open the full map',
    mapArea: "Map of the story's places",
    panel: 'Places and distances',
    liveMapFailed: 'The live map could not be loaded. Reload to try again.',
    /** The print picture's text alternative, naming every place. */
    printPictureAlt: (names: string) => `Map of the story's places: ${names}`,
    /** The still picture's text alternative where the live map cannot be shown. */
    stillPictureAlt: (names: string) => `Still map of the story's places: ${names}`,
  },
  map: {
    noWebgl:
      'Your browser cannot draw the interactive map (WebGL 2 is not available), so this is a still picture of it.',
    /** The map canvas's accessible name. */
    canvas: (count: number) =>
      `Map of ${count} places in the story. Use the list of places to choose one; arrow keys pan, plus and minus zoom.`,
    /** A measured distance beside the article's own figure: "1,290 mi (article: more than 1,000 miles)". */
    measuredAndStated: (measured: string, stated: string) => `${measured} (article: ${stated})`,
    /** A distance whose far end is out of the frame, on its line: "to New York: 5,680 mi". */
    toPlace: (name: string, figure: string) => `to ${name}: ${figure}`,
  },
  picture: {
    /** The article's own figure, on the line under the measured one. */
    articleSays: (stated: string) => `article: ${stated}`,
    /** One distance in the picture's description. */
    distance: (from: string, to: string, label: string) => `${from} to ${to}, ${label}`,
    /** The picture's text alternative: its places, its distances, then its credits. */
    description: (places: string, distances: string, credit: string, bordersNote: string) =>
      `A locator map for the story. Places: ${places}.` +
      (distances ? ` Distances: ${distances}.` : '') +
      ` ${credit}. ${bordersNote}`,
  },
  noscript: {
    needsScript: 'The interactive map needs JavaScript. This is a still picture of it.',
    alt: (headline: string, names: string) => `Map of the places in “${headline}”: ${names}`,
    whatHappened: 'What happened where',
    story: 'Story:',
  },
  load: {
    theIndex: 'The list of stories',
    theStory: (id: string) => `The story "${id}"`,
    notDownloaded: (what: string) =>
      `${what} could not be downloaded. Check the connection and reload.`,
    notFound: (what: string, status: number) => `${what} was not found (HTTP ${status}).`,
    notJson: (what: string) => `${what} is not valid JSON.`,
    indexDamaged: 'The list of stories is damaged.',
    noStory: (id: string) => `There is no story "${id}".`,
    storyDamaged: (id: string, file: string, where: string | null, problem: string) =>
      `The story "${id}" is damaged (${file}${where ? `, at ${where}` : ''}): ${problem}.`,
    unknownProblem: 'unknown problem',
  },
  dates: {
    /** Month names as a date shows them, January first: "Sep". */
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    /** Weekday names, Sunday first (as `Date.getUTCDay` counts): "Sun". */
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    /** A date known to the week: "week of 16 Sep 2024". */
    weekOf: (date: string) => `week of ${date}`,
  },
  handout: {
    steps: 'The story, step by step',
    places: 'The places and what happened',
    says: (parties: string) => `Says: ${parties}.`,
    sources: 'Where the locations come from.',
    /** The handout's heading when the reader chose a place, a step or a range of dates. */
    place: (name: string) => `What happened at ${name}`,
    step: (step: number, title: string) => `Step ${step}: ${title}`,
    range: (span: string) => `The places with an event from ${span}`,
  },
  header: {
    kicker: 'Dateline · the places in the story',
  },
  front: {
    documentTitle: 'Dateline: maps of the places in the news',
    heading: 'Dateline',
    lead: 'Maps of the places news stories report: what happened where, when, and who says so.',
    storiesHeading: 'Stories',
    none: 'No story has been published yet.',
    loading: 'Loading the stories…',
    cannotList: 'The list of stories cannot be shown',
    /** What a story's card says under its headline. */
    byline: (outlet: string, date: string) => `${outlet} · ${date}`,
  },
  changes: {
    heading: 'Updates and corrections',
    /** A moment of the change log: "1 Oct 2024, 14:05 UTC". */
    moment: (date: string, time: string) => `${date}, ${time} UTC`,
    /** The line at the top of a story that changed: "Updated 1 Oct 2024, 14:05 UTC". */
    updated: (moment: string) => `Updated ${moment}`,
    /** The latest change, in one line (the social picture). */
    latest: (moment: string, type: ChangeType) =>
      `${type === 'update' ? 'Updated' : type === 'correction' ? 'Corrected' : 'Clarified'} ${moment}`,
    type: {
      update: 'Update',
      correction: 'Correction',
      clarification: 'Clarification',
    } satisfies Record<ChangeType, string>,
    /** One entry: "Correction, 1 Oct 2024, 14:05 UTC: An earlier version …". */
    line: (type: string, moment: string, text: string) => `${type}, ${moment}: ${text}`,
    /** The disclosure that lists every entry. */
    all: (count: number) => `All ${count} ${count === 1 ? 'change' : 'changes'}`,
    /** A place an entry touches, as a button. */
    showPlace: (name: string) => `Show ${name}`,
    onPlace: 'Changes here',
    /** Since the version this reader last saw. */
    newSinceSeen: 'New since you last looked',
    /** The marks over such places on the map. */
    newMark: 'New',
    changedMark: 'Changed',
    changedSinceSeen: 'Changed since you last looked',
    sinceSeen: (added: number, changed: number, version: number) =>
      `Since you last looked (version ${version}): ${added} ${added === 1 ? 'place' : 'places'} new, ${changed} changed. They are marked on the map and in the list.`,
    /** Which version is on screen, when it is not the latest. */
    olderVersion: (version: number, moment: string, latest: number) =>
      `You are looking at version ${version} of ${latest}, published ${moment}. It has been updated since.`,
    seeLatest: 'See the latest version',
    /** A version asked for that the story does not have. */
    noSuchVersion: (asked: number, latest: number) =>
      `There is no version ${asked} of this story: this is the latest, version ${latest}.`,
    noVersions: (asked: number) =>
      `This story has no numbered versions (version ${asked} was asked for): this is the story as published.`,
    version: (version: number, moment: string) => `Version ${version}, published ${moment}`,
  },
  status: {
    /** Where a place or an event stands, in words, for every status but the default. */
    word: {
      reported: 'Reported',
      confirmed: 'Confirmed',
      disputed: 'Disputed',
      withdrawn: 'Withdrawn',
    } satisfies Record<Status, string>,
    place: {
      reported: 'As the article reports it',
      confirmed: 'Confirmed since the article',
      disputed: 'Disputed: see the change log',
      withdrawn: 'Withdrawn: no longer stood behind, kept so the record shows it',
    } satisfies Record<Status, string>,
    heading: 'Withdrawn',
    /** A place's label on the map with its status: "Ras Isa port (withdrawn)". */
    label: (name: string, status: string) => `${name} (${status})`,
  },
  places: {
    heading: 'Places',
    inArticle: 'Places in the article',
    forContext: 'Added for context',
    /** What kind of place it is, for each of the schema's kinds. */
    kind: {
      city: 'City',
      town: 'Town',
      port: 'Port',
      'power-plant': 'Power plant',
      airport: 'Airport',
      venue: 'Venue',
      zone: 'Zone',
      region: 'Region',
      territory: 'Territory',
      country: 'Country',
      border: 'Border, as Natural Earth draws it (de facto)',
    } satisfies Record<PlaceKind, string>,
    /** How precisely the place is known, said plainly. */
    precision: {
      exact: 'Exact location',
      near: 'Approximate location',
      area: 'Approximate area',
      region: 'Whole region',
    } satisfies Record<Precision, string>,
    /** How precisely an event's date is known. */
    datePrecision: {
      day: 'to the day',
      week: 'to the week',
      month: 'to the month',
      year: 'to the year',
    } satisfies Record<DatePrecision, string>,
    eventCount: (count: number) => `${count} ${count === 1 ? 'event' : 'events'}`,
    addedForContextFact: 'added for context',
  },
  names: {
    /** A name in another script, as read aloud after the English: "in Hebrew תל אביב". */
    inLanguage: (language: string, name: string) => `in ${language} ${name}`.trimEnd(),
    /** Between a name and the same name in another script, seen but not read aloud. */
    separator: '·',
  },
  card: {
    /** What the live region says once a place is chosen. */
    announce: (name: string, events: number) =>
      `${name}: ${events === 0 ? 'no event of its own' : `${events} ${events === 1 ? 'event' : 'events'}`}.`,
    expand: 'More',
    collapse: 'Less',
  },
  embed: {
    /** The disclosure over the embedded map that lists the places. */
    places: (count: number) => `Places (${count})`,
  },
  detail: {
    close: (name: string) => `Close ${name}`,
    closeMark: '×',
    mention: (quote: string) => `The article: “${quote}”`,
    /** The article's words for a place inside a statement it attributes. */
    mentionBy: (quote: string, by: string) => `The article, reporting ${by}: “${quote}”`,
    noEvents: 'The article names this place without an event of its own.',
    casualty: (figure: string, type: string, reportedBy: string) =>
      `${figure} ${type}, according to ${reportedBy}`,
    alsoInvolves: (names: string) => `Also involves: ${names}`,
    insideRing: (label: string) => `Inside the ring “${label}”.`,
    partlyInsideRing: (label: string) => `Partly inside the ring “${label}”.`,
    onRingEdge: (label: string) =>
      `On the edge of the ring “${label}”: too close to its radius to say.`,
    locationSource: 'Where this location comes from',
    /** While the place's details (who says so, the sources) are downloading. */
    detailsComing: 'Loading who says so and where the location comes from…',
    detailsFailed: 'Who says so and where the location comes from could not be downloaded.',
    retry: 'Try again',
    contextWhy: (why: string) => `Added for context: ${why} Source:`,
  },
  distances: {
    heading: 'Distances',
    nearestTerritory: (name: string) => `${name}'s nearest territory`,
    to: (name: string) => `to ${name}`,
    measuredOnGlobe: 'measured on the globe',
    stated: (text: string) => `The article: “${text}”`,
    ring: (label: string) => `Ring: ${label}`,
    /** A figure the article states, with its qualifier: "more than 1,000 mi". */
    qualified: {
      exactly: (figure: string) => figure,
      about: (figure: string) => `about ${figure}`,
      'at-least': (figure: string) => `at least ${figure}`,
      'more-than': (figure: string) => `more than ${figure}`,
      'less-than': (figure: string) => `less than ${figure}`,
    } satisfies Record<Qualifier, (figure: string) => string>,
    everyPointOf: (name: string) => `every point of ${name}'s territory`,
    radius: (radius: string, around: string) =>
      `Radius ${radius}, measured on the globe from ${around}.`,
    withinReach: (names: string) => `Within reach: ${names}.`,
    beyond: (names: string) => `Beyond: ${names}.`,
    /** Places within the drawn ring's own error of the radius. */
    onTheEdge: (names: string, tolerance: string) =>
      `On the edge (within ${tolerance} of the radius, closer than the ring is drawn): ${names}.`,
    /** The part of a place within a ring: "northern Yemen", or "part of Iran". */
    partOf: (name: string, direction?: string) =>
      direction ? `${direction} ${name}` : `part of ${name}`,
    restOf: (name: string) => `the rest of ${name}`,
    /** Where a part lies, as an adjective before a place's name. */
    direction: {
      north: 'northern',
      'north-east': 'north-eastern',
      east: 'eastern',
      'south-east': 'south-eastern',
      south: 'southern',
      'south-west': 'south-western',
      west: 'western',
      'north-west': 'north-western',
    } satisfies Record<CompassPoint, string>,
    nonePlaces: 'none of the places',
  },
  legend: {
    heading: 'Legend',
    event: 'Where something happened (exact location)',
    named: 'Named in the article, no event of its own',
    region: 'A region the article names (where its name is set)',
    approximate: 'Approximate location',
    context: 'Added for context (not named in the article)',
    area: 'Approximate area (no villages named)',
    border: 'Border, as Natural Earth draws it (de facto)',
    distance: 'Distance on the globe (shortest path)',
    ring: 'Range ring, measured on the globe',
    confirmed: 'Confirmed since the article',
    disputed: 'Disputed since the article',
    withdrawn: 'Withdrawn: kept so the record shows it',
    sinceSeen: 'New or changed since you last looked',
  },
  disputed: {
    /** The disputed areas of src/lib/basemap/disputed.ts, as a sentence names them. */
    areas: {
      'golan-heights': 'the Golan Heights',
      'shebaa-farms': 'the Shebaa Farms',
      crimea: 'Crimea',
      'halaib-triangle': 'the Halaib Triangle',
      'western-sahara-west': 'Western Sahara west of the Moroccan berm',
    } satisfies Record<DisputedArea['id'], string>,
    /** What the borders are, on every output that draws them. */
    intro: 'Borders are Natural Earth’s de facto lines, not a view on disputed land',
    /** The first country's areas: "the Golan Heights and the Shebaa Farms are drawn inside Israel". */
    drawnInside: (areas: string, country: string, several: boolean) =>
      `${areas} ${several ? 'are' : 'is'} drawn inside ${country}`,
    /** Each further country's: "the Halaib Triangle inside Egypt". */
    alsoInside: (areas: string, country: string) => `${areas} inside ${country}`,
    /** Names in a sentence: "A, B and C" (two or more). */
    list: (first: string, last: string) => `${first} and ${last}`,
    listSeparator: ', ',
    countrySeparator: '; ',
    /** The note: the intro, then the areas in view if there are any. */
    note: (intro: string, areas: string) => (areas ? `${intro}: ${areas}.` : `${intro}.`),
  },
  units: {
    legend: 'Distances in',
    mi: 'Miles',
    km: 'Kilometres',
  },
  credits: {
    /**
     * The one line that credits a map wherever it goes (under the live map, in the still
     * picture, under a saved view): the story, then the map and its data.
     */
    line: (outlet: string, published: string, data: readonly string[]) =>
      [`Story: ${outlet}, ${published}`, 'Map: Dateline', ...data].join(' · '),
    story: 'Story:',
    role: (role: string) => `${role}:`,
    map: 'Map: Dateline. Distances are geodesics on the WGS84 ellipsoid.',
  },
  share: {
    open: 'Share or embed',
    heading: 'Share or embed this map',
    intro: 'The link and the code open the map as you see it now: this story, view and place.',
    link: 'Link',
    copyLink: 'Copy link',
    code: "Embed code (paste into the article's HTML)",
    copyCode: 'Copy embed code',
    linkCopied: 'Link copied.',
    codeCopied: 'Embed code copied.',
    close: 'Close',
  },
  downloads: {
    heading: 'Picture for slides',
    svg: 'Download SVG',
    png: 'Download PNG',
    view: 'Save this view as PNG',
    makingPng: 'Making the PNG…',
    pngReady: 'PNG ready.',
    drawingView: 'Drawing the view at twice its size…',
    viewReady: 'PNG of this view ready.',
  },
  steps: {
    heading: 'The story step by step',
    /** Where the reader is in the story: "Step 2 of 7". */
    stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
    previous: 'Previous',
    previousMark: '←',
    next: 'Next',
    nextMark: '→',
    placesHeading: 'Places in this step',
    presentation: 'Presentation mode',
    keysHint: 'Arrow keys step through.',
    keysHintPresenting: 'Arrow keys step through; Escape leaves.',
  },
  timeline: {
    heading: 'Timeline',
    /** Short month names, January first (written out: Intl's differ between engines). */
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    /** A date on the axis: "28 Sep 2024". */
    date: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
    /** A span of two different dates. */
    span: (from: string, to: string) => `${from} to ${to}`,
    marks: 'Events on the time axis',
    /** A mark's tooltip: the place and the article's words for the date. */
    markTitle: (place: string, dateText: string) => `${place}: ${dateText}`,
    /** A mark, for screen readers. */
    markText: (place: string, what: string, dateText: string, span: string) =>
      `${place}: ${what} (${dateText}; ${span})`,
    /** The button that widens the axis to the whole story. */
    wholeStory: (first: string) => `The whole story, from ${first}`,
    keysHint: 'Arrow keys go from event to event, Page Up and Page Down by a week.',
    from: 'From',
    to: 'To',
    showing: (shown: number, total: number, span: string) =>
      `Showing ${shown} of ${total} places: those with an event from ${span}, and places without events.`,
    showAll: 'Show all dates',
    allDates: 'All dates: every place is shown.',
  },
  measure: {
    heading: 'Measure and compare',
    measure: 'Measure',
    from: 'From',
    to: 'To',
    choosePlace: 'Choose a place',
    pick: 'Pick on the map',
    pickA: 'Click the map for point A. Escape cancels.',
    pickB: 'Now click the map for point B. Escape cancels.',
    /** A length in both units, the first unit first: "1,290 mi · 2,080 km". */
    bothUnits: (first: string, second: string) => `${first} · ${second}`,
    measured: (from: string, to: string, distance: string) =>
      `${from} to ${to}: ${distance}, measured on the globe.`,
    compare: 'Compare',
    ringAround: 'Ring around',
    noRing: 'No ring',
    radius: 'Radius',
    unit: 'Unit',
    miles: 'miles',
    km: 'km',
    ringTooWide: 'A ring that wide would hold both poles: choose a smaller radius.',
    sameDistance: 'The same distance from home',
    citiesFailed: 'The list of cities could not be loaded. Reload to try again.',
    loadingTool: 'Loading the measuring tool…',
    toolFailed: 'The measuring tool could not be loaded. Reload to try again.',
    loadingCities: 'Loading cities…',
    filterCities: 'Filter cities',
    moveTo: 'Move to',
    ownPlaces: "The story's own places",
    /** A city in the list: "Denver, United States". */
    city: (name: string, country: string) => `${name}, ${country}`,
    /** Names in a sentence: "Denver, Atlanta and Toronto" (two or more). */
    list: (first: string, last: string) => `${first} and ${last}`,
    listSeparator: ', ',
    ring: (radius: string, center: string) => `A ring of ${radius} round ${center}.`,
    reaches: (radius: string, center: string, cities: string) =>
      `${radius} from ${center} reaches ${cities}.`,
    reachesNone: (radius: string, center: string) =>
      `${radius} from ${center} reaches none of the listed cities.`,
    atCity: (city: string) => `at ${city}`,
    fromCity: (distance: string, city: string) => `${distance} from ${city}`,
    movedLine: (
      from: string,
      to: string,
      distance: string,
      home: string,
      bearing: number,
      where: string,
    ) =>
      `${from} to ${to} (${distance}), drawn from ${home} on the same bearing (${bearing}°), ends ${where}.`,
    /** A point picked on the map: "A (32.08° N, 34.78° E)". */
    pointA: (coordinates: string) => `A (${coordinates})`,
    pointB: (coordinates: string) => `B (${coordinates})`,
    coordinates: (lat: string, northSouth: string, lng: string, eastWest: string) =>
      `${lat}° ${northSouth}, ${lng}° ${eastWest}`,
    north: 'N',
    south: 'S',
    east: 'E',
    west: 'W',
  },
  errors: {
    pngFailed: 'The PNG could not be made.',
    viewFailed: 'The view could not be saved.',
    mapDidNotFinish: 'The map did not finish drawing; try again.',
    cannotSaveView: 'This browser cannot save the view.',
    cannotDrawPicture: 'This browser cannot draw the picture.',
    pictureFailed: 'The picture could not be made.',
  },
};

/** The shape of a catalogue: every other language gives the same keys. */
export type Strings = typeof en;
