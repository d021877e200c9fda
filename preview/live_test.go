package preview

// The live part without a browser: the event streams, slow and many
// clients, files that go and come back, the date moving on, memory over
// many saves, and stopping.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/journeymap/journeymap/internal/sample"
	"github.com/journeymap/journeymap/journey"
)

// stream is a client of an event stream: the versions it heard, latest
// last.
type stream struct {
	resp   *http.Response
	latest atomic.Int64
	ended  chan struct{}
}

// listenTo opens the event stream of the journey with the key ("" for the
// index) and reads it until it ends.
func listenTo(t testing.TB, ts *testServer, key string) *stream {
	t.Helper()
	u := ts.url + "/events"
	if key != "" {
		u += "?j=" + url.QueryEscape(key)
	}
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: %s", u, resp.Status)
	}
	s := &stream{resp: resp, ended: make(chan struct{})}
	s.latest.Store(-1)
	go func() {
		defer close(s.ended)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				n, _ := strconv.Atoi(v)
				s.latest.Store(int64(n))
			}
		}
	}()
	t.Cleanup(func() { resp.Body.Close() })
	return s
}

// key is the page key of a served file.
func (ts *testServer) key(t testing.TB, file string) string {
	t.Helper()
	abs, _ := filepath.Abs(file)
	for _, e := range ts.lib.entries() {
		if e.abs == abs {
			return e.key
		}
	}
	t.Fatalf("%s is not served", file)
	return ""
}

// state fetches the state of a journey's page.
func (ts *testServer) state(t testing.TB, key string) state {
	t.Helper()
	resp, body := ts.get(t, "", journeyURL(key)+"/state.json")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: %s", key, resp.Status)
	}
	var st state
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		t.Fatal(err)
	}
	return st
}

// Many clients, one that never reads, never hold up the watcher or the
// others: every save reaches every reading client.
func TestSlowAndManyClients(t *testing.T) {
	ts, file, key := serveSample(t, 8, true, quick)

	// A client that asks and never reads, with the smallest buffer.
	stuck, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer stuck.Close()
	_ = stuck.(*net.TCPConn).SetReadBuffer(1)
	fmt.Fprintf(stuck, "GET /events?j=%s HTTP/1.1\r\nHost: %s\r\n\r\n", url.QueryEscape(key), ts.addr)

	var streams []*stream
	for range 60 {
		streams = append(streams, listenTo(t, ts, key))
	}
	index := listenTo(t, ts, "")
	for i := range 40 {
		before := ts.versionOf(key)
		writeFile(t, file, sampleWith(8, fmt.Sprintf("Save %d", i)))
		waitFor(t, "the watcher to read the save", func() bool { return ts.versionOf(key) > before })
		waitFor(t, fmt.Sprintf("save %d to reach every client", i), func() bool {
			v := int64(ts.versionOf(key)) // a save may be read twice: as truncated, then written
			for _, s := range streams {
				if s.latest.Load() != v {
					return false
				}
			}
			return true
		})
	}
	waitFor(t, "the index's client", func() bool { return index.latest.Load() == int64(ts.lib.indexVersion()) })
	if n := ts.hub.count(); n != 62 {
		t.Errorf("%d streams open, want 62", n)
	}
}

