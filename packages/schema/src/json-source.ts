/**
 * A JSON parser that remembers where every value (and every object key) starts, so a problem found
 * at `steps[3].activity.options` can be shown at its line and column in the author's file. It accepts
 * exactly what JSON.parse accepts and returns the same value; a syntax error comes back as a problem
 * code (see messages.ts) with its position, never as an exception.
 */
import type {JsonPath} from './common.js';
import type {Params, ProblemCode} from './messages.js';

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, counted in UTF-16 code units as editors do. */
  column: number;
}

export interface JsonSyntaxError extends Position {
  code: ProblemCode;
  params: Params;
  offset: number;
}

export interface JsonSource {
  value: unknown;
  /**
   * Where the value at `path` starts (`at: 'key'`: where its key starts). A path that is not in the
   * document falls back to its nearest ancestor that is, so a missing field points at its object.
   */
  locate(path: readonly PropertyKey[], at?: 'key' | 'value'): Position;
  /** Whether `path` names a value in the document. */
  has(path: readonly PropertyKey[]): boolean;
  /** Keys that appear more than once in one object: the path of each later occurrence. */
  duplicateKeys: JsonPath[];
}

export type JsonParseResult = {ok: true; source: JsonSource} | {ok: false; error: JsonSyntaxError};

/** Nesting deeper than this is refused; lessons nest about 8 levels. */
export const MAX_DEPTH = 100;

const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map((p) => (typeof p === 'number' ? p : String(p))));

/** Offsets of line starts, for turning an offset into a line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The line and column of `offset` in a text with the given line starts. */
export function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return {line: low + 1, column: offset - starts[low]! + 1};
}

/** A character as it can be shown in a message: itself, or U+XXXX when invisible. */
function showChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0xfeff
    ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : String.fromCodePoint(code);
}

const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
const ESCAPES: Record<string, string> = {'"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'};

class Fail {
  readonly code: ProblemCode;
  readonly offset: number;
  readonly params: Params;

  constructor(code: ProblemCode, offset: number, params: Params = {}) {
    this.code = code;
    this.offset = offset;
    this.params = params;
  }
}

class Parser {
  private _pos = 0;
  private readonly _values = new Map<string, number>();
  private readonly _keys = new Map<string, number>();
  private readonly _text: string;
  readonly duplicates: JsonPath[] = [];

  constructor(text: string) {
    this._text = text;
  }

  parse(): unknown {
    if (this._text.charCodeAt(0) === 0xfeff) this._pos = 1;
    this._space();
    if (this._pos >= this._text.length) throw new Fail('json-empty', this._pos);
    const value = this._value([], 0);
    this._space();
    if (this._pos < this._text.length) throw new Fail('json-extra-content', this._pos);
    return value;
  }

  source(value: unknown): JsonSource {
    const starts = lineStarts(this._text);
    const values = this._values;
    const keys = this._keys;
    return {
      value,
      duplicateKeys: this.duplicates,
      has: (path) => values.has(pathKey(path)),
      locate(path, at = 'value') {
        const exact = (at === 'key' ? keys : values).get(pathKey(path));
        if (exact !== undefined) return positionAt(starts, exact);
        for (let n = path.length - 1; n >= 0; n--) {
          const offset = values.get(pathKey(path.slice(0, n)));
          if (offset !== undefined) return positionAt(starts, offset);
        }
        return {line: 1, column: 1};
      },
    };
  }

  private _peek(): string {
    return this._text[this._pos] ?? '';
  }

  /** Skips whitespace; a comment is an error, since JSON has none. */
  private _space(): void {
    for (;;) {
      const c = this._peek();
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this._pos++;
      else if (c === '/' && (this._text[this._pos + 1] === '/' || this._text[this._pos + 1] === '*')) {
        throw new Fail('json-comment', this._pos);
      } else return;
    }
  }

  private _value(path: JsonPath, depth: number): unknown {
    if (depth > MAX_DEPTH) throw new Fail('json-too-deep', this._pos, {max: MAX_DEPTH});
    this._values.set(pathKey(path), this._pos);
    const c = this._peek();
    if (c === '{') return this._object(path, depth);
    if (c === '[') return this._array(path, depth);
    if (c === '"') return this._string();
    if (c === '-' || (c >= '0' && c <= '9')) return this._number();
    if (c === "'") throw new Fail('json-single-quote', this._pos);
    if (c === '') throw new Fail('json-unexpected-end', this._pos);
    const word = /^[A-Za-z_$][\w$]*/.exec(this._text.slice(this._pos, this._pos + 64))?.[0];
    if (word !== undefined) {
      const literal = word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : undefined;
      if (literal === undefined) throw new Fail('json-bad-literal', this._pos, {word});
      this._pos += word.length;
      return literal;
    }
    throw new Fail('json-expected-value', this._pos, {char: showChar(String.fromCodePoint(this._text.codePointAt(this._pos)!))});
  }

