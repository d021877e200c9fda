package preview

import (
	"fmt"
	"net/http"
	"sync"
	"time"
)

const (
	// maxStreams bounds the event streams open at once: pages beyond it
	// are told to come back later, and memory stays bounded.
	maxStreams = 256
	// streamWriteTimeout is how long one write to a stream may take
	// before its client is given up as stuck.
	streamWriteTimeout = 10 * time.Second
	// pingEvery is how often a quiet stream gets a comment, so that a
	// client that went away without closing is noticed.
	pingEvery = 20 * time.Second
	// retryAfter is how soon a page tries again after losing its stream,
	// in milliseconds.
	retryAfter = 1000
)

// A hub tells the pages that listen which journeys changed. Publishing
// never waits for a client: each listener has a doorbell that holds one
// ring, and the listener's own goroutine, when it wakes, sends the
// version it finds then. A slow client thus misses nothing but the
// versions between (which it would redraw over anyway), and never holds
// up the watcher or another client.
type hub struct {
	mu        sync.Mutex
	listeners map[*listener]struct{}
	closed    bool
	done      chan struct{} // closed when the server stops: streams end
}

// A listener is one page's event stream: for one journey (key), or for
// the index (key "").
type listener struct {
	key  string
	bell chan struct{}
}

func newHub() *hub {
	return &hub{listeners: map[*listener]struct{}{}, done: make(chan struct{})}
}

// listen adds a listener for key; false when there are too many, or the
// hub is closed.
func (h *hub) listen(key string) (*listener, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed || len(h.listeners) >= maxStreams {
		return nil, false
	}
	l := &listener{key: key, bell: make(chan struct{}, 1)}
	h.listeners[l] = struct{}{}
	return l, true
}

func (h *hub) leave(l *listener) {
	h.mu.Lock()
	delete(h.listeners, l)
	h.mu.Unlock()
}

// count is the number of open streams.
func (h *hub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.listeners)
}

// publish rings the listeners of the journeys with the keys, and with
// index those of the index. It never blocks.
func (h *hub) publish(keys map[string]bool, index bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for l := range h.listeners {
		if (l.key == "" && index) || (l.key != "" && keys[l.key]) {
			select {
			case l.bell <- struct{}{}:
			default: // rung already; it will send the latest version
			}
		}
	}
}

// close ends every stream, for the server's shutdown.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		close(h.done)
	}
}

// serveEvents streams, as Server-Sent Events, the version of one journey
// (?j=KEY) or of the index: one "version" event on connecting and one
// after each change, the latest version only.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Query().Get("j")
	version := s.lib.indexVersion
	if key != "" {
		if s.lib.lookup(key) == nil {
			http.NotFound(w, r)
			return
		}
		version = func() int { return s.versionOf(key) }
	}
	l, ok := s.hub.listen(key)
	if !ok {
		w.Header().Set("Retry-After", "5")
		http.Error(w, "too many pages are open; try again later", http.StatusServiceUnavailable)
		return
	}
	defer s.hub.leave(l)

	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	send := func(format string, args ...any) bool {
		_ = rc.SetWriteDeadline(time.Now().Add(streamWriteTimeout))
		if _, err := fmt.Fprintf(w, format, args...); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	sent := version()
	if !send("retry: %d\n\nevent: version\ndata: %d\n\n", retryAfter, sent) {
		return
	}
	ping := time.NewTicker(pingEvery)
	defer ping.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.hub.done:
			return
		case <-ping.C:
			if !send(": ping\n\n") {
				return
			}
		case <-l.bell:
			if v := version(); v != sent {
				sent = v
				if !send("event: version\ndata: %d\n\n", v) {
					return
				}
			}
		}
	}
}
