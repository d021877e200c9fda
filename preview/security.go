package preview

import (
	"crypto/sha256"
	"encoding/base64"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/render"
)

// A hostCheck tells which Host headers the server answers: its own
// address, localhost, and when it listens beyond this machine, the
// machine's own names and addresses and the names given with
// --allow-host. A page elsewhere that rebinds its own name to this
// machine's address (DNS rebinding) sends its own name, and is refused.
type hostCheck struct {
	port  string
	names map[string]bool // lower case, without a trailing dot
	wide  bool            // listening on an address other machines reach

	mu      sync.Mutex
	addrs   map[string]bool // the machine's addresses, when wide
	addrsAt time.Time
}

// addrsFor is how long the machine's addresses are taken as known: a
// laptop that changes networks gets new ones.
const addrsFor = 10 * time.Second

// newHostCheck makes the check for a server listening at addr.
func newHostCheck(addr net.Addr, allow []string) *hostCheck {
	host, port, _ := net.SplitHostPort(addr.String())
	h := &hostCheck{port: port, names: map[string]bool{"localhost": true}}
	ip := net.ParseIP(host)
	h.wide = ip == nil || !ip.IsLoopback()
	if ip != nil && !ip.IsUnspecified() {
		h.names[hostName(ip.String())] = true
	}
	if h.wide {
		if name, err := os.Hostname(); err == nil && name != "" {
			h.names[hostName(name)] = true
			if !strings.Contains(name, ".") {
				h.names[hostName(name)+".local"] = true // mDNS, as other machines reach a laptop
			}
		}
	}
	for _, name := range allow {
		h.names[hostName(name)] = true
	}
	return h
}

// hostName is a host name as compared: lower case, without a trailing
// dot or the brackets of an IPv6 address.
func hostName(s string) string {
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	return strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
}

// allowed reports whether a request with this Host header is for this
// server: a name or address it answers to, and its port.
func (h *hostCheck) allowed(hostport string) bool {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = hostport, "80" // no port: HTTP's own
	}
	if host == "" || port != h.port {
		return false
	}
	host = hostName(host)
	if h.names[host] {
		return true
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return false
	}
	// An address, unlike a name, cannot be rebound: this machine's own
	// are safe to answer.
	return ip.IsLoopback() || h.wide && h.ownAddress(ip)
}

// ownAddress reports whether ip is an address of this machine now.
func (h *hostCheck) ownAddress(ip net.IP) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.addrs == nil || time.Since(h.addrsAt) > addrsFor {
		h.addrs, h.addrsAt = map[string]bool{}, time.Now()
		if addrs, err := net.InterfaceAddrs(); err == nil {
			for _, a := range addrs {
				if n, ok := a.(*net.IPNet); ok {
					h.addrs[n.IP.String()] = true
				}
			}
		}
	}
	return h.addrs[ip.String()]
}

// IsLoopback reports whether addr is an address only this machine can
// reach.
func IsLoopback(addr net.Addr) bool {
	host, _, err := net.SplitHostPort(addr.String())
	ip := net.ParseIP(host)
	return err == nil && ip != nil && ip.IsLoopback()
}

// contentSecurityPolicy is the policy of every response: scripts and
// style sheets from this server only, no inline script at all, and the
// inline style sheets of the maps and matrices allowed by their hashes
// alone; data from this server only; no frames, forms, plugins or base
// URL. Every sink of HTML in the page goes through the one Trusted Types
// policy of page.js.
func contentSecurityPolicy(opts render.Options) string {
	var hashes []string
	seen := map[string]bool{}
	add := func(text string) {
		sum := sha256.Sum256([]byte(text))
		h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
		if !seen[h] {
			seen[h] = true
			hashes = append(hashes, h)
		}
	}
	for _, name := range render.ThemeNames() {
		theme, _ := render.ThemeNamed(name)
		// With the compared journeys, and without them for a map they
		// cannot be drawn over (see firstDraw).
		for _, compare := range [][]*journey.Journey{opts.Compare, nil} {
			m, matrix := render.StyleTexts(render.Options{Theme: theme, Compare: compare})
			add(m)
			add(matrix)
		}
		for n := 2; n <= journey.MaxPersonas; n++ {
			add(render.PersonasStyleText(render.Options{Theme: theme}, n))
		}
	}
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self' " + strings.Join(hashes, " "),
		"img-src 'self'",
		"connect-src 'self'",
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'none'",
		"require-trusted-types-for 'script'",
		"trusted-types journeymap",
	}, "; ")
}

// secure sets the headers every response carries.
func secure(h http.Header, csp string) {
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
}
