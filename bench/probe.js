// Injected into every frame of a measured page before any of the page's own scripts
// (CDP Page.addScriptToEvaluateOnNewDocument), by bench/page-load.ts. Plain JavaScript on purpose:
// it is sent to the browser as text, untouched by any compiler.
//
// It tells the benchmark when each document started (performance.timeOrigin, epoch milliseconds) and,
// in the frames it watches, the first animation frame in which an element matching the "ready"
// selector is interactable: visible (checkVisibility, non-empty box), not covered (elementFromPoint at
// its centre, followed into shadow roots, is the element, inside it, or inside one of its labels),
// and enabled (not :disabled, not aria-disabled="true", not inside an inert subtree).
//
// Selector syntax: a comma-separated list of alternatives; in each, `>>>` steps into shadow roots:
// `a >>> b` finds every b inside any a, in its light DOM and in every shadow root below it. The first
// part is looked for everywhere in the document, shadow roots included. `pierce/b` means `>>> b`.
(() => {
  const config = __BENCH_CONFIG__;
  const send = (message) => {
    try {
      window[config.binding](JSON.stringify(message));
    } catch {
      // the binding is missing in this context: nothing to report to
    }
  };
  const url = location.href;
  send({kind: 'document', url, top: window === window.top, timeOrigin: performance.timeOrigin});
  if (url === 'about:blank' || url.startsWith('about:')) return;
  if (config.frame && !url.includes(config.frame)) return;

  /** Splits at `separator` outside brackets, parentheses and quotes. */
  function split(text, separator) {
    const parts = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (depth === 0 && text.startsWith(separator, i)) {
        parts.push(text.slice(start, i));
        start = i + separator.length;
        i += separator.length - 1;
      }
    }
    parts.push(text.slice(start));
    return parts.map((p) => p.trim());
  }

  const alternatives = split(config.ready, ',').map((alternative) => {
    const pierced = alternative.startsWith('pierce/') ? alternative.slice(7) : alternative;
    return split(pierced, '>>>').filter(Boolean);
  });

  /** Every element matching `selector` inside `root` (Document, ShadowRoot or Element), shadow roots included. */
  function deep(root, selector, out) {
    if (root.nodeType === Node.ELEMENT_NODE && root.shadowRoot) deep(root.shadowRoot, selector, out);
    for (const el of root.querySelectorAll(selector)) out.push(el);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deep(el.shadowRoot, selector, out);
    return out;
  }

  function candidates() {
    const found = [];
    for (const parts of alternatives) {
      let scope = [document];
      for (const part of parts) {
        const next = [];
        for (const root of scope) deep(root, part, next);
        scope = next;
        if (scope.length === 0) break;
      }
      for (const el of scope) if (el !== document) found.push(el);
    }
    return found;
  }

  /** Whether `node` is `ancestor` or inside it, across shadow boundaries. */
  function within(node, ancestor) {
    for (let n = node; n; n = n.parentNode || n.host) if (n === ancestor) return true;
    return false;
  }

  function enabled(el) {
    if (el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true') return false;
    for (let n = el; n; n = n.parentNode || n.host) if (n.nodeType === Node.ELEMENT_NODE && n.inert) return false;
    return true;
  }

  let scrolled = false;
  /** 'ready', 'offscreen' (visible but outside the viewport) or false. */
  function interactable(el) {
    if (!el.isConnected || !enabled(el)) return false;
    if (el.checkVisibility && !el.checkVisibility({opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true})) return false;
    const box = el.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return false;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x >= document.documentElement.clientWidth || y >= document.documentElement.clientHeight) return 'offscreen';
    let hit = document.elementFromPoint(x, y);
    while (hit && hit.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    if (!hit) return false;
    if (within(hit, el)) return 'ready';
    for (const label of el.labels || []) if (within(hit, label)) return 'ready';
    return false;
  }

  const describe = (el) =>
    `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;

  function check() {
    let offscreen;
    for (const el of candidates()) {
      const state = interactable(el);
      if (state === 'ready') {
        send({kind: 'ready', url, timeOrigin: performance.timeOrigin, at: performance.timeOrigin + performance.now(), element: describe(el), scrolled});
        return;
      }
      if (state === 'offscreen' && !offscreen) offscreen = el;
    }
    // Visible and enabled but below the fold: scroll it into view once (a pupil would), test it next frame.
    if (offscreen && !scrolled) {
      scrolled = true;
      offscreen.scrollIntoView({block: 'center', inline: 'nearest'});
    }
    requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
})();
