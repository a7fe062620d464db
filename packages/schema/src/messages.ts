/**
 * Every problem the validator can report, in Dutch and English. Curriculum developers read these, so
 * each message says what is wrong in plain words and, where it fits in one sentence, how to fix it.
 * docs/authoring.md lists every code with its fix; a test keeps the two in step.
 *
 * Templates use `{name}` placeholders. A parameter is a string or number (inserted as is) or a
 * `Term` (a word from the vocabulary below, translated).
 */

export type Lang = 'nl' | 'en';

export const LANGS: readonly Lang[] = ['nl', 'en'];

const TERMS = {
  nl: {
    string: 'tekst tussen aanhalingstekens',
    number: 'een getal',
    int: 'een geheel getal',
    boolean: 'true of false',
    array: 'een lijst [ … ]',
    object: 'een object { … }',
    null: 'null',
    po: 'po (basisschool)',
    vo: 'vo (voortgezet onderwijs)',
    jongerenwerk: 'jongerenwerk',
    lesson: 'les',
    track: 'leerlijn',
    'sort-category': 'een categorie',
    'post-comment': 'een reactie',
  },
  en: {
    string: 'text in double quotes',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list [ … ]',
    object: 'an object { … }',
    null: 'null',
    po: 'po (primary school)',
    vo: 'vo (secondary school)',
    jongerenwerk: 'jongerenwerk (youth work)',
    lesson: 'lesson',
    track: 'track',
    'sort-category': 'a category',
    'post-comment': 'a comment',
  },
} as const;

export type TermKey = keyof (typeof TERMS)['nl'];

/** A word the formatter translates, such as a JSON type name or an audience. */
export interface Term {
  term: TermKey;
}

export const term = (key: TermKey): Term => ({term: key});

export const isTermKey = (value: string): value is TermKey => Object.hasOwn(TERMS.nl, value);

export type Params = Record<string, string | number | Term>;

