package preview

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log"
	"net"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/journey/vocab"
	"github.com/journeymap/journeymap/render"
	"github.com/yuin/goldmark"
)

// Options tune a Server. Paths and List are required.
type Options struct {
	// Paths are the journeys to serve, as named on the command line:
	// files, and folders that stand for every journey List finds below
	// them. Each must exist when the server is made.
	Paths []string
	// List returns the journey files below a folder, in order, and the
	// problems met (a folder that cannot be read): the same rule
	// journeymap validate follows. Files whose links lead out of the
	// folder are left out of what it returns.
	List func(dir string) ([]string, []error)
	// Theme is the theme pages open in; nil for the default.
	Theme *render.Theme
	// Compare holds valid journeys whose emotion curves are drawn over
	// every map, as with journeymap render --compare; they are read once.
	Compare []*journey.Journey
	// Today returns the date that overdue improvements and review dates
	// are measured against; it is asked again at each redraw, so that a
	// server left running past midnight moves on. Nil measures nothing.
	Today func() journey.Date
	// Lang is the language of the pages' own words; "" speaks each
	// journey's own language, and on the index the one its journeys
	// share, else English.
	Lang vocab.Lang
	// DefaultLang is the language of the diagnostics of a file whose lang
	// cannot be read (one that is no YAML), and of the pages of such
	// files: the reader's. English when empty.
	DefaultLang vocab.Lang
	// Editor names the editor (see EditorNames) a touchpoint's card opens
	// at the touchpoint's line; "" only shows where it is written.
	Editor string
	// AllowHosts are more names the server answers to when it listens
	// beyond this machine (see hostCheck).
	AllowHosts []string
	// Log receives warnings: folders that cannot be read or watched. Nil
	// discards them.
	Log io.Writer
}

const (
	// settle is how long the watcher waits after a change for the next
	// one before it reads the files again: an editor's save is several
	// changes (write a new file, rename it over the old), and a burst
	// of saves is drawn once.
	settle = 15 * time.Millisecond
	// settleGone is how long the watcher waits after a file went away
	// (removed, or renamed), for the file that takes its place.
	settleGone = 100 * time.Millisecond
	// settleAtMost bounds the wait when changes keep coming.
	settleAtMost = 250 * time.Millisecond
	// cachedPictures is how many maps, matrices and reports are kept
	// drawn: the journeys being edited, in the themes being looked at.
	cachedPictures = 48
	// shutdownWait is how long a stopping server waits for requests in
	// progress.
	shutdownWait = 5 * time.Second
)

// Server serves the live preview of a set of journeys. Make one with New
// and run it with Serve.
type Server struct {
	opts       Options
	theme      *render.Theme
	editor     *editor
	lib        *library
	hub        *hub
	cache      *drawCache
	pages      *template.Template
	markdown   goldmark.Markdown
	assets     map[string]asset
	csp        string
	hosts      *hostCheck    // of the address Serve listens on
	settle     time.Duration // see the constants settle and settleGone
	settleGone time.Duration
	// dayCheck is how often the watcher asks whether the date moved on.
	dayCheck time.Duration

	logMu  sync.Mutex
	logged map[string]bool
}

// New makes a server for the journeys of opts. It reads nothing yet: Serve
// does.
func New(opts Options) (*Server, error) {
	if opts.List == nil {
		return nil, errors.New("preview: Options.List is required")
	}
	if len(opts.Paths) == 0 {
		return nil, errors.New("preview: no journeys to serve")
	}
	if len(opts.Compare) > render.MaxCompared {
		return nil, fmt.Errorf("preview: at most %d journeys to compare with, not %d", render.MaxCompared, len(opts.Compare))
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	s := &Server{opts: opts, theme: opts.Theme, hub: newHub(), cache: newDrawCache(cachedPictures),
		settle: settle, settleGone: settleGone, dayCheck: time.Minute, logged: map[string]bool{}, markdown: newMarkdown()}
	if s.theme == nil {
		s.theme, _ = render.ThemeNamed(render.ThemeNames()[0])
	}
	if opts.Editor != "" {
		e, ok := editorNamed(opts.Editor)
		if !ok {
			return nil, fmt.Errorf("preview: unknown editor %q", opts.Editor)
		}
		s.editor = &e
	}
	var err error
	if s.lib, err = newLibrary(opts.Paths); err != nil {
		return nil, err
	}
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	s.assets = makeAssets()
	s.csp = contentSecurityPolicy(render.Options{Compare: opts.Compare})
	return s, nil
}

// Serve reads the journeys, watches their folders, and answers HTTP
// requests on ln until ctx is done; then it ends the pages' event streams
// and the requests in progress, and returns nil. It returns an error when
// it cannot watch or serve.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	s.hosts = newHostCheck(ln.Addr(), s.opts.AllowHosts)
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("cannot watch the journeys' folders: %w", err)
	}
	defer w.Close()
	watched := map[string]bool{}
	s.rewatch(w, watched)
	s.reload(s.today(), true, true, nil)
	s.rewatch(w, watched) // and the folders of the catalogues they include

	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(s.opts.Log, "journeymap: ", 0),
	}
	watchCtx, stopWatching := context.WithCancel(ctx)
	var watching sync.WaitGroup
	watching.Go(func() { s.watchLoop(watchCtx, w, watched) })
	defer func() {
		stopWatching()
		watching.Wait()
	}()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	s.hub.close()
	stop, cancel := context.WithTimeout(context.Background(), shutdownWait)
	defer cancel()
	if err := srv.Shutdown(stop); err != nil {
		srv.Close()
	}
	return nil
}

