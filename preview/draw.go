package preview

import (
	"bytes"
	"container/list"
	"crypto/sha256"
	"fmt"
	"io"
	"sync"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/render"
	"github.com/journeymap/journeymap/report"
)

// A drawing is a version of a journey without errors, from which its
// pages are drawn: its map and matrix in each theme, and its report.
type drawing struct {
	version int
	j       *journey.Journey
	diags   journey.Diagnostics // the journey's own, which the report lists
	today   journey.Date        // what the matrix and the report measure overdue against
	compare []*journey.Journey  // the journeys drawn over the map; nil when they cannot be
	notice  string              // why the map is drawn without the compared journeys, if it is
}

// The kinds of picture a drawing gives.
type pictureKind byte

const (
	mapPicture pictureKind = iota
	matrixPicture
	reportPicture // the report as HTML, in no theme
)

// A cacheKey names one picture of one drawing in one theme.
type cacheKey struct {
	d     *drawing
	theme string
	kind  pictureKind
}

// A drawCache keeps the pictures drawn last, at most max of them, so that
// the pages of the journeys being edited are served without drawing them
// again, and a server left running for days holds no more.
type drawCache struct {
	mu    sync.Mutex
	max   int
	items map[cacheKey]*list.Element
	order *list.List // of *cached, the last used first
}

type cached struct {
	key  cacheKey
	data []byte
}

func newDrawCache(max int) *drawCache {
	return &drawCache{max: max, items: map[cacheKey]*list.Element{}, order: list.New()}
}

func (c *drawCache) get(k cacheKey) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[k]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*cached).data, true
	}
	return nil, false
}

func (c *drawCache) put(k cacheKey, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[k]; ok {
		c.order.MoveToFront(el)
		return
	}
	c.items[k] = c.order.PushFront(&cached{key: k, data: data})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*cached).key)
	}
}