// Publishing never waits for a client that does not take its events.
func TestPublishNeverBlocks(t *testing.T) {
	h := newHub()
	var ls []*listener
	for range maxStreams {
		l, ok := h.listen("k")
		if !ok {
			t.Fatal("refused a stream below the limit")
		}
		ls = append(ls, l)
	}
	if _, ok := h.listen("k"); ok {
		t.Errorf("a stream beyond the limit of %d was taken", maxStreams)
	}
	done := make(chan struct{})
	go func() {
		for range 10000 {
			h.publish(map[string]bool{"k": true}, true)
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("publishing to listeners that never listen blocked")
	}
	if len(ls[0].bell) != 1 {
		t.Errorf("the bell holds %d rings, want 1", len(ls[0].bell))
	}
}

// A journey named on the command line that is deleted says so on its
// page, which keeps its last map; written again, it is back. A journey
// deleted from a served folder leaves the index, and its open page says
// it is gone.
func TestDeletedJourneys(t *testing.T) {
	ts, file, key := serveSample(t, 5, false, quick)
	v := ts.versionOf(key)
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the deletion", func() bool { return ts.versionOf(key) > v })
	st := ts.state(t, key)
	if !strings.Contains(st.Problems, "no longer exists") || !strings.Contains(st.Problems, "the last one drawn without errors") || st.Map == "" || !st.Stale {
		t.Errorf("a deleted journey's page: problems %q, map %d bytes, stale %v", st.Problems, len(st.Map), st.Stale)
	}
	v = ts.versionOf(key)
	writeFile(t, file, sample.Journey(6))
	waitFor(t, "the journey back", func() bool { return ts.versionOf(key) > v })
	if st := ts.state(t, key); st.Problems != "" || st.Stale || st.Map == "" {
		t.Errorf("a journey written again: problems %q, stale %v", st.Problems, st.Stale)
	}

	folder := filepath.Join(t.TempDir(), "maps")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	inFolder := filepath.Join(folder, "two.yaml")
	writeFile(t, inFolder, sample.Journey(3))
	ts2 := startServer(t, Options{Paths: []string{folder}}, quick)
	key2 := ts2.key(t, inFolder)
	if err := os.Remove(inFolder); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the index to drop the journey", func() bool { return len(ts2.lib.entries()) == 0 })
	if st := ts2.state(t, key2); !strings.Contains(st.Problems, "no longer exists") {
		t.Errorf("the page of a journey deleted from the folder: %q", st.Problems)
	}
	_, index := ts2.get(t, "", "/")
	if strings.Contains(index, "two.yaml") || !strings.Contains(index, "No journeys") {
		t.Errorf("the index after the deletion:\n%s", index)
	}
}

// The deleted journeys remembered for their pages are bounded.
func TestForgottenJourneysAreBounded(t *testing.T) {
	lib := &library{byKey: map[string]*entry{}, gone: map[string]*entry{}}
	for i := range 3 * maxGone {
		lib.forget(&entry{key: strconv.Itoa(i)})
	}
	if len(lib.gone) != maxGone || len(lib.goneAge) != maxGone {
		t.Errorf("%d journeys remembered (%d ages), want %d", len(lib.gone), len(lib.goneAge), maxGone)
	}
	if _, ok := lib.gone[strconv.Itoa(3*maxGone-1)]; !ok {
		t.Error("the last deleted journey was forgotten first")
	}
}

// A server left running past midnight measures overdue improvements
// against the new date.
func TestTheDateMovesOn(t *testing.T) {
	day := func(s string) journey.Date { d, _ := journey.ParseDate(s); return d }
	var today atomic.Value
	today.Store(day("2027-01-30"))
	// The sample's improvements are due 2027-01-31.
	ts, _, key := serveSample(t, 4, false, func(s *Server) {
		s.opts.Today = func() journey.Date { return today.Load().(journey.Date) }
		s.dayCheck = 5 * time.Millisecond
	})
	if st := ts.state(t, key); strings.Contains(st.Problems, "overdue") {
		t.Fatalf("overdue before the due date: %s", st.Problems)
	}
	v := ts.versionOf(key)
	today.Store(day("2027-02-02"))
	waitFor(t, "the journey to be read again", func() bool { return ts.versionOf(key) > v })
	st := ts.state(t, key)
	if !strings.Contains(st.Problems, "is overdue") || !strings.Contains(st.Matrix, "overdue") {
		t.Errorf("after the due date, no overdue improvement: %s", st.Problems)
	}
}

// quick makes a server read the files 1 ms after a change, for tests that
// save many times.
func quick(s *Server) { s.settle, s.settleGone = time.Millisecond, time.Millisecond }

// Memory stays flat over many saves with clients listening: a server
// left running all day holds no more than after its first saves, and
// the goroutines of closed streams end.
func TestSteadyMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("many saves")
	}
	goroutines := runtime.NumGoroutine()
	ts, file, key := serveSample(t, 20, true, quick)
	dir := filepath.Dir(file)
	var streams []*stream
	for range 10 {
		streams = append(streams, listenTo(t, ts, key))
	}
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	save := func(i int) {
		before := ts.versionOf(key)
		src := sampleWith(20, fmt.Sprintf("Save %d", i))
		if i%3 == 0 {
			src = append(src, "oops: [\n"...) // broken every third save
		}
		writeFile(t, file, src)
		// A file that comes and goes beside it.
		other := filepath.Join(dir, fmt.Sprintf("other-%d.yaml", i%7))
		if i%2 == 0 {
			writeFile(t, other, sample.Journey(2))
		} else {
			os.Remove(other)
		}
		waitFor(t, "the save", func() bool { return ts.versionOf(key) > before })
		for _, theme := range []string{"light", "dark", "print"} {
			ts.get(t, "", journeyURL(key)+"/state.json?theme="+theme)
		}
	}
	for i := range 60 {
		save(i)
	}
	early := heap()
	for i := 60; i < 300; i++ {
		save(i)
	}
	late := heap()
	t.Logf("heap after 60 saves: %d KiB; after 300: %d KiB; %d pictures kept", early>>10, late>>10, ts.cache.len())
	if late > early+2<<20 {
		t.Errorf("the heap grew from %d KiB to %d KiB over 240 saves", early>>10, late>>10)
	}
	if ts.cache.len() > cachedPictures {
		t.Errorf("%d pictures kept, more than %d", ts.cache.len(), cachedPictures)
	}
	for _, s := range streams {
		s.resp.Body.Close()
		<-s.ended
	}
	waitFor(t, "the streams to close", func() bool { return ts.hub.count() == 0 })
	http.DefaultClient.CloseIdleConnections()
	testClient.CloseIdleConnections()
	waitFor(t, "the goroutines of the streams to end", func() bool {
		// The server's own: its accept loop and its watcher (2 and fsnotify's).
		return runtime.NumGoroutine() <= goroutines+8
	})
}

