/**
 * Learning-object metadata for SCORM manifests: title, description, language, duration and the SLO
 * kerndoelen as a classification (purpose "educational objective", one taxon path per kerndoel whose
 * taxon id is the kerndoel's permanent URI). SCORM 1.2 writes it in IMS Metadata 1.2.1, SCORM 2004 in
 * IEEE LOM (1484.12.3); the two bindings differ only in spelling, so one function writes both.
 */
import type {PackageInfo} from './source.js';
import {text} from './text.js';
import {el} from './xml.js';
import type {XmlElement} from './xml.js';

interface Dialect {
  prefix: string;
  /** A language string: IMS MD `<langstring xml:lang>`, LOM `<string language>`. */
  langString(name: string, lang: string, value: string): XmlElement;
  /** A LOMv1.0 vocabulary value: IMS MD capitalises and wraps in langstrings, LOM does not. */
  vocabulary(name: string, value: string): XmlElement;
  duration(minutes: number): XmlElement;
  taxonPath: string;
}

export const IMS_MD_1_2: Dialect = {
  prefix: 'imsmd',
  langString: (name, lang, value) => el(`imsmd:${name}`, {}, el('imsmd:langstring', {'xml:lang': lang}, value)),
  vocabulary: (name, value) =>
    el(
      `imsmd:${name}`,
      {},
      el('imsmd:source', {}, el('imsmd:langstring', {'xml:lang': 'x-none'}, 'LOMv1.0')),
      el('imsmd:value', {}, el('imsmd:langstring', {'xml:lang': 'x-none'}, value.replace(/\b\w/g, (c) => c.toUpperCase()))),
    ),
  duration: (minutes) => el('imsmd:typicallearningtime', {}, el('imsmd:datetime', {}, `PT${minutes}M`)),
  taxonPath: 'taxonpath',
};

export const IEEE_LOM: Dialect = {
  prefix: 'lom',
  langString: (name, lang, value) => el(`lom:${name}`, {}, el('lom:string', {language: lang}, value)),
  vocabulary: (name, value) => el(`lom:${name}`, {}, el('lom:source', {}, 'LOMv1.0'), el('lom:value', {}, value)),
  duration: (minutes) => el('lom:typicalLearningTime', {}, el('lom:duration', {}, `PT${minutes}M`)),
  taxonPath: 'taxonPath',
};

/** The `<lom>` element of a SCORM manifest's metadata. */
export function lomMetadata(info: PackageInfo, d: Dialect): XmlElement {
  const p = (name: string) => `${d.prefix}:${name}`;
  const lang = info.language;
  const t = text(lang);
  return el(
    p('lom'),
    {},
    el(
      p('general'),
      {},
      d.prefix === 'lom' && el(p('identifier'), {}, el(p('catalog'), {}, 'URI'), el(p('entry'), {}, info.activityId)),
      d.langString('title', lang, info.title),
      el(p('language'), {}, lang),
      d.langString('description', lang, info.description),
    ),
    el(p('educational'), {}, d.duration(info.durationMinutes)),
    el(
      p('classification'),
      {},
      d.vocabulary('purpose', 'educational objective'),
      info.kerndoelen.map((k) =>
        el(
          p(d.taxonPath),
          {},
          d.langString('source', lang, t.kerndoelen),
          el(p('taxon'), {}, el(p('id'), {}, k.uri), d.langString('entry', lang, `${k.id}: ${k.text}`)),
        ),
      ),
    ),
  );
}
