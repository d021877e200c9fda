// browsercheck.js checks the layout of journey maps in a real browser.
//
// browser_test.go inlines it into a page that holds each map's SVG in the
// shadow root of a <div class="map" data-name="...">, so that one map's
// <style> and ids cannot leak into another. After the page has loaded and
// its fonts are ready, this script measures every map and writes a JSON
// report into <pre id="report">:
//
//   {"userAgent": "...", "maps": [{"name": "...", "boxes": 3, "texts": 5,
//    "cards": 2, "elements": 12, "failures": ["..."], "more": 0}]}
//
// or {"error": "..."} when the script itself fails. All boxes are compared
// in the user space of the map's root <svg>, whatever transforms lie
// between: an element's getBBox() is mapped through
// svg.getScreenCTM()^-1 · element.getScreenCTM().
//
// The checks, the contract the renderer follows:
//   - the root is <svg class="journey-map ..." width=W height=H
//     viewBox="0 0 W H">;
//   - a box is a <g> whose first element child is a <rect> and that has
//     <text> children; each such text lies inside that rect;
//   - the rects of <g class="touchpoint"> cards do not overlap (touching
//     is fine);
//   - no text overlaps another text (touching is fine);
//   - every drawn element lies within [0,W]x[0,H];
//   - at least one text inside a box was checked (a check of nothing fails).
'use strict';