// today is the date of Options.Today, or none.
func (s *Server) today() journey.Date {
	if s.opts.Today == nil {
		return journey.Date{}
	}
	return s.opts.Today()
}

// warn prints a warning once.
func (s *Server) warn(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	s.logMu.Lock()
	defer s.logMu.Unlock()
	if s.logged[msg] || len(s.logged) > 1000 {
		return
	}
	s.logged[msg] = true
	fmt.Fprintf(s.opts.Log, "journeymap: warning: %s\n", msg)
}

// reload scans the folders when scan is set, and reads the journeys whose files (absolute
// paths) changed on disk, the new ones, and with all every one; it draws
// again those whose bytes changed, or with all every one. It returns
// the keys of the journeys whose version changed, and whether the index
// did.
func (s *Server) reload(today journey.Date, scan, all bool, files map[string]bool) (map[string]bool, bool) {
	var added, removed []*entry
	if scan {
		found, problems := s.lib.scan(s.opts.List)
		for _, p := range problems {
			s.warn("%v", p)
		}
		added, removed = s.lib.update(found)
	}
	isNew := map[*entry]bool{}
	for _, e := range added {
		isNew[e] = true
	}
	var todo []*entry
	forced := map[*entry]bool{} // a catalogue it includes changed: its bytes did not
	for _, e := range s.lib.entries() {
		if all || isNew[e] || files[e.abs] || files[e.real] {
			todo = append(todo, e)
			continue
		}
		if snap := e.snap.Load(); snap != nil && slices.ContainsFunc(snap.includes, func(f string) bool { return files[f] }) {
			todo = append(todo, e)
			forced[e] = true
		}
	}
	// As many files are read at once as there are cores.
	read := make([]bool, len(todo))
	cores := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, e := range todo {
		wg.Go(func() {
			cores <- struct{}{}
			read[i] = s.read(e, today, all || forced[e]) != nil
			<-cores
		})
	}
	wg.Wait()
	changed := map[string]bool{}
	for i, e := range todo {
		if read[i] {
			changed[e.key] = true
		}
	}
	for _, e := range removed {
		prev := e.snap.Load()
		// Its drawings are let go: only its open pages need it, and they
		// keep what they show.
		gone := &snapshot{gone: true, version: 1}
		if prev != nil {
			gone.version, gone.lang, gone.title = prev.version+1, prev.lang, prev.title
		}
		e.snap.Store(gone)
		changed[e.key] = true
	}
	index := len(added) > 0 || len(removed) > 0
	if len(changed) > 0 && !index {
		s.lib.bump()
		index = true
	}
	return changed, index
}

// versionOf is the version of the journey with the key, 0 when there is
// none.
func (s *Server) versionOf(key string) int {
	if e := s.lib.lookup(key); e != nil {
		if snap := e.snap.Load(); snap != nil {
			return snap.version
		}
	}
	return 0
}

// Listen listens on addr (HOST:PORT). With next, when the port is taken,
// it tries the ports after it, up to 100 of them.
func Listen(addr string, next bool) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err == nil || !next {
		return ln, err
	}
	host, port, splitErr := net.SplitHostPort(addr)
	p, convErr := strconv.Atoi(port)
	if splitErr != nil || convErr != nil || p == 0 {
		return nil, err
	}
	for try := p + 1; try <= min(p+100, 65535); try++ {
		if ln, tryErr := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(try))); tryErr == nil {
			return ln, nil
		}
	}
	return nil, err
}
