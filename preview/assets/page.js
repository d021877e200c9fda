// page.js: the page of journeymap serve.
//
// The server tells the page, through Server-Sent Events, the version of
// its journey (or of the index) whenever it changes; the page then fetches
// the parts that change and puts them in place, without reloading: the
// scroll position, the zoom, the view and the theme stay. A burst of
// versions is fetched once. The page also switches the theme (t) and the
// view (m), zooms (+, -, 0, 1), and tells where a clicked touchpoint is
// written, or opens it in the editor.
//
// Every piece of HTML it puts in the page comes from the server, made by
// its templates with the journey's text escaped, and goes through the one
// Trusted Types policy below, which the page's Content-Security-Policy
// requires.
'use strict';

(() => {
  const policy = window.trustedTypes
    ? window.trustedTypes.createPolicy('journeymap', { createHTML: (s) => s })
    : { createHTML: (s) => s };
  const setHTML = (el, html) => {
    el.innerHTML = policy.createHTML(html);
  };

  const root = document.documentElement;
  const body = document.body;
  const journeyPage = body.classList.contains('journey-page');
  const themeButtons = [...document.querySelectorAll('[data-set-theme]')];
  const themes = themeButtons.map((b) => b.dataset.setTheme);
  const params = new URLSearchParams(location.search);

  // The URL keeps the theme, the zoom and the view, so that a reload
  // shows the same.
  function remember() {
    const q = new URLSearchParams();
    q.set('theme', root.dataset.theme);
    if (journeyPage && zoomSetting !== null) q.set('zoom', String(zoomSetting));
    history.replaceState(null, '', `${location.pathname}?${q}${location.hash}`);
  }

  // painted tells tests and benchmarks that a version is on the screen:
  // after the next frame has been drawn.
  function painted(version) {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        root.dataset.painted = String(version);
        window.dispatchEvent(new CustomEvent('journeymap:painted', { detail: version }));
      };
      channel.port2.postMessage(null);
    });
  }

  // follow keeps the page at the version the server tells: refresh
  // fetches and shows the latest, and returns the version it showed.
  // Versions that come while one is fetched are fetched once, after.
  function follow(refresh) {
    let shown = Number(body.dataset.version);
    let told = shown;
    let busy = false;
    let again = false;
    async function update() {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        do {
          again = false;
          shown = await refresh();
        } while (again || told > shown);
      } catch (err) {
        offline.hidden = false;
      } finally {
        busy = false;
      }
    }
    const offline = document.getElementById('offline');
    const events = new EventSource(body.dataset.events);
    events.addEventListener('version', (e) => {
      offline.hidden = true;
      told = Number(e.data);
      if (told !== shown) update();
    });
    events.addEventListener('error', () => {
      offline.hidden = false; // EventSource tries again by itself
    });
    window.addEventListener('pagehide', () => events.close());
    return update;
  }

  async function fetchJSON(url) {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  // Themes.
  let refreshNow = () => {};
  function setTheme(name) {
    root.dataset.theme = name;
    for (const b of themeButtons) b.setAttribute('aria-pressed', String(b.dataset.setTheme === name));
    remember();
    refreshNow();
  }
  function cycleTheme(step) {
    const i = themes.indexOf(root.dataset.theme);
    setTheme(themes[(i + step + themes.length) % themes.length]);
  }
  for (const b of themeButtons) b.addEventListener('click', () => setTheme(b.dataset.setTheme));

  // Keys. Ignored while typing, and with a modifier: those are the
  // browser's.
  const keys = {};
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (e.target.closest && e.target.closest('input, textarea, select, [contenteditable]')) return;
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  });
  keys.t = () => cycleTheme(1);
  keys.T = () => cycleTheme(-1);

  // Links between the index and the journeys keep the theme.
  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('.journeys a, a.back');
    if (a) a.search = `?theme=${encodeURIComponent(root.dataset.theme)}`;
  });

  if (!journeyPage) {
    // The index: its rows follow the journeys.
    const rows = document.getElementById('rows');
    follow(async () => {
      const st = await fetchJSON(body.dataset.state);
      setHTML(rows, st.rows);
      painted(st.version);
      return st.version;
    });
    painted(Number(body.dataset.version));
    return;
  }

  // A journey's page.
  const head = document.getElementById('head');
  const problems = document.getElementById('problems');
  const report = document.getElementById('report');
  const download = document.getElementById('download');
  const info = document.getElementById('touchpoint');
  const views = {
    map: { panel: document.getElementById('view-map'), host: document.getElementById('map-host'), file: 'map.svg' },
    matrix: { panel: document.getElementById('view-matrix'), host: document.getElementById('matrix-host'), file: 'matrix.svg' },
    report: { panel: document.getElementById('view-report'), file: 'report.md' },
  };
  const viewNames = Object.keys(views);
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  let current = 'map';
  let touchpoints = JSON.parse(body.dataset.touchpoints || '[]');
  let reportHTML = report.innerHTML;
  for (const v of Object.values(views)) {
    if (v.host) v.svg = v.host.shadowRoot.querySelector('.svg');
  }
  const pictureOf = (v) => v.svg.querySelector('svg');

  // Views.
  function showView(name) {
    current = name;
    for (const t of tabs) t.setAttribute('aria-selected', String(t.dataset.view === name));
    for (const [n, v] of Object.entries(views)) v.panel.hidden = n !== name;
    const v = views[name];
    if (v.latest !== undefined) {
      if (v.host) setPicture(v, v.latest);
      else setReport(v.latest);
    }
    history.replaceState(null, '', `${location.pathname}${location.search}#${name}`);
    updateDownload();
    applyZoom();
  }
  for (const t of tabs) t.addEventListener('click', () => showView(t.dataset.view));
  keys.m = () => showView(viewNames[(viewNames.indexOf(current) + 1) % viewNames.length]);
  keys.M = () => showView(viewNames[(viewNames.indexOf(current) + viewNames.length - 1) % viewNames.length]);

  function updateDownload() {
    const base = body.dataset.state.replace(/state\.json$/, '');
    download.href = `${base}${views[current].file}?theme=${encodeURIComponent(root.dataset.theme)}`;
    const none = current === 'report' ? !reportHTML.trim() : !pictureOf(views[current]);
    download.setAttribute('aria-disabled', String(none));
  }

  // Zoom: one setting for the map and the matrix, a number or "fit"
  // (the width of the window, at most actual size), kept in the URL. The
  // point in the middle of the view stays in the middle.
  let zoomSetting = params.get('zoom');
  if (zoomSetting !== 'fit' && !(Number(zoomSetting) > 0)) zoomSetting = null;
  const zoomLabel = document.querySelector('.zoom-level');
  // The room the views have, measured when the window changes rather
  // than at each update: reading it would make the browser lay out the
  // page before it has the whole update.
  let room = views.map.panel.clientWidth - 40;
  new ResizeObserver(() => {
    const shown = views[current].panel;
    room = shown.clientWidth - 40;
    applyZoom(false);
  }).observe(document.querySelector('main'));
  function zoomOf(v) {
    const svg = pictureOf(v);
    if (!svg) return 1;
    const width = svg.width.baseVal.value || 1;
    if (zoomSetting === null) return Math.min(1, Math.max(0.5, room / width));
    if (zoomSetting === 'fit') return Math.min(1, room / width);
    return Number(zoomSetting);
  }
  function applyZoom(keepCentre) {
    const v = views[current];
    for (const b of document.querySelectorAll('[data-zoom]')) b.disabled = !v.host;
    if (!v.host) {
      zoomLabel.textContent = '—';
      return;
    }
    const box = v.host.shadowRoot.querySelector('.zoom-box');
    const z = zoomOf(v);
    zoomLabel.textContent = `${Math.round(z * 100)}%`;
    if (box.style.zoom === String(z)) return;
    const p = v.panel;
    const cx = keepCentre && (p.scrollLeft + p.clientWidth / 2) / Math.max(1, p.scrollWidth);
    const cy = keepCentre && (p.scrollTop + p.clientHeight / 2) / Math.max(1, p.scrollHeight);
    box.style.zoom = String(z);
    if (keepCentre) {
      p.scrollLeft = cx * p.scrollWidth - p.clientWidth / 2;
      p.scrollTop = cy * p.scrollHeight - p.clientHeight / 2;
    }
  }
  function zoomBy(factor) {
    if (!views[current].host) return;
    const z = zoomOf(views[current]) * factor;
    zoomSetting = Math.round(Math.min(4, Math.max(0.05, z)) * 100) / 100;
    remember();
    applyZoom(true);
  }
  function zoomTo(setting) {
    if (!views[current].host) return;
    zoomSetting = setting;
    remember();
    applyZoom(true);
  }
  const zoomActs = { in: () => zoomBy(1.25), out: () => zoomBy(0.8), fit: () => zoomTo('fit'), actual: () => zoomTo(1) };
  for (const b of document.querySelectorAll('[data-zoom]')) b.addEventListener('click', zoomActs[b.dataset.zoom]);
  keys['+'] = zoomActs.in;
  keys['='] = zoomActs.in;
  keys['-'] = zoomActs.out;
  keys['0'] = zoomActs.fit;
  keys['1'] = zoomActs.actual;

  // The touchpoint clicked: where it is written, and the editor's link.
  // Cards are the map's <g class="touchpoint">, in journey order, as
  // the touchpoints are listed; a map whose cards do not match the list
  // one for one is not mapped.
  let selected = -1;
  const selection = views.map.host.shadowRoot.querySelector('.selection');
  function cards() {
    return [...views.map.svg.querySelectorAll('g.touchpoint')];
  }
  function showTouchpoint(i, open) {
    const all = cards();
    const tp = touchpoints[i];
    if (!tp || all.length !== touchpoints.length) {
      hideTouchpoint();
      return;
    }
    selected = i;
    info.querySelector('.tp-name').textContent = tp.name;
    info.querySelector('.tp-at').textContent = body.dataset.writtenAt.replace('%s', tp.at);
    const link = info.querySelector('.tp-open');
    link.hidden = !tp.link;
    if (tp.link) {
      link.href = tp.link;
      link.textContent = body.dataset.openIn;
    } else {
      link.removeAttribute('href');
    }
    info.hidden = false;
    const card = all[i];
    const box = card.getBBox();
    const m = card.getCTM();
    const pad = 4;
    selection.style.left = `${box.x + m.e - pad}px`;
    selection.style.top = `${box.y + m.f - pad}px`;
    selection.style.width = `${box.width + 2 * pad}px`;
    selection.style.height = `${box.height + 2 * pad}px`;
    selection.hidden = false;
    if (open && tp.link) link.click();
  }
  function hideTouchpoint() {
    selected = -1;
    info.hidden = true;
    selection.hidden = true;
  }
  views.map.host.shadowRoot.addEventListener('click', (e) => {
    const card = e.target.closest && e.target.closest('g.touchpoint');
    if (!card) {
      hideTouchpoint();
      return;
    }
    showTouchpoint(cards().indexOf(card), true);
  });
  info.querySelector('.tp-close').addEventListener('click', hideTouchpoint);
  keys.Escape = hideTouchpoint;

  // An update: the parts of the page that change, from the server. A
  // view that is not shown is brought up to date when it is.
  // The server sends no picture for a journey that has none now (its file
  // went away with the index); one already shown stays, dimmed.
  function setPicture(v, svg) {
    if (svg === '' && pictureOf(v)) return;
    v.latest = svg;
    if (v.panel.hidden || v.shown === svg) return;
    v.shown = svg;
    setHTML(v.svg, svg);
    v.panel.querySelector('.no-picture').hidden = svg !== '';
  }
  function setReport(html) {
    if (html === '' && reportHTML.trim()) return;
    views.report.latest = html;
    if (views.report.panel.hidden || html === reportHTML) return;
    reportHTML = html;
    setHTML(report, html);
    views.report.panel.querySelector('.no-picture').hidden = html !== '';
  }
  function apply(st) {
    if (st.lang !== root.lang) {
      location.reload(); // the journey changed its language: the page's own words too
      return;
    }
    document.title = `${st.title} · journeymap`;
    setHTML(head, st.head);
    setHTML(problems, st.problems);
    for (const v of Object.values(views)) {
      v.panel.classList.toggle('stale', st.stale);
      v.panel.querySelector('.no-picture').textContent = st.noPicture;
    }
    setPicture(views.map, st.map);
    setPicture(views.matrix, st.matrix);
    setReport(st.report);
    touchpoints = JSON.parse(st.touchpoints);
    body.dataset.version = String(st.version);
    applyZoom(false);
    updateDownload();
    if (selected >= 0 && current === 'map') requestAnimationFrame(() => showTouchpoint(selected, false));
  }
  views.map.shown = null;
  views.matrix.shown = null;
  const update = follow(async () => {
    const st = await fetchJSON(`${body.dataset.state}?theme=${encodeURIComponent(root.dataset.theme)}`);
    apply(st);
    painted(st.version);
    return st.version;
  });
  refreshNow = update;

  const first = location.hash.slice(1);
  showView(viewNames.includes(first) ? first : 'map');
  painted(Number(body.dataset.version));
})();