  /** After an item: a comma (returns true), the closing bracket (returns false), or an error. */
  private _next(close: '}' | ']', valueEnd: number, nextItem: (c: string) => boolean): boolean {
    this._space();
    const c = this._peek();
    if (c === ',') {
      const comma = this._pos++;
      this._space();
      if (this._peek() === close) throw new Fail('json-trailing-comma', comma, {close});
      return true;
    }
    if (c === close) {
      this._pos++;
      return false;
    }
    if (c === '') throw new Fail('json-unexpected-end', this._pos);
    if (nextItem(c)) throw new Fail('json-missing-comma', valueEnd);
    throw new Fail('json-unexpected-character', this._pos, {char: showChar(String.fromCodePoint(this._text.codePointAt(this._pos)!)), close});
  }

  private _object(path: JsonPath, depth: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    this._pos++;
    this._space();
    if (this._peek() === '}') {
      this._pos++;
      return object;
    }
    for (;;) {
      const c = this._peek();
      if (c === "'") throw new Fail('json-single-quote', this._pos);
      if (c === '') throw new Fail('json-unexpected-end', this._pos);
      if (c !== '"') throw new Fail('json-key-not-string', this._pos);
      const keyAt = this._pos;
      const key = this._string();
      const keyPath = [...path, key];
      if (Object.hasOwn(object, key)) this.duplicates.push(keyPath);
      this._keys.set(pathKey(keyPath), keyAt);
      this._space();
      if (this._peek() !== ':') {
        throw this._peek() === '' ? new Fail('json-unexpected-end', this._pos) : new Fail('json-missing-colon', this._pos);
      }
      this._pos++;
      this._space();
      // defineProperty, not assignment: a key "__proto__" must stay an ordinary property, as in JSON.parse.
      Object.defineProperty(object, key, {value: this._value(keyPath, depth + 1), enumerable: true, writable: true, configurable: true});
      if (!this._next('}', this._pos, (next) => next === '"')) return object;
    }
  }

  private _array(path: JsonPath, depth: number): unknown[] {
    const array: unknown[] = [];
    this._pos++;
    this._space();
    if (this._peek() === ']') {
      this._pos++;
      return array;
    }
    for (;;) {
      array.push(this._value([...path, array.length], depth + 1));
      const valueEnd = this._pos;
      if (!this._next(']', valueEnd, (next) => /["{[\-0-9tfn]/.test(next))) return array;
    }
  }

  private _string(): string {
    const start = this._pos++;
    let out = '';
    let run = this._pos;
    for (;;) {
      if (this._pos >= this._text.length) throw new Fail('json-unterminated-string', start);
      const code = this._text.charCodeAt(this._pos);
      if (code === 34) {
        out += this._text.slice(run, this._pos++);
        return out;
      }
      if (code === 92) {
        out += this._text.slice(run, this._pos);
        out += this._escape();
        run = this._pos;
      } else if (code < 0x20) {
        if (code === 10 || code === 13) throw new Fail('json-newline-in-string', this._pos);
        throw new Fail('json-control-character', this._pos, {char: showChar(this._text[this._pos]!)});
      } else this._pos++;
    }
  }

  private _escape(): string {
    const at = this._pos;
    const c = this._text[at + 1] ?? '';
    if (Object.hasOwn(ESCAPES, c)) {
      this._pos += 2;
      return ESCAPES[c]!;
    }
    if (c === 'u') {
      const hex = this._text.slice(at + 2, at + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        this._pos += 6;
        return String.fromCharCode(parseInt(hex, 16));
      }
      throw new Fail('json-bad-escape', at, {escape: `\\u${hex.replace(/[^0-9a-zA-Z]/g, '')}`.slice(0, 6)});
    }
    if (c === '') throw new Fail('json-unterminated-string', at);
    throw new Fail('json-bad-escape', at, {escape: `\\${showChar(c)}`});
  }

  private _number(): number {
    const start = this._pos;
    const run = /[-+0-9.eE]+/y;
    run.lastIndex = start;
    const text = run.exec(this._text)![0];
    if (!NUMBER.test(text)) throw new Fail('json-bad-number', start, {text: text.slice(0, 40)});
    this._pos += text.length;
    return Number(text);
  }
}

/** Parses JSON text, recording where each value starts. */
export function parseJson(text: string): JsonParseResult {
  const parser = new Parser(text);
  try {
    const value = parser.parse();
    return {ok: true, source: parser.source(value)};
  } catch (error) {
    if (!(error instanceof Fail)) throw error;
    const at = positionAt(lineStarts(text), error.offset);
    return {ok: false, error: {code: error.code, params: error.params, offset: error.offset, ...at}};
  }
}