// Stopping the server ends the event streams and returns nil.
func TestStopEndsStreams(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "j.yaml"), sample.Journey(3))
	s, err := New(Options{Paths: []string{dir}, List: listForTests})
	if err != nil {
		t.Fatal(err)
	}
	ts, stop := runServer(t, s)
	streams := []*stream{listenTo(t, ts, ""), listenTo(t, ts, "")}
	if err := stop(); err != nil {
		t.Errorf("Serve: %v", err)
	}
	for _, st := range streams {
		select {
		case <-st.ended:
		case <-time.After(5 * time.Second):
			t.Error("an event stream did not end when the server stopped")
		}
	}
}

// TestIncludedCataloguesWatched: a change in a catalogue a journey
// includes, in a folder the preview was not given, draws the journey again.
func TestIncludedCataloguesWatched(t *testing.T) {
	repo := t.TempDir()
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	catalogue := filepath.Join(repo, "shared", "people.yaml")
	if err := os.Mkdir(filepath.Dir(catalogue), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, catalogue, []byte("personas:\n  - {id: sanne, name: \"Sanne, 34\"}\n"))
	file := filepath.Join(repo, "maps", "kitchen.yaml")
	if err := os.Mkdir(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, file, []byte("title: Kitchen\ninclude: [../shared/people.yaml]\npersonas: [sanne]\nphases:\n  - {id: p, name: P, touchpoints: [{id: t, name: T, owner: O, emotion: 1}]}\n"))
	ts := startServer(t, Options{Paths: []string{file}}, quick)
	key := ts.key(t, file)
	if st := ts.state(t, key); st.Problems != "" || !strings.Contains(st.Map, "Sanne, 34") {
		t.Fatalf("the journey: problems %q", st.Problems)
	}
	v := ts.versionOf(key)
	writeFile(t, catalogue, []byte("personas:\n  - {id: sanne, name: \"Sanne, 35\"}\n"))
	waitFor(t, "the catalogue's change", func() bool { return ts.versionOf(key) > v })
	if st := ts.state(t, key); !strings.Contains(st.Map, "Sanne, 35") {
		t.Errorf("the map after the catalogue changed has not the new name")
	}
}

