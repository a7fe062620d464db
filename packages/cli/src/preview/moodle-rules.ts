// Moodle 4.3's checks of SCORM values, as its player runs them in the browser before it stores
// anything: a value that fails is refused ("false", error 405 for SCORM 1.2, 406/407 for SCORM 2004)
// and never reaches Moodle's tables. Ported from Moodle's mod/scorm/datamodels/scorm_12.js and
// scorm_13.js at commit fe7aff80932 ("Moodle release 4.3"): the element formats, the ranges, and the
// per-type checks of cmi.interactions.n.learner_response and correct_responses.n.pattern (2004). Only
// elements with a format are checked; the rest is left to scorm-again. Strict mode of 1.2
// (cmistring256 = 255 characters, cmistring4096 = 4096), as Moodle's "SCORM standard" setting.
//
// Self-contained on purpose (no imports, no helpers outside the function): tests/lrs/harness.ts puts
// this function's source text into its harness page.

/**
 * The error Moodle 4.3 answers for SetValue(element, value), or '' when it accepts the value. `type`
 * is the interaction's type, for a learner response or a correct pattern (SCORM 2004).
 */
export function moodleRefusal(version: '1.2' | '2004', element: string, value: string, type = ''): string {
  const generic = element.replace(/\.\d+\./g, '.n.');
  if (version === '1.2') {
    const decimal = '^-?([0-9]{0,3})(\\.[0-9]*)?$';
    const identifier = '^[\\u0021-\\u007E]{0,255}$';
    const string255 = '^[\\u0000-\\uFFFF]{0,255}$';
    const status = '^passed$|^completed$|^failed$|^incomplete$|^browsed$';
    const rules12: Record<string, [string, string?]> = {
      'cmi.core.lesson_location': [string255],
      'cmi.core.lesson_status': [status],
      'cmi.core.score.raw': [decimal, '0#100'],
      'cmi.core.score.max': [decimal, '0#100'],
      'cmi.core.score.min': [decimal, '0#100'],
      'cmi.core.exit': ['^time-out$|^suspend$|^logout$|^$'],
      'cmi.core.session_time': ['^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\\.[0-9]{1,2})?$'],
      'cmi.suspend_data': ['^[\\u0000-\\uFFFF]{0,4096}$'],
      'cmi.objectives.n.id': [identifier],
      'cmi.objectives.n.score.raw': [decimal, '0#100'],
      'cmi.objectives.n.score.min': [decimal, '0#100'],
      'cmi.objectives.n.score.max': [decimal, '0#100'],
      'cmi.objectives.n.status': [`${status}|^not attempted$`],
      'cmi.interactions.n.id': [identifier],
      'cmi.interactions.n.objectives.n.id': [identifier],
      'cmi.interactions.n.time': ['^([0-2]{1}[0-9]{1}):([0-5]{1}[0-9]{1}):([0-5]{1}[0-9]{1})(\\.[0-9]{1,2})?$'],
      'cmi.interactions.n.type': ['^true-false$|^choice$|^fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$'],
      'cmi.interactions.n.correct_responses.n.pattern': [string255],
      'cmi.interactions.n.weighting': [decimal, '-100#100'],
      'cmi.interactions.n.student_response': [string255],
      'cmi.interactions.n.result': ['^correct$|^wrong$|^unanticipated$|^neutral$|^([0-9]{0,3})?(\\.[0-9]*)?$'],
      'cmi.interactions.n.latency': ['^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\\.[0-9]{1,2})?$'],
    };
    const rule = rules12[generic];
    if (!rule) return '';
    if (!new RegExp(rule[0]).test(value)) return '405';
    if (rule[1]) {
      const [min, max] = rule[1].split('#').map(Number) as [number, number];
      if (Number(value) < min || Number(value) > max) return '405';
    }
    return '';
  }
  const decimal = '^-?([0-9]{1,5})(\\.[0-9]{1,18})?$';
  const shortId = '^[\\w\\.]{1,250}$';
  const longId = '^(?:(?!urn:)\\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\\S{1,4000})$';
  const cStatus = '^completed$|^incomplete$|^not attempted$|^unknown$';
  const sStatus = '^passed$|^failed$|^unknown$';
  const langString250 = '^(\\{lang=([a-zA-Z]{2,3}|i|x)(\\-[a-zA-Z0-9\\-]{2,8})?\\})?([^\\{].{0,250}$)?';
  const langString4000 = '^(\\{lang=([a-zA-Z]{2,3}|i|x)(\\-[a-zA-Z0-9\\-]{2,8})?\\})?([^\\{].{0,4000}$)?';
  const rules13: Record<string, [string, string?]> = {
    'cmi.completion_status': [cStatus],
    'cmi.success_status': [sStatus],
    'cmi.exit': ['^time-out$|^suspend$|^logout$|^normal$|^$'],
    'cmi.location': ['^[\\u0000-\\uFFFF]{0,1000}$'],
    'cmi.progress_measure': [decimal, '0#1'],
    'cmi.score.scaled': [decimal, '-1#1'],
    'cmi.score.raw': [decimal],
    'cmi.score.min': [decimal],
    'cmi.score.max': [decimal],
    'cmi.session_time': ['^P(\\d+Y)?(\\d+M)?(\\d+D)?(T(((\\d+H)(\\d+M)?(\\d+(.\\d{1,2})?S)?)|((\\d+M)(\\d+(.\\d{1,2})?S)?)|((\\d+(.\\d{1,2})?S))))?$'],
    'cmi.suspend_data': ['^[\\u0000-\\uFFFF]{0,64000}$'],
    'cmi.interactions.n.id': [longId],
    'cmi.interactions.n.type': ['^true-false$|^choice$|^(long-)?fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$|^other$'],
    'cmi.interactions.n.objectives.n.id': [longId],
    'cmi.interactions.n.timestamp': [
      '^(19[7-9]{1}[0-9]{1}|20[0-2]{1}[0-9]{1}|203[0-8]{1})((-(0[1-9]{1}|1[0-2]{1}))((-(0[1-9]{1}|[1-2]{1}[0-9]{1}|3[0-1]{1}))(T([0-1]{1}[0-9]{1}|2[0-3]{1})((:[0-5]{1}[0-9]{1})((:[0-5]{1}[0-9]{1})((\\.[0-9]{1,2})((Z|([+|-]([0-1]{1}[0-9]{1}|2[0-3]{1})))(:[0-5]{1}[0-9]{1})?)?)?)?)?)?)?)?$',
    ],
    'cmi.interactions.n.weighting': [decimal],
    'cmi.interactions.n.result': ['^correct$|^incorrect$|^unanticipated$|^neutral$|^-?([0-9]{1,4})(\\.[0-9]{1,18})?$'],
    'cmi.interactions.n.description': [langString250],
    'cmi.objectives.n.id': [longId],
    'cmi.objectives.n.score.scaled': [decimal, '-1#1'],
    'cmi.objectives.n.score.raw': [decimal],
    'cmi.objectives.n.success_status': [sStatus],
    'cmi.objectives.n.completion_status': [cStatus],
    'cmi.objectives.n.description': [langString250],
  };
  // learner_response and correct_responses by interaction type: node format(s), most nodes, delimiters.
  const responses: Record<string, {format: string; format2?: string; max: number; delimiter: string; delimiter2?: string; unique?: boolean}> = {
    'true-false': {format: '^true$|^false$', max: 1, delimiter: ''},
    choice: {format: shortId, max: 36, delimiter: '[,]', unique: true},
    'fill-in': {format: langString250, max: 10, delimiter: '[,]'},
    'long-fill-in': {format: langString4000, max: 1, delimiter: ''},
    matching: {format: shortId, format2: shortId, max: 36, delimiter: '[,]', delimiter2: '[.]'},
    performance: {format: `^$|${shortId}`, format2: `${decimal}|^$|${shortId}`, max: 250, delimiter: '[,]', delimiter2: '[.]'},
    sequencing: {format: shortId, max: 36, delimiter: '[,]'},
    likert: {format: shortId, max: 1, delimiter: ''},
    numeric: {format: decimal, max: 1, delimiter: ''},
    other: {format: '^[\\u0000-\\uFFFF]{0,4000}$', max: 1, delimiter: ''},
  };
  if (generic === 'cmi.interactions.n.learner_response' || generic === 'cmi.interactions.n.correct_responses.n.pattern') {
    const spec = responses[type];
    if (!spec) return '408'; // Moodle: a response before the type is "dependency not established"
    if (generic.endsWith('pattern') && type === 'numeric') return ''; // a range "min[:]max", checked apart in Moodle
    const nodes = spec.delimiter ? value.split(spec.delimiter) : [value];
    if (nodes.length > spec.max) return '351'; // "Data Model Element Pattern Too Long"
    if (spec.unique && nodes.some((node, i) => node !== '' && nodes.indexOf(node) < i)) return '406';
    for (const node of nodes) {
      if (spec.delimiter2) {
        const [a = '', b = '', ...rest] = node.split(spec.delimiter2);
        if (rest.length > 0 || !new RegExp(spec.format).test(a) || !new RegExp(spec.format2!).test(b)) return '406';
      } else if (!new RegExp(spec.format).test(node)) return '406';
    }
    return '';
  }
  const rule = rules13[generic];
  if (!rule) return '';
  if (!new RegExp(rule[0]).test(value)) return '406';
  if (rule[1]) {
    const [min, max] = rule[1].split('#').map(Number) as [number, number];
    if (Number(value) < min || Number(value) > max) return '407';
  }
  return '';
}