export const MESSAGES = {
  // Files and folders
  'path-not-found': {
    nl: 'dit bestand of deze map bestaat niet',
    en: 'this file or folder does not exist',
  },
  'no-files': {
    nl: 'geen .json-bestanden gevonden',
    en: 'no .json files found',
  },
  'file-unreadable': {
    nl: 'het bestand kan niet gelezen worden ({reason})',
    en: 'the file cannot be read ({reason})',
  },
  'file-too-large': {
    nl: 'het bestand is {size} bytes; de grens is {max} bytes. Verdeel de inhoud over meer lessen.',
    en: 'the file is {size} bytes; the limit is {max} bytes. Split the content over more lessons.',
  },
  'file-not-utf8': {
    nl: 'het bestand is geen UTF-8-tekst (fout bij byte {offset}). Sla het op met codering UTF-8.',
    en: 'the file is not UTF-8 text (bad byte at offset {offset}). Save it with UTF-8 encoding.',
  },
  'internal-error': {
    nl: 'interne fout in Upstander bij dit bestand ({reason}); meld dit aan de makers',
    en: 'internal error in Upstander on this file ({reason}); please report it',
  },

  // JSON syntax
  'json-empty': {
    nl: 'het bestand is leeg; een les of leerlijn begint met {',
    en: 'the file is empty; a lesson or track starts with {',
  },
  'json-unexpected-end': {
    nl: 'het bestand houdt op midden in de JSON; ontbreekt er een } of ] aan het eind?',
    en: 'the file ends in the middle of the JSON; is a } or ] missing at the end?',
  },
  'json-expected-value': {
    nl: 'hier hoort een waarde, maar er staat "{char}": tekst tussen "…", een getal, true, false, null, een lijst [ ] of een object { }',
    en: 'a value belongs here, but there is "{char}": text in "…", a number, true, false, null, a list [ ] or an object { }',
  },
  'json-unexpected-character': {
    nl: 'onverwacht teken "{char}"; hier hoort een komma of {close}',
    en: 'unexpected character "{char}"; a comma or {close} belongs here',
  },
  'json-missing-comma': {
    nl: 'hier ontbreekt een komma: zet een , tussen twee onderdelen',
    en: 'a comma is missing here: put a , between two items',
  },
  'json-missing-colon': {
    nl: 'na de naam van een veld hoort een dubbele punt (:)',
    en: 'a colon (:) belongs after the name of a field',
  },
  'json-trailing-comma': {
    nl: 'komma voor {close}: na het laatste onderdeel mag geen komma staan',
    en: 'comma before {close}: no comma is allowed after the last item',
  },
  'json-key-not-string': {
    nl: 'een veldnaam staat tussen dubbele aanhalingstekens, zoals "title"',
    en: 'a field name goes in double quotes, like "title"',
  },
  'json-single-quote': {
    nl: "JSON gebruikt dubbele aanhalingstekens (\"), geen enkele (')",
    en: "JSON uses double quotes (\"), not single quotes (')",
  },
  'json-comment': {
    nl: 'JSON kent geen commentaar (// of /* */); haal het weg',
    en: 'JSON has no comments (// or /* */); remove it',
  },
  'json-bad-literal': {
    nl: 'onbekend woord "{word}"; JSON kent alleen true, false en null (in kleine letters), en tekst staat tussen "…"',
    en: 'unknown word "{word}"; JSON only knows true, false and null (lower case), and text goes in "…"',
  },
  'json-newline-in-string': {
    nl: 'de tekst loopt door op de volgende regel: ontbreekt hier een afsluitend "? Schrijf \\n voor een nieuwe regel binnen een tekst.',
    en: 'the text runs on to the next line: is a closing " missing here? Write \\n for a new line inside a text.',
  },
  'json-control-character': {
    nl: 'een tab of ander onzichtbaar stuurteken ({char}) in een tekst; haal het weg of schrijf \\t voor een tab',
    en: 'a tab or other invisible control character ({char}) in a text; remove it or write \\t for a tab',
  },
  'json-unterminated-string': {
    nl: 'deze tekst heeft geen afsluitend aanhalingsteken (")',
    en: 'this text has no closing double quote (")',
  },
  'json-bad-escape': {
    nl: 'ongeldige escape "{escape}"; binnen tekst mogen alleen \\" \\\\ \\/ \\b \\f \\n \\r \\t en \\uXXXX',
    en: 'invalid escape "{escape}"; inside text only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are allowed',
  },
  'json-bad-number': {
    nl: 'ongeldig getal "{text}"; schrijf bijvoorbeeld 5, 12 of 2.5 (punt, geen komma; geen voorloopnullen)',
    en: 'invalid number "{text}"; write for example 5, 12 or 2.5 (a point, not a comma; no leading zeros)',
  },
  'json-extra-content': {
    nl: 'na het einde van het JSON-object staat nog iets; een bestand bevat precies één object',
    en: 'there is more after the end of the JSON object; a file holds exactly one object',
  },
  'json-too-deep': {
    nl: 'de JSON is dieper genest dan {max} niveaus',
    en: 'the JSON is nested deeper than {max} levels',
  },
  'json-duplicate-key': {
    nl: 'veld "{field}" staat twee keer in hetzelfde object; de tweede waarde overschrijft de eerste. Houd er één.',
    en: 'field "{field}" appears twice in the same object; the second value overwrites the first. Keep one.',
  },

  // The document as a whole
  'not-an-object': {
    nl: 'een les of leerlijn is één JSON-object: het bestand begint met { en eindigt met }',
    en: 'a lesson or track is one JSON object: the file starts with { and ends with }',
  },
  'schema-version-missing': {
    nl: 'schemaVersion ontbreekt: dit is een concept van voor versie 1. Het wordt nog gelezen, maar voeg "schemaVersion": {current} toe.',
    en: 'schemaVersion is missing: this is a draft from before version 1. It can still be read, but add "schemaVersion": {current}.',
  },
  'schema-version-too-new': {
    nl: 'schemaVersion {version} is nieuwer dan deze versie van Upstander kent ({current}); werk Upstander bij',
    en: 'schemaVersion {version} is newer than this version of Upstander knows ({current}); update Upstander',
  },
  'schema-version-invalid': {
    nl: 'schemaVersion moet het getal {current} zijn (zonder aanhalingstekens)',
    en: 'schemaVersion must be the number {current} (without quotes)',
  },

  // Shape and types (from the zod schema)
  'missing-field': {
    nl: 'verplicht veld "{field}" ontbreekt',
    en: 'required field "{field}" is missing',
  },
  'unknown-field': {
    nl: 'onbekend veld "{field}"; controleer de spelling (hoofdletters tellen mee) of haal het weg',
    en: 'unknown field "{field}"; check the spelling (case matters) or remove it',
  },
  'unknown-field-typo': {
    nl: 'onbekend veld "{field}": is "{suggestion}" bedoeld? Hoofdletters tellen mee.',
    en: 'unknown field "{field}": did you mean "{suggestion}"? Case matters.',
  },
  'wrong-type': {
    nl: 'hier hoort {expected}, maar er staat {actual}',
    en: 'this should be {expected}, but it is {actual}',
  },
  'not-integer': {
    nl: 'hier hoort een geheel getal, zoals 5; {value} heeft cijfers achter de punt',
    en: 'this should be a whole number, like 5; {value} has digits after the point',
  },
  'text-empty': {
    nl: 'deze tekst mag niet leeg zijn',
    en: 'this text must not be empty',
  },
  'text-too-long': {
    nl: 'deze tekst is {length} tekens; hoogstens {max} mag. Maak hem korter of verdeel hem over meer stappen.',
    en: 'this text is {length} characters; at most {max} are allowed. Shorten it or spread it over more steps.',
  },
  'too-few-items': {
    nl: 'deze lijst heeft {count} onderdelen; er zijn er minstens {min} nodig',
    en: 'this list has {count} items; it needs at least {min}',
  },
  'number-too-small': {
    nl: '{value} is te klein; het getal moet minstens {min} zijn',
    en: '{value} is too small; the number must be at least {min}',
  },
  'number-too-large': {
    nl: '{value} is te groot; het getal mag hoogstens {max} zijn',
    en: '{value} is too large; the number must be at most {max}',
  },
  'invalid-value': {
    nl: '{value} is hier niet toegestaan; kies uit: {allowed}',
    en: '{value} is not allowed here; choose from: {allowed}',
  },
  'id-format': {
    nl: 'id {value} is ongeldig: gebruik kleine letters, cijfers en streepjes (a-z, 0-9, -), begin met een letter of cijfer, hoogstens 64 tekens',
    en: 'id {value} is invalid: use lower-case letters, digits and hyphens (a-z, 0-9, -), start with a letter or digit, at most 64 characters',
  },
  'url-format': {
    nl: '{value} is geen geldig webadres; schrijf het volledig, beginnend met https://',
    en: '{value} is not a valid web address; write it in full, starting with https://',
  },
  'audio-src': {
    nl: 'audio {value} is ongeldig: gebruik een pad naast het lesbestand, zoals "audio/verhaal-sam.mp3" (kleine letters, .mp3, .m4a, .ogg of .opus; geen webadres, geen ..)',
    en: 'audio {value} is invalid: use a path next to the lesson file, like "audio/verhaal-sam.mp3" (lower case, .mp3, .m4a, .ogg or .opus; no web address, no ..)',
  },
  'unknown-activity-type': {
    nl: 'onbekend activiteitstype {value}; bekende typen: {known}',
    en: 'unknown activity type {value}; known types: {known}',
  },
  'missing-activity-type': {
    nl: 'deze activiteit heeft geen "type"; kies uit: {known}',
    en: 'this activity has no "type"; choose from: {known}',
  },
  invalid: {
    nl: 'ongeldige waarde',
    en: 'invalid value',
  },

  // Rules inside one lesson or track
  'duplicate-id': {
    nl: 'id "{id}" komt al voor ({first}); ids moeten uniek zijn in de les',
    en: 'id "{id}" is already used ({first}); ids must be unique within the lesson',
  },
  'duplicate-item-id': {
    nl: 'id "{id}" komt twee keer voor in deze activiteit; geef elk onderdeel een eigen id',
    en: 'id "{id}" appears twice in this activity; give every item its own id',
  },
  'duplicate-value': {
    nl: '"{value}" staat twee keer in deze lijst',
    en: '"{value}" appears twice in this list',
  },
  'choices-too-few': {
    nl: 'een keuzevraag heeft minstens twee antwoorden (nu {count})',
    en: 'a choice question needs at least two answers (now {count})',
  },
  'choice-no-correct': {
    nl: 'een vraag die meetelt voor de score heeft minstens één goed antwoord: zet "correct": true bij een antwoord, of "scored": false bij de vraag',
    en: 'a question that counts towards the score needs at least one right answer: set "correct": true on an answer, or "scored": false on the question',
  },
  'unknown-reference': {
    nl: '"{id}" verwijst naar {what} die niet bestaat; bekend: {known}',
    en: '"{id}" refers to {what} that does not exist; known: {known}',
  },
  'sort-needs-categories': {
    nl: 'sorteren in groepen ("mode": "classify") heeft minstens twee categorieën nodig in "categories"',
    en: 'sorting into groups ("mode": "classify") needs at least two categories in "categories"',
  },
  'sort-order-has-categories': {
    nl: '"mode": "order" gebruikt geen categorieën; haal "categories" weg of kies "mode": "classify"',
    en: '"mode": "order" uses no categories; remove "categories" or choose "mode": "classify"',
  },
  'sort-item-without-category': {
    nl: 'in een sorteervraag die meetelt heeft elk onderdeel een "category" nodig, of zet "scored": false',
    en: 'in a scored sorting question every item needs a "category", or set "scored": false',
  },
  'post-like-needs-comment': {
    nl: 'een keuze met "action": "like" heeft "comment" nodig: het id van de reactie die de like krijgt',
    en: 'a choice with "action": "like" needs "comment": the id of the comment that gets the like',
  },
  'response-builder-no-input': {
    nl: 'leerlingen kunnen zo geen reactie maken: voeg bouwstenen toe in "parts" of zet "freeText": true',
    en: 'learners cannot make a reply this way: add building blocks in "parts" or set "freeText": true',
  },
  'story-picture-figures': {
    nl: 'dit plaatje heeft {count} figuren; teken er hoogstens {max}, anders worden ze te klein op een telefoon',
    en: 'this picture has {count} figures; draw at most {max}, or they get too small on a phone',
  },
  'roles-missing-role': {
    nl: 'de rol "{role}" ontbreekt; een rollenactiviteit heeft een kaart voor verspreider, doelwit en omstander',
    en: 'the role "{role}" is missing; a roles activity has a card for verspreider, doelwit and omstander',
  },
  'scale-labels-count': {
    nl: 'er zijn {count} labels, maar de schaal heeft {points} punten; geef voor elk punt één label',
    en: 'there are {count} labels, but the scale has {points} points; give one label per point',
  },
  'help-points-empty': {
    nl: 'deze les toont hulp ("type": "help-points"), maar "helpPoints" is leeg; voeg minstens één hulppunt toe',
    en: 'this lesson shows help ("type": "help-points"), but "helpPoints" is empty; add at least one help point',
  },
  'guide-minutes': {
    nl: 'de lesdelen in de handleiding duren samen {sum} minuten, maar durationMinutes is {duration}; maak ze gelijk',
    en: 'the parts of the facilitator guide add up to {sum} minutes, but durationMinutes is {duration}; make them equal',
  },
  'guide-unknown-step': {
    nl: 'lesstap "{id}" bestaat niet in "steps"; bekende stappen: {known}',
    en: 'lesson step "{id}" does not exist in "steps"; known steps: {known}',
  },
  'handout-row-cells': {
    nl: 'deze rij heeft {cells} cellen, maar de tabel heeft {columns} kolommen; geef elke rij evenveel cellen (een lege cel is "")',
    en: 'this row has {cells} cells, but the table has {columns} columns; give every row as many cells (an empty cell is "")',
  },
  'translation-own-language': {
    nl: '"{language}" is de taal van deze les zelf; zet in "translations" alleen de andere talen',
    en: '"{language}" is the language of this lesson itself; list only the other languages in "translations"',
  },
  'track-duplicate-lesson': {
    nl: 'les "{id}" staat al eerder in deze leerlijn ({first})',
    en: 'lesson "{id}" is already in this track ({first})',
  },
  'track-count-too-high': {
    nl: '"count" is {count}, maar de leerlijn heeft maar {lessons} lessen',
    en: '"count" is {count}, but the track has only {lessons} lessons',
  },

  // Rules across files and against the kerndoelen
  'duplicate-lesson-id': {
    nl: 'les-id "{id}" in taal "{language}" bestaat ook in {other}; geef elke les een eigen id',
    en: 'lesson id "{id}" in language "{language}" also exists in {other}; give every lesson its own id',
  },
  'duplicate-track-id': {
    nl: 'leerlijn-id "{id}" bestaat ook in {other}; geef elke leerlijn een eigen id',
    en: 'track id "{id}" also exists in {other}; give every track its own id',
  },
  'track-lesson-missing': {
    nl: 'les "{id}" bestaat niet in de gecontroleerde bestanden; controleer het id, of geef ook de map met die les mee',
    en: 'lesson "{id}" does not exist in the files checked; check the id, or also pass the folder with that lesson',
  },
  'translation-missing': {
    nl: 'deze les noemt een vertaling in "{language}", maar er is geen les met "id": "{id}" en "language": "{language}"',
    en: 'this lesson names a translation in "{language}", but there is no lesson with "id": "{id}" and "language": "{language}"',
  },
  'kerndoel-unknown': {
    nl: 'kerndoel "{id}" bestaat niet; controleer de spelling (hoofdletters tellen mee), bijvoorbeeld "BU-PO-19A-u3"',
    en: 'kerndoel "{id}" does not exist; check the spelling (case matters), for example "BU-PO-19A-u3"',
  },
  'kerndoel-wrong-level': {
    nl: 'kerndoel "{id}" is voor {level}, maar deze les is voor {audience}; kies een kerndoel voor {expected}',
    en: 'kerndoel "{id}" is for {level}, but this lesson is for {audience}; choose a kerndoel for {expected}',
  },
  'kerndoel-superseded': {
    nl: 'kerndoel "{id}" is een vervangen conceptkerndoel (maart 2024) en telt niet meer mee; kies het kerndoel dat ervoor in de plaats kwam',
    en: 'kerndoel "{id}" is a superseded draft goal (March 2024) and no longer counts; choose the kerndoel that replaced it',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ProblemCode = keyof typeof MESSAGES;

export const PROBLEM_CODES = Object.keys(MESSAGES) as ProblemCode[];

export const isProblemCode = (value: unknown): value is ProblemCode =>
  typeof value === 'string' && Object.hasOwn(MESSAGES, value);

function show(value: string | number | Term, lang: Lang): string {
  if (typeof value === 'object') return TERMS[lang][value.term];
  return String(value);
}

/** The message for a problem in the given language, with its parameters filled in. */
export function message(code: ProblemCode, lang: Lang, params: Params = {}): string {
  return MESSAGES[code][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? show(params[name]!, lang) : whole,
  );
}
