// textboxes.js lists where a real browser puts the text of journey maps.
//
// browser_test.go inlines it into a page of maps as it does
// browsercheck.js. After the fonts are ready, it writes into
// <pre id="report"> the box of every drawn <text> of each map, in
// document order, in the user space of the map's root <svg>:
//
//   {"userAgent": "...", "maps": [{"name": "...", "texts": 2,
//    "textBoxes": [[x1, y1, x2, y2], ...], "failures": []}]}
//
// The box is getBBox(): from the start of each line to its end, from the
// font's ascent above the baseline to its descent below, over all lines.
'use strict';

(() => {
  const NOT_DRAWN = new Set(['defs', 'marker', 'title', 'desc', 'style']);

  function drawn(el) {
    for (let e = el.parentElement; e; e = e.parentElement) {
      if (NOT_DRAWN.has(e.localName)) return false;
    }
    return true;
  }

  function boxes(host) {
    const svg = host.shadowRoot.querySelector('svg');
    const out = [];
    for (const el of svg.querySelectorAll('text')) {
      if (!drawn(el)) continue;
      const b = el.getBBox();
      const m = svg.getScreenCTM().inverse().multiply(el.getScreenCTM());
      const p = new DOMPoint(b.x, b.y).matrixTransform(m);
      const q = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
      out.push([p.x, p.y, q.x, q.y]);
    }
    return {name: host.dataset.name, texts: out.length, textBoxes: out, failures: [], more: 0};
  }

  async function main() {
    const report = document.getElementById('report');
    try {
      if (document.fonts.status !== 'loaded') await document.fonts.ready;
      const maps = [];
      for (const host of document.querySelectorAll('div.map')) maps.push(boxes(host));
      report.textContent = JSON.stringify({userAgent: navigator.userAgent, maps});
    } catch (e) {
      report.textContent = JSON.stringify({error: String(e && e.stack || e)});
    }
  }

  if (document.readyState === 'complete') main();
  else window.addEventListener('load', main);
})();
