// Package preview is the live preview of journeymap serve: an HTTP server
// on the consultant's own machine that shows each journey's map, its
// action-priority matrix and its report in a web page, and redraws them
// in the open pages whenever a journey file is saved.
//
// A watcher on the journeys' folders (fsnotify) reads a file again after
// a burst of changes has settled, parses it, and draws it once; the pages
// hear of it through Server-Sent Events and fetch what changed. While a
// file has errors, its page keeps the last map drawn without errors,
// dimmed, under every diagnostic with its source line quoted.
//
// The server is built for a laptop in a client's network: it answers only
// requests that name its own address in their Host header (no DNS
// rebinding), serves nothing but the journeys it was given and the pages
// made from them (never a file by the path in a URL), sends a strict
// Content-Security-Policy that allows the maps' style sheets by hash, and
// keeps every journey's text as escaped data in the page. One slow client
// never holds up the watcher or another client.
//
// Like render and report, the package knows nothing of flags: the command
// line (cmd/journeymap) fills in Options.
package preview