(() => {
  const TOLERANCE = 0.5; // px, in the svg's user space
  const MAX_FAILURES = 100; // per map; the rest are only counted

  // Elements whose content is not drawn where it stands.
  const NOT_DRAWN = new Set([
    'defs', 'clipPath', 'mask', 'marker', 'pattern', 'symbol',
    'linearGradient', 'radialGradient', 'filter', 'title', 'desc',
    'metadata', 'style', 'script',
  ]);
  // Containers: their children are checked instead.
  const CONTAINERS = new Set(['svg', 'g', 'a', 'switch']);

  const round = (v) => Math.round(v * 100) / 100;

  function fmtBox(b) {
    return `(x=${round(b.x1)}, y=${round(b.y1)}, w=${round(b.x2 - b.x1)}, h=${round(b.y2 - b.y1)})`;
  }

  // describe names an element the way a selector would: g.touchpoint.
  function describe(el) {
    let s = el.localName;
    if (el.id) s += '#' + el.id;
    for (const c of el.classList) s += '.' + c;
    return s;
  }

  // where names an element with its ancestors up to the svg root.
  function where(el) {
    const parts = [];
    for (let e = el; e && e.localName !== 'svg'; e = e.parentElement) {
      parts.unshift(describe(e));
    }
    return parts.join(' > ') || describe(el);
  }

  // snippet returns el's text, shortened, with its lines (<tspan>s)
  // apart.
  function snippet(el) {
    const parts = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const p = n.parentElement.localName;
      if (p !== 'title' && p !== 'desc' && p !== 'style') parts.push(n.data);
    }
    const s = parts.join(' ').replace(/\s+/g, ' ').trim();
    return s.length > 40 ? s.slice(0, 39) + '…' : s;
  }

  function quoted(el) {
    const s = snippet(el);
    return s ? ` "${s}"` : '';
  }

  // userBox returns el's bounding box in the user space of svg, as
  // {x1, y1, x2, y2}.
  function userBox(svg, el) {
    const b = el.getBBox();
    const toUser = svg.getScreenCTM().inverse().multiply(el.getScreenCTM());
    const xs = [];
    const ys = [];
    for (const [x, y] of [[b.x, b.y], [b.x + b.width, b.y],
      [b.x, b.y + b.height], [b.x + b.width, b.y + b.height]]) {
      const p = new DOMPoint(x, y).matrixTransform(toUser);
      xs.push(p.x);
      ys.push(p.y);
    }
    return {
      x1: Math.min(...xs), y1: Math.min(...ys),
      x2: Math.max(...xs), y2: Math.max(...ys),
    };
  }

  // overflow lists by how much inner sticks out of outer, or '' if it
  // does not (within the tolerance).
  function overflow(inner, outer) {
    const out = [];
    const side = (name, d) => { if (d > TOLERANCE) out.push(`${name} by ${round(d)}px`); };
    side('left', outer.x1 - inner.x1);
    side('top', outer.y1 - inner.y1);
    side('right', inner.x2 - outer.x2);
    side('bottom', inner.y2 - outer.y2);
    return out.join(', ');
  }

  function hidden(el) {
    return getComputedStyle(el).display === 'none';
  }

  // drawn reports whether el is rendered where it stands: not hidden and
  // not inside <defs>, a <marker> and the like.
  function drawn(el) {
    for (let e = el; e && e.localName !== 'svg'; e = e.parentElement) {
      if (NOT_DRAWN.has(e.localName) || hidden(e)) return false;
    }
    return true;
  }

  function checkMap(host) {
    const res = {
      name: host.dataset.name, boxes: 0, texts: 0, cards: 0, elements: 0,
      failures: [], more: 0,
    };
    const fail = (msg) => {
      if (res.failures.length < MAX_FAILURES) res.failures.push(msg);
      else res.more++;
    };

    const root = host.shadowRoot;
    const svg = root && root.firstElementChild;
    if (!svg || svg.localName !== 'svg') {
      fail('no <svg> root element: is the file an SVG?');
      return res;
    }
    if (!svg.classList.contains('journey-map')) {
      fail(`root <svg> lacks class "journey-map" (class="${svg.getAttribute('class') || ''}")`);
    }

    // The canvas: viewBox "0 0 W H" matching width and height.
    const wAttr = parseFloat(svg.getAttribute('width'));
    const hAttr = parseFloat(svg.getAttribute('height'));
    const vbAttr = svg.getAttribute('viewBox');
    let W = wAttr;
    let H = hAttr;
    if (!(W > 0 && H > 0)) {
      fail(`root <svg> needs width and height in px, has width="${svg.getAttribute('width')}" height="${svg.getAttribute('height')}"`);
    }
    if (vbAttr === null) {
      fail('root <svg> has no viewBox');
    } else {
      const vb = svg.viewBox.baseVal;
      if (vb.x !== 0 || vb.y !== 0 || Math.abs(vb.width - wAttr) > TOLERANCE ||
          Math.abs(vb.height - hAttr) > TOLERANCE) {
        fail(`root <svg> viewBox="${vbAttr}" is not "0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}"`);
      }
      if (!(W > 0 && H > 0)) {
        W = vb.x + vb.width;
        H = vb.y + vb.height;
      }
    }
    if (!svg.getScreenCTM()) {
      fail('root <svg> is not rendered (display: none?)');
      return res;
    }
    const canvas = {x1: 0, y1: 0, x2: W, y2: H};

    // Every drawn element lies on the canvas.
    const walk = (el) => {
      if (NOT_DRAWN.has(el.localName) || hidden(el)) return;
      if (CONTAINERS.has(el.localName)) {
        for (const child of el.children) walk(child);
        return;
      }
      if (!(el instanceof SVGGraphicsElement)) return;
      if (el.localName === 'text' && !snippet(el)) return; // empty
      res.elements++;
      const b = userBox(svg, el);
      const off = overflow(b, canvas);
      if (off) {
        fail(`${where(el)}${quoted(el)} lies outside the canvas ${fmtBox(canvas)}: ${off}; its box ${fmtBox(b)}`);
      }
    };
    for (const child of svg.children) walk(child);

    // Boxes: every direct text child lies inside the group's first rect.
    for (const g of root.querySelectorAll('g')) {
      const rect = g.firstElementChild;
      if (!rect || rect.localName !== 'rect' || !drawn(g)) continue;
      const texts = [...g.children].filter(
        (c) => c.localName === 'text' && snippet(c) && !hidden(c));
      if (texts.length === 0) continue;
      res.boxes++;
      const rb = userBox(svg, rect);
      for (const text of texts) {
        res.texts++;
        const tb = userBox(svg, text);
        const off = overflow(tb, rb);
        if (off) {
          fail(`text overflows its box: ${where(text)}${quoted(text)} sticks out ${off}; text ${fmtBox(tb)}, rect ${fmtBox(rb)}`);
        }
      }
    }

    // Touchpoint cards do not overlap.
    const cards = [];
    for (const g of root.querySelectorAll('g.touchpoint')) {
      if (!drawn(g)) continue;
      const rect = g.firstElementChild;
      if (!rect || rect.localName !== 'rect') {
        fail(`touchpoint card ${where(g)}${quoted(g)} has no <rect> as its first child`);
        continue;
      }
      cards.push({g, box: userBox(svg, rect)});
    }
    res.cards = cards.length;
    for (let i = 0; i < cards.length; i++) {
      for (let j = i + 1; j < cards.length; j++) {
        const a = cards[i].box;
        const b = cards[j].box;
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (dx > TOLERANCE && dy > TOLERANCE) {
          fail(`touchpoint cards overlap by ${round(dx)}x${round(dy)}px: ${where(cards[i].g)}${quoted(cards[i].g)} ${fmtBox(a)} and ${where(cards[j].g)}${quoted(cards[j].g)} ${fmtBox(b)}`);
        }
      }
    }

    // No text lies over another.
    const all = [];
    for (const t of root.querySelectorAll('text')) {
      if (drawn(t) && snippet(t)) all.push({t, box: userBox(svg, t)});
    }
    all.sort((a, b) => a.box.x1 - b.box.x1);
    for (let i = 0; i < all.length; i++) {
      const a = all[i].box;
      for (let j = i + 1; j < all.length && all[j].box.x1 < a.x2 - TOLERANCE; j++) {
        const b = all[j].box;
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (dx > TOLERANCE && dy > TOLERANCE) {
          fail(`texts overlap by ${round(dx)}x${round(dy)}px: ${where(all[i].t)}${quoted(all[i].t)} ${fmtBox(a)} and ${where(all[j].t)}${quoted(all[j].t)} ${fmtBox(b)}`);
        }
      }
    }

    if (res.texts === 0) {
      fail('no text inside a box was checked: the map has no <g> with a <rect> first and <text> children');
    }
    return res;
  }

  async function main() {
    const report = document.getElementById('report');
    try {
      if (document.fonts.status !== 'loaded') await document.fonts.ready;
      const maps = [];
      for (const host of document.querySelectorAll('div.map')) {
        try {
          maps.push(checkMap(host));
        } catch (e) {
          maps.push({
            name: host.dataset.name, boxes: 0, texts: 0, cards: 0, elements: 0,
            failures: [`the checker failed: ${e && e.stack || e}`], more: 0,
          });
        }
      }
      report.textContent = JSON.stringify({userAgent: navigator.userAgent, maps});
    } catch (e) {
      report.textContent = JSON.stringify({error: String(e && e.stack || e)});
    }
  }

  if (document.readyState === 'complete') main();
  else window.addEventListener('load', main);
})();
