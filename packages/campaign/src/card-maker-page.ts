/**
 * The card maker page (served by `upstander serve` under /kaartenmaker/, and writable to disk for the
 * release site): static HTML with the palette, illustrations and formats as radio groups, and the
 * bundled script (card-maker.ts). Its Content-Security-Policy allows no connections at all.
 */
import {fileURLToPath} from 'node:url';
import {FORMATS} from './formats.js';
import {ILLUSTRATIONS} from './illustrations.js';
import {PALETTE} from './palette.js';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!);

function radios(name: string, legend: string, options: [string, string, string?][]): string {
  return `<fieldset><legend>${legend}</legend>${options
    .map(
      ([value, label, swatch], i) =>
        `<label><input type="radio" name="${name}" value="${value}"${i === 0 ? ' checked' : ''}>${swatch ?? ''}${escape(label)}</label>`,
    )
    .join('')}</fieldset>`;
}

export function cardMakerHtml(): string {
  const palette = Object.entries(PALETTE).map(
    ([k, c]): [string, string, string] => [k, c.label, `<span class="swatch" style="background:${c.background};color:${c.text}" aria-hidden="true">Aa</span>`],
  );
  const art = Object.entries(ILLUSTRATIONS).map(
    ([k, i]): [string, string, string] => [k, i.label, `<span class="art" aria-hidden="true">${i.svg('#1b1b1b', '#d9d9d9')}</span>`],
  );
  const formats = Object.entries(FORMATS).map(([k, f]): [string, string] => [k, f.label]);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; form-action 'none'">
<title>Kaartenmaker — maak je eigen post | Upstander</title>
<style>
body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.5}
header,main{max-width:72rem;margin:0 auto;padding:1rem}
main{display:grid;gap:2rem;grid-template-columns:minmax(16rem,28rem) 1fr}
@media (max-width:48rem){main{grid-template-columns:1fr}}
label{display:block;margin:.25rem 0}
input[type=text],textarea{display:block;width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:2px solid #555;border-radius:4px}
fieldset{border:2px solid #555;border-radius:4px;margin:1rem 0}
fieldset label{display:flex;align-items:center;gap:.5rem}
.swatch{display:inline-block;padding:0 .4rem;border:1px solid #555;font-weight:bold}
.art svg{width:2rem;height:2rem;vertical-align:middle}
button{font:inherit;font-weight:bold;padding:.75rem 1.25rem;background:#14213d;color:#fff;border:0;border-radius:4px;cursor:pointer}
:focus-visible{outline:3px solid #b3261e;outline-offset:2px}
canvas{width:100%;max-width:27rem;height:auto;border:1px solid #555}
.privacy{background:#eef6f3;border-left:6px solid #1b4332;padding:.5rem 1rem}
</style>
</head>
<body>
<header>
<p><a href="/">Terug naar het overzicht</a></p>
<h1>Maak je eigen post</h1>
<p class="privacy">Alles wat je hier typt, blijft op dit apparaat. Er wordt niets verstuurd of bewaard: je afbeelding wordt in je eigen browser gemaakt en gaat alleen naar je downloads.</p>
</header>
<main>
<form id="maker">
<label for="heading">Kop (grote letters)</label>
<input type="text" id="heading" name="heading" maxlength="90" autocomplete="off" value="Samen maken we het online fijner.">
<label for="body">Tekst eronder (mag leeg)</label>
<textarea id="body" name="body" rows="3" maxlength="220" autocomplete="off">Zie je iets gemeens? Steun wie het overkomt.</textarea>
<label for="footer">Onderschrift, bijvoorbeeld je kanaal (mag leeg)</label>
<input type="text" id="footer" name="footer" maxlength="40" autocomplete="off" placeholder="#upstander">
${radios('palette', 'Kleuren', palette)}
${radios('illustration', 'Tekening', art)}
${radios('format', 'Formaat', formats)}
<button type="submit" id="download">Download als PNG</button>
<p id="status" role="status"></p>
</form>
<section aria-labelledby="preview-title">
<h2 id="preview-title">Voorbeeld</h2>
<canvas id="preview" role="img" aria-label="Voorbeeld van je post"></canvas>
<p>Tip: denk aan wie je post leest. Schrijf wat je wél wilt zien, noem geen namen en plaats geen foto's van anderen zonder te vragen.</p>
</section>
</main>
<script src="./card-maker.js"></script>
</body>
</html>
`;
}

/** The page's files: index.html and the bundled card-maker.js. */
export async function cardMakerFiles(): Promise<Map<string, Uint8Array>> {
  const {build} = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./card-maker.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    logLevel: 'silent',
  });
  return new Map([
    ['index.html', new TextEncoder().encode(cardMakerHtml())],
    ['card-maker.js', result.outputFiles[0]!.contents],
  ]);
}

/** Serves the card maker, bundled on the first request. */
export function cardMaker(): (path: string) => Promise<Uint8Array | undefined> {
  let files: Promise<Map<string, Uint8Array>> | undefined;
  return async (path) => {
    files ??= cardMakerFiles();
    return (await files).get(path === '' || path.endsWith('/') ? `${path}index.html` : path);
  };
}