// len is the number of pictures kept.
func (c *drawCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// picture returns a picture of d in the theme: drawn now, or earlier and
// kept.
func (s *Server) picture(d *drawing, theme *render.Theme, kind pictureKind) ([]byte, error) {
	k := cacheKey{d: d, theme: theme.Name, kind: kind}
	if kind == reportPicture {
		k.theme = ""
	}
	if data, ok := s.cache.get(k); ok {
		return data, nil
	}
	data, _, err := s.draw(d, theme, kind)
	if err != nil {
		return nil, err
	}
	s.cache.put(k, data)
	return data, nil
}

// draw draws one picture of d, and returns with it what it cut to fit.
// It draws exactly what journeymap render and matrix write, and the
// report of journeymap report as HTML. A panic in drawing becomes an
// error, so that one journey cannot stop the server.
func (s *Server) draw(d *drawing, theme *render.Theme, kind pictureKind) (data []byte, cut journey.Diagnostics, err error) {
	defer func() {
		if v := recover(); v != nil {
			data, cut, err = nil, nil, fmt.Errorf("internal error: %v", v)
		}
	}()
	var b bytes.Buffer
	switch kind {
	case mapPicture:
		cut, err = render.Render(&b, d.j, render.Options{Theme: theme, Compare: d.compare})
	case matrixPicture:
		cut, err = render.RenderMatrix(&b, d.j, render.MatrixOptions{Theme: theme, Today: d.today})
	case reportPicture:
		err = s.reportHTML(&b, d)
	}
	if err != nil {
		return nil, nil, err
	}
	return b.Bytes(), cut, nil
}

// reportMarkdown writes the report of d as journeymap report writes it.
func reportMarkdown(w io.Writer, d *drawing) error {
	return report.Markdown(w, d.j, d.diags, report.Options{Today: d.today})
}

// reportHTML writes the report of d as HTML.
func (s *Server) reportHTML(w io.Writer, d *drawing) error {
	var md bytes.Buffer
	if err := reportMarkdown(&md, d); err != nil {
		return err
	}
	return s.markdownToHTML(w, md.Bytes())
}

// read reads e's file and, when its bytes changed (or force), parses it
// and draws its map and matrix in the server's theme, to know what they
// cut to fit and to have them ready for the first request. It stores
// and returns the new snapshot, or nil when nothing changed.
func (s *Server) read(e *entry, today journey.Date, force bool) *snapshot {
	prev := e.snap.Load()
	next := &snapshot{version: 1}
	if prev != nil {
		next.version, next.good, next.lang, next.title = prev.version+1, prev.good, prev.lang, prev.title
	}
	src, err := readJourney(e.abs)
	switch {
	case isGone(err):
		if prev != nil && prev.gone {
			return nil
		}
		next.gone = true
	case err != nil:
		if prev != nil && prev.readErr != nil && prev.readErr.Error() == err.Error() {
			return nil
		}
		next.readErr = err
	default:
		next.src, next.sum = src, sha256.Sum256(src)
		if !force && prev != nil && prev.readErr == nil && !prev.gone && prev.sum == next.sum {
			return nil
		}
		if prev != nil && prev.sum == next.sum {
			next.includes = prev.includes // until read again below
		}
		jopts := journey.Options{Today: today, Lang: s.opts.Lang, DefaultLang: s.opts.DefaultLang}
		inc, err := journey.NewFileIncluder(shown(e.name), e.name)
		rec := &recorder{sources: map[string][]string{}}
		if err == nil {
			rec.inc = inc
			jopts.Includer = rec // the catalogues it includes, inside its repository
		}
		var j *journey.Journey
		var diags journey.Diagnostics
		if journey.IsCatalogue(src) {
			copts := jopts
			if copts.DefaultLang == "" {
				copts.DefaultLang = jopts.Lang
			}
			diags, next.catalogue = journey.ParseCatalogue(shown(e.name), src, copts)
		}
		if !next.catalogue {
			j, diags = journey.Parse(shown(e.name), src, jopts)
		}
		if inc != nil {
			next.includes = inc.Files()
		}
		next.diags, next.sources = diags, rec.sources
		if l, ok := declaredLang(sourceLines(src)); ok {
			next.lang = l
		}
		if j != nil {
			next.lang, next.title = j.Lang, j.Title
			d := &drawing{version: next.version, j: j, diags: diags, today: today, compare: s.opts.Compare}
			cut, err := s.firstDraw(d)
			if err != nil {
				next.drawErr = err
			} else {
				next.good = d
				next.diags = append(append(journey.Diagnostics(nil), diags...), cut...).Sorted()
			}
		}
	}
	e.snap.Store(next)
	return next
}

// firstDraw draws the map, the matrix and the report of d, at once, in
// the server's theme, keeps them for the pages' first requests, and
// returns what the map and the matrix cut to fit. When the compared
// journeys cannot be drawn over this map (another scale), it draws the
// map without them and says why in d.notice.
func (s *Server) firstDraw(d *drawing) (journey.Diagnostics, error) {
	var pictures [3]struct {
		data []byte
		cut  journey.Diagnostics
		err  error
	}
	var wg sync.WaitGroup
	for _, kind := range []pictureKind{matrixPicture, reportPicture} {
		wg.Go(func() {
			p := &pictures[kind]
			p.data, p.cut, p.err = s.draw(d, s.theme, kind)
		})
	}
	m := &pictures[mapPicture]
	m.data, m.cut, m.err = s.draw(d, s.theme, mapPicture)
	if m.err != nil && len(d.compare) > 0 {
		d.notice, d.compare = m.err.Error(), nil
		m.data, m.cut, m.err = s.draw(d, s.theme, mapPicture)
	}
	wg.Wait()
	var cut journey.Diagnostics
	for kind, p := range pictures {
		if p.err != nil {
			return nil, p.err
		}
		k := cacheKey{d: d, theme: s.theme.Name, kind: pictureKind(kind)}
		if k.kind == reportPicture {
			k.theme = ""
		}
		s.cache.put(k, p.data)
		cut = append(cut, p.cut...)
	}
	return cut, nil
}

// A recorder reads the catalogues a journey includes through a
// FileIncluder, and keeps their lines, by the name their diagnostics
// give them, so that the page quotes a catalogue's line for a diagnostic
// inside it.
type recorder struct {
	inc     *journey.FileIncluder
	sources map[string][]string
}

func (r *recorder) Include(from, path string) (journey.Included, error) {
	got, err := r.inc.Include(from, path)
	if err == nil {
		r.sources[got.Name] = sourceLines(got.Src)
	}
	return got, err
}
