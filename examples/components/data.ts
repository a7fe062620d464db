/**
 * The real data the demo pages show: the lessons of groep 7-8 and their track, imported as JSON and
 * parsed with @upstander/schema (which fills in defaults, as the packager does). A file that does not
 * parse is left out and reported in `problems`, so one lesson being edited never blanks the demo.
 */
import {Activity, Lesson, Track} from '@upstander/schema';
import respect from '../../lessons/groep-7-8/wat-is-online-respect.json' with {type: 'json'};
import stoppen from '../../lessons/groep-7-8/eerst-stoppen-dan-klikken.json' with {type: 'json'};
import omstanders from '../../lessons/groep-7-8/omstanders-maken-het-verschil.json' with {type: 'json'};
import afspraken from '../../lessons/groep-7-8/onze-online-afspraken.json' with {type: 'json'};
import trackJson from '../../tracks/groep-7-8.json' with {type: 'json'};

/** What did not parse, as "file: message". */
export const problems: string[] = [];

function parse<T>(schema: {safeParse(data: unknown): {success: true; data: T} | {success: false; error: {message: string}}}, data: unknown, file: string): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  problems.push(`${file}: ${result.error.message}`);
  return undefined;
}

export const lessons: Lesson[] = [
  parse(Lesson, respect, 'wat-is-online-respect.json'),
  parse(Lesson, stoppen, 'eerst-stoppen-dan-klikken.json'),
  parse(Lesson, omstanders, 'omstanders-maken-het-verschil.json'),
  parse(Lesson, afspraken, 'onze-online-afspraken.json'),
].filter((l): l is Lesson => l !== undefined);

export const track = parse(Track, trackJson, 'tracks/groep-7-8.json');

/** The channel a lesson window uses to tell a guide window which step is on screen. */
export const CHANNEL = 'upstander-classroom';

/**
 * A message on that channel: the lesson window says which step is on screen; a guide window that
 * opens later says hello, and the lesson window answers with the step on screen.
 */
export type ClassroomMessage = {type: 'step'; lessonId: string; stepId: string} | {type: 'hello'};

/**
 * Examples for activity types that no lesson here uses yet, so that the demo shows every element.
 * Written for the demo (fictional, groep 7-8); parsed like the lessons.
 */
export const examples: Activity[] = [
  parse(
    Activity,
    {
      type: 'response-builder',
      id: 'demo-reageer-op-timo',
      situation: 'In de klassenapp zet iemand een foto van Timo en schrijft eronder: ‘Wat een sukkel, haha.’',
      approaches: [
        {id: 'steun', label: 'Steun Timo', description: 'Laat Timo merken dat jij aan zijn kant staat.', example: 'Leuke foto, Timo!'},
        {id: 'stop', label: 'Zeg dat het stopt', description: 'Zeg rustig dat dit niet oké is, zonder terug te schelden.'},
      ],
      parts: [
        {id: 'niet-leuk', text: 'Dit is niet leuk voor Timo.'},
        {id: 'haal-weg', text: 'Wil je de foto weghalen?'},
      ],
      freeText: true,
      checklist: [
        {id: 'bericht', text: 'Ik reageer op wat er staat, niet op wie het schreef.'},
        {id: 'rustig', text: 'Ik scheld niet terug.'},
        {id: 'veilig', text: 'Ik deel niets over mezelf.'},
      ],
    },
    'data.ts: response-builder example'
  ),
].filter((a): a is Activity => a !== undefined);
