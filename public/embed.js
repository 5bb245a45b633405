/*! Atelier embed loader, protocol 1. Paste on a shop's page:
 *    <script src="https://atelier.example/embed.js" defer></script>
 *    <atelier-configurator shop="https://atelier.example"></atelier-configurator>
 *  No dependencies, nothing fetched before the element nears the viewport. See the README's
 *  "Embedding" section for attributes, events and commands. */
(() => {
  'use strict';
  const TAG = 'atelier-configurator';
  if (!window.customElements || customElements.get(TAG)) return;

  const PROTOCOL = 1;
  // The theming properties the app reads (style/main.css); the host sets them on the element.
  const VARS = ['bg', 'surface', 'text', 'muted', 'accent', 'accent-contrast', 'border', 'focus',
    'error', 'radius', 'font', 'font-display', 'stage', 'logo', 'logo-width'];
  // Why each sandbox token is allowed:
  //  allow-scripts      the configurator is a WebAssembly app;
  //  allow-same-origin  the frame keeps the jeweler's own origin (never the shop's), so it can call
  //                     its API and keep drafts and a waiting brief in its storage; without it the
  //                     origin is opaque and both fail;
  //  allow-forms        the brief is a <form>: without it the browser does not even fire submit;
  //  allow-popups, allow-popups-to-escape-sandbox
  //                     the privacy notice opens in a new tab as an ordinary page;
  //  allow-downloads    "download a picture of the ring".
  // Not allowed: top navigation (the frame can never take the shop's page away), modals, pointer
  // lock, presentation.
  const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-popups ' +
    'allow-popups-to-escape-sandbox allow-downloads';
  // How near (px) the element must come to the viewport before anything is fetched.
  const NEAR = '400px 0px';
  // After this long without `ready`, the visitor is offered the plain link as well.
  const SLOW_MS = 20000;
  const here = document.currentScript && document.currentScript.src;
  // The languages Atelier speaks (the messages check holds this list to core's).
  const LANGS = ['en', 'de', 'fr', 'it', 'es', 'ja', 'ar'];
  // The loader's words in English, as in locales/en/embed.ftl (the messages check holds them
  // equal); built in, so a notice says something when the server cannot be reached.
  const ENGLISH = {
    'embed-loading': 'The ring designer opens here.',
    'embed-no-shop': 'This ring designer is missing its shop address.',
    'embed-unreachable': 'The ring designer cannot be reached right now.',
    'embed-refused': 'The ring designer cannot open inside this page: { $name } has not enabled it for { $host }.',
    'embed-refused-unnamed': 'The ring designer cannot open inside this page: the jeweler has not enabled it for { $host }.',
    'embed-open': 'Open the ring designer',
    'embed-open-shop': "Design your ring on { $name }'s site",
    'embed-slow': 'Taking long?',
    'embed-frame-title': 'Ring designer',
  };

  const CSS = ':host{display:block;position:relative}' +
    'iframe{display:block;width:100%;height:var(--atelier-embed-height,720px);border:0;' +
    'overflow:hidden;color-scheme:normal}' +
    '.box{box-sizing:border-box;min-height:var(--atelier-embed-height,720px);display:flex;' +
    'flex-direction:column;align-items:center;justify-content:center;gap:.5rem;padding:1.5rem;' +
    'text-align:center;font:inherit;color:inherit;' +
    'border:1px solid var(--atelier-border,#ddd7cd);border-radius:var(--atelier-radius,12px);' +
    'background:var(--atelier-surface,transparent)}' +
    '.box[hidden]{display:none}.note{min-height:0}.note p:first-child{font-weight:600}.box p{margin:0;max-width:36rem}' +
    '.box a{color:var(--atelier-accent,#7a5a1c);font-weight:600}' +
    '.hint{margin:.5rem 0 0;text-align:center}';

  /** An element made of text only: nothing the server or the page says is parsed as HTML. */
  const el = (name, attrs, ...children) => {
    const node = document.createElement(name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    node.append(...children);
    return node;
  };

  /** The first of these language tags Atelier speaks (`en-XA` is the test pseudo-language). */
  const pick = (tags) => {
    for (const tag of tags) {
      if (typeof tag !== 'string') continue;
      if (/^en[-_]xa$/i.test(tag)) return 'en-XA';
      const primary = tag.split(/[-_]/)[0].toLowerCase();
      if (LANGS.includes(primary)) return primary;
    }
    return 'en';
  };

  /** The `key = value` lines of an embed.ftl file (its messages are one line each). */
  const parse = (text) => {
    const words = {};
    for (const line of text.split('\n')) {
      const m = /^(embed-[a-z0-9-]+)\s*=\s*(.*?)\s*$/.exec(line);
      if (m) words[m[1]] = m[2];
    }
    return words;
  };

  class AtelierConfigurator extends HTMLElement {
    static get observedAttributes() { return ['theme', 'style', 'class']; }

    constructor() {
      super();
      this._root = this.attachShadow({ mode: 'open' });
      this._frame = null;
      this._ready = false;
      this._queue = [];
      this._onMessage = this._onMessage.bind(this);
      this._words = ENGLISH;
      this._lang = 'en';
    }

    /** The language the visitor reads: the `locale` attribute, else the browser's, else English. */
    get language() {
      return pick([this.getAttribute('locale'), ...(navigator.languages || [navigator.language])]);
    }

    /** One message with its `{ $name }` arguments filled in, English when the file lacks it. */
    _say(key, args) {
      const text = this._words[key] || ENGLISH[key];
      // Isolated, so a shop's Latin name or address keeps its order inside Arabic text.
      const rtl = this._lang === 'ar';
      return text.replace(/\{ *\$([a-z]+) *\}/g, (_, name) =>
        rtl ? '\u2068' + String(args[name]) + '\u2069' : String(args[name]));
    }

    /** Fetches the visitor's words from the jeweler's server; keeps English when that fails. */
    async _load(origin) {
      const lang = this.language;
      if (lang === 'en' || !origin) return;
      try {
        const r = await fetch(origin + '/locales/' + lang + '/embed.ftl', { credentials: 'omit', mode: 'cors' });
        if (!r.ok) return;
        this._words = parse(await r.text());
        this._lang = lang;
      } catch (_) { /* English, built in */ }
    }

    /** Marks an element as written in the language of the words it shows. */
    _mark(node) {
      node.setAttribute('lang', this._lang);
      node.setAttribute('dir', this._lang === 'ar' ? 'rtl' : 'ltr');
      return node;
    }

    /** The jeweler's server (with a shop's path): the `shop` attribute, else where this script came from. */
    get shop() {
      const own = this.getAttribute('shop');
      try {
        const url = new URL(own || here);
        return url.origin + url.pathname.replace(own ? /\/+$/ : /\/[^/]*$/, '');
      } catch (_) { return ''; }
    }

    /** The plain link to the configurator, with the start design if any. */
    get link() {
      const d = this.getAttribute('start-design');
      return this.shop + '/' + (d ? '?d=' + encodeURIComponent(d) : '');
    }

    connectedCallback() {
      if (this._started) return;
      // Another language's words come only as the element nears the viewport, so the placeholder
      // says nothing rather than English.
      const own = this.getAttribute('loading-text');
      this._root.replaceChildren(el('style', {}, CSS), this._box = el('div', { class: 'box', part: 'placeholder' },
        el('p', {}, own || (this.language === 'en' ? this._say('embed-loading', {}) : ''))));
      // The shop's own words are in the shop page's language, whatever the visitor reads.
      if (!own) this._mark(this._box);
      if (!('IntersectionObserver' in window)) return this._start();
      this._io = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) this._start();
      }, { rootMargin: NEAR });
      this._io.observe(this);
    }

    disconnectedCallback() {
      if (this._io) this._io.disconnect();
      window.removeEventListener('message', this._onMessage);
      clearTimeout(this._slow);
    }

    attributeChangedCallback() {
      if (this._ready) this._theme();
    }

    /** Shows the design with this share code (what `?d=` holds in a share link). */
    setDesign(code) { this._send({ type: 'set-design', design: String(code) }); }

    /** Opens a step: metal, stone, cut, setting, band, size, engraving or brief. */
    openStep(step) { this._send({ type: 'open-step', step: String(step) }); }

    async _start() {
      if (this._started) return;
      this._started = true;
      if (this._io) this._io.disconnect();
      performance.mark('atelier:embed-visible');
      const shop = this.shop;
      if (!shop) return this._notice(this._say('embed-no-shop', {}));
      // A frame the server's CSP refuses is blank and silent, so ask first and say so plainly;
      // a closed shop answers { error } in its own words.
      const check = async () => {
        try {
          const r = await fetch(shop + '/api/embed/check?origin=' + encodeURIComponent(location.origin),
            { credentials: 'omit', mode: 'cors' });
          return await r.json();
        } catch (_) { /* unreachable: said below */ }
        return null;
      };
      const origin = this._origin = shop.replace(/^(\w+:\/\/[^/]+).*/, '$1'); // no path
      const [answer] = await Promise.all([check(), this._load(origin)]);
      if (!answer) return this._notice(this._say('embed-unreachable', {}));
      if (answer.error) return this._notice(String(answer.error.message));
      if (!answer.allowed) {
        const host = location.host;
        const name = typeof answer.shop === 'string' && answer.shop ? answer.shop : null;
        return this._notice(name ? this._say('embed-refused', { name, host })
          : this._say('embed-refused-unnamed', { host }), name);
      }
      this._mount(shop);
    }

    _mount(shop) {
      const q = new URLSearchParams({ embed: '1', parent: location.origin });
      for (const [attr, key] of [['start-design', 'd'], ['theme', 'theme'], ['locale', 'locale']]) {
        const v = this.getAttribute(attr);
        if (v) q.set(key, v);
      }
      const frame = this._frame = el('iframe', {
        src: shop + '/?' + q,
        title: this.getAttribute('label') || this._say('embed-frame-title', {}),
        sandbox: SANDBOX,
        allow: 'clipboard-write',
        // The frame is always as tall as its content, so it never needs a scrollbar of its own.
        scrolling: 'no',
        part: 'frame',
      });
      window.addEventListener('message', this._onMessage);
      // The app's own poster shows at once, then the live ring.
      this._box.hidden = true;
      this._root.append(frame);
      this._slow = setTimeout(() => {
        if (!this._ready) {
          this._root.append(this._mark(el('p', { class: 'hint', part: 'hint' }, this._say('embed-slow', {}), ' ',
            el('a', { href: this.link, target: '_blank', rel: 'noopener' }, this._say('embed-open', {})))));
        }
      }, SLOW_MS);
    }

    _notice(text, name) {
      this._box.setAttribute('role', 'note');
      this._box.classList.add('note');
      this._mark(this._box);
      this._box.replaceChildren(el('p', {}, text),
        el('p', {}, el('a', { href: this.link, target: '_blank', rel: 'noopener' },
          name ? this._say('embed-open-shop', { name }) : this._say('embed-open', {}))));
      this._emit('unavailable', { reason: text });
    }

    _onMessage(event) {
      // Only the jeweler's origin, and only our own frame (not another frame of that origin).
      if (event.origin !== this._origin || !this._frame || event.source !== this._frame.contentWindow) return;
      const m = event.data;
      if (!m || m.atelier !== PROTOCOL || typeof m.type !== 'string') return;
      const height = Math.ceil(Number(m.height));
      if (height > 0 && height < 100000) this._frame.style.height = height + 'px';
      switch (m.type) {
        case 'ready':
          this._ready = true;
          clearTimeout(this._slow);
          this._theme();
          this._queue.splice(0).forEach((c) => this._send(c));
          return this._emit('ready', { design: m.design, link: m.link, summary: m.summary, step: m.step });
        case 'resize':
          return this._emit('resize', { height });
        case 'design-changed':
          return this._emit('design-changed', { design: m.design, link: m.link, summary: m.summary });
        case 'brief-submitted':
          // The reference only: personal data never reaches the host page.
          return this._emit('brief-submitted', { reference: String(m.reference) });
        case 'error':
          return this._emit('error', { message: String(m.message) });
      }
    }

    _send(command) {
      if (!this._ready) return void this._queue.push(command);
      this._frame.contentWindow.postMessage({ atelier: PROTOCOL, ...command }, this._origin);
    }

    /** Sends the `--atelier-*` properties the page set on this element, and the colour scheme. */
    _theme() {
      const style = getComputedStyle(this);
      const vars = {};
      for (const name of VARS) {
        const value = style.getPropertyValue('--atelier-' + name).trim();
        if (value) vars['--atelier-' + name] = value;
      }
      const scheme = this.getAttribute('theme');
      this._send({ type: 'theme', vars, scheme: scheme === 'light' || scheme === 'dark' ? scheme : null });
    }

    _emit(type, detail) {
      this.dispatchEvent(new CustomEvent('atelier:' + type, { detail, bubbles: true, composed: true }));
    }
  }

  customElements.define(TAG, AtelierConfigurator);
})();