/** A value Moodle 4.3 would have refused, as the strict LMS records it. */
export interface Refusal {
  element: string;
  value: string;
  code: string;
}

/**
 * Makes a scorm-again API as strict as Moodle 4.3: SetValue checks the value with moodleRefusal
 * first; a refused value answers "false", sets the error code Moodle sets, is pushed on `refused`,
 * and leaves the data model as it was. Self-contained like moodleRefusal (it calls only that).
 */
export function makeMoodleStrict(api: Record<string, unknown>, version: '1.2' | '2004', refused: Refusal[]): void {
  const v12 = version === '1.2';
  const names = v12
    ? {set: 'LMSSetValue', error: 'LMSGetLastError', text: 'LMSGetErrorString', calls: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSCommit']}
    : {set: 'SetValue', error: 'GetLastError', text: 'GetErrorString', calls: ['Initialize', 'Terminate', 'GetValue', 'Commit']};
  const original = (name: string) => (api[name] as (...args: string[]) => string).bind(api);
  const set = original(names.set);
  const error = original(names.error);
  const text = original(names.text);
  const types = new Map<string, string>();
  let refusal = '';
  for (const name of names.calls) {
    const call = original(name);
    api[name] = (...args: string[]) => {
      refusal = '';
      return call(...args);
    };
  }
  api[names.set] = (element: string, value: string) => {
    refusal = '';
    const index = /^cmi\.interactions\.(\d+)\./.exec(element)?.[1];
    const code = moodleRefusal(version, element, String(value), index === undefined ? '' : (types.get(index) ?? ''));
    if (code) {
      refusal = code;
      refused.push({element, value: String(value), code});
      return 'false';
    }
    const result = set(element, value);
    if (index !== undefined && element.endsWith('.type') && String(result) === 'true') types.set(index, String(value));
    return result;
  };
  api[names.error] = () => refusal || error();
  api[names.text] = (code: string) => (code === refusal ? `Moodle 4.3 refuses this value (${code})` : text(code));
}
