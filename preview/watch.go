package preview

import (
	"context"
	"errors"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// changes are what the watcher heard of since it last read the files.
type changes struct {
	files map[string]bool // files written, created, removed or renamed
	scan  bool            // a file or folder came or went: scan the folders
	all   bool            // events were lost, or the date moved on: read everything again
}

// watchLoop reads the journeys again after each burst of changes in the
// watched folders has settled, and tells the pages which changed. It
// waits settle after the last change (settleGone after one that took a
// file away), at most settleAtMost after the first, so that a burst is
// drawn once. It also reads everything again
// when the date that Options.Today gives moves on.
func (s *Server) watchLoop(ctx context.Context, w *fsnotify.Watcher, watched map[string]bool) {
	pending := changes{files: map[string]bool{}}
	var timer *time.Timer
	var fire <-chan time.Time
	var first time.Time
	schedule := func(wait time.Duration) {
		switch {
		case fire == nil:
			first = time.Now()
			timer = time.NewTimer(wait)
			fire = timer.C
		case time.Since(first) < settleAtMost:
			timer.Reset(wait)
		}
	}
	day := time.NewTicker(s.dayCheck)
	defer day.Stop()
	today := s.today()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if ev.Op == fsnotify.Chmod {
				continue // permissions or times: the text is the same
			}
			pending.files[filepath.Clean(ev.Name)] = true
			wait := s.settle
			if ev.Op.Has(fsnotify.Remove) || ev.Op.Has(fsnotify.Rename) {
				// A save by rename takes the file away before it puts the
				// new one in its place: wait longer for that, so that a
				// busy machine does not show the journey gone meanwhile.
				wait = max(wait, s.settleGone)
			}
			if ev.Op.Has(fsnotify.Create) || ev.Op.Has(fsnotify.Remove) || ev.Op.Has(fsnotify.Rename) {
				pending.scan = true
			}
			schedule(wait)
		case err, ok := <-w.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				pending.all, pending.scan = true, true
				schedule(s.settle)
				continue
			}
			s.warn("watching the journeys' folders: %v", err)
		case <-day.C:
			if now := s.today(); now != today {
				today = now
				pending.all = true
				schedule(s.settle)
			}
		case <-fire:
			fire = nil
			if pending.scan || pending.all {
				s.rewatch(w, watched)
			}
			changed, index := s.reload(s.today(), pending.scan || pending.all, pending.all, pending.files)
			if len(changed) > 0 {
				s.rewatch(w, watched) // the catalogues they include may be others now
			}
			s.hub.publish(changed, index)
			pending = changes{files: map[string]bool{}}
		}
	}
}

// rewatch makes the watcher watch the folders of the journeys as they are
// now: new folders are added, and folders that went are dropped.
func (s *Server) rewatch(w *fsnotify.Watcher, watched map[string]bool) {
	want := map[string]bool{}
	for _, dir := range s.lib.watchedFolders() {
		want[dir] = true
		if watched[dir] {
			continue
		}
		if err := w.Add(dir); err != nil {
			s.warn("cannot watch %s: %v; its changes are not shown", shown(dir), err)
			continue
		}
		watched[dir] = true
	}
	for dir := range watched {
		if !want[dir] {
			_ = w.Remove(dir) // gone with its folder, most likely
			delete(watched, dir)
		}
	}
}