// servedRepo makes a repository with a journey that includes a catalogue
// of personas, both in the served folder, and returns the folder, the
// journey and the catalogue.
func servedRepo(t *testing.T, catalogue string) (dir, file, cat string) {
	t.Helper()
	dir = t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "shared"), 0o755); err != nil {
		t.Fatal(err)
	}
	cat = filepath.Join(dir, "shared", "people.yaml")
	writeFile(t, cat, []byte(catalogue))
	file = filepath.Join(dir, "kitchen.yaml")
	writeFile(t, file, []byte("title: Kitchen\ninclude: [shared/people.yaml]\npersonas: [sanne]\nphases:\n  - {id: p, name: P, touchpoints: [{id: t, name: T, owner: O, emotion: 1}]}\n"))
	return dir, file, cat
}

// A diagnostic inside a catalogue quotes the catalogue's line, not the
// line of the journey with the same number.
func TestCatalogueDiagnosticsQuoteTheCatalogue(t *testing.T) {
	_, file, _ := servedRepo(t, "# people\npersonas:\n  - {id: sanne, name: \"Sanne, 34\", agee: 34}\n")
	ts := startServer(t, Options{Paths: []string{file}}, quick)
	st := ts.state(t, ts.key(t, file))
	if !strings.Contains(st.Problems, "shared/people.yaml:3:") {
		t.Fatalf("no diagnostic in the catalogue:\n%s", st.Problems)
	}
	if !strings.Contains(st.Problems, "<mark>agee") {
		t.Errorf("the catalogue's line is not quoted:\n%s", st.Problems)
	}
	if strings.Contains(st.Problems, "include: [shared/people.yaml]</code></pre></li>\n<li class=\"diagnostic error\"><p><code class=\"at\">shared") ||
		strings.Contains(st.Problems, "personas: [sanne]") {
		t.Errorf("a line of the journey is quoted for the catalogue's diagnostic:\n%s", st.Problems)
	}
}

// A served folder's catalogues are listed as catalogues, with their own
// problems, never as journeys with the error that they have no title or
// phases; a catalogue's page shows its diagnostics and no map.
func TestCataloguesInAServedFolder(t *testing.T) {
	dir, file, cat := servedRepo(t, "personas:\n  - {id: sanne, name: \"Sanne, 34\"}\n")
	ts := startServer(t, Options{Paths: []string{dir}}, quick)
	_, body := ts.get(t, "", "/")
	if strings.Contains(body, "has-errors") {
		t.Errorf("the index shows an error for the catalogue:\n%s", body)
	}
	if !strings.Contains(body, "people.yaml") || !strings.Contains(body, "Catalogue") {
		t.Errorf("the index does not list the catalogue as a catalogue:\n%s", body)
	}
	st := ts.state(t, ts.key(t, cat))
	if st.Problems != "" || st.Map != "" || !strings.Contains(st.NoPicture, "catalogue") {
		t.Errorf("the catalogue's page: problems %q, no picture %q", st.Problems, st.NoPicture)
	}
	if st := ts.state(t, ts.key(t, file)); st.Problems != "" || !strings.Contains(st.Map, "Sanne, 34") {
		t.Errorf("the journey: problems %q", st.Problems)
	}

	v := ts.versionOf(ts.key(t, cat))
	writeFile(t, cat, []byte("personas:\n  - {id: sanne, nam: \"Sanne, 34\"}\n"))
	waitFor(t, "the catalogue's change", func() bool { return ts.versionOf(ts.key(t, cat)) > v })
	st = ts.state(t, ts.key(t, cat))
	if !strings.Contains(st.Problems, "people.yaml:2:") || !strings.Contains(st.Problems, "<mark>nam") {
		t.Errorf("the broken catalogue's page does not point into it:\n%s", st.Problems)
	}
}
