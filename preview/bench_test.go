package preview

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/journeymap/journeymap/journey"
)

// BenchmarkSaveToPaint measures the time from a save of a journey to the
// page showing it, repainted, in headless Chromium: the watcher's wait for
// the burst to settle, reading, parsing and drawing the journey, the event
// to the page, its fetch of the new map, matrix and report, and the
// browser laying out and painting them. It reports the median and the
// 95th percentile, for internal/sample journeys of 10 and 56 touchpoints
// and of the most the limits allow:
//
//	go test ./preview -run '^$' -bench SaveToPaint -benchtime 50x
func BenchmarkSaveToPaint(b *testing.B) {
	for _, n := range []int{10, 56, journey.MaxTouchpoints} {
		b.Run(fmt.Sprintf("touchpoints=%d", n), func(b *testing.B) {
			file := filepath.Join(b.TempDir(), "journey.yaml")
			writeFile(b, file, sampleWith(n, "Save 0"))
			ts := startServer(b, Options{Paths: []string{file}})
			p := openPage(b, ts, "/")
			var took []time.Duration
			for i := 1; b.Loop(); i++ {
				js[bool](p, `(window.__jm.next = new Promise((resolve) =>
					addEventListener('journeymap:painted', (e) => resolve(e.detail), {once: true}))) && true`)
				start := time.Now()
				writeFile(b, file, sampleWith(n, fmt.Sprintf("Save %d", i)))
				if _, err := chromedp.Run(p.ctx, chromedp.Evaluate[int](`window.__jm.next`, chromedp.EvalAwaitPromise)); err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(start))
			}
			slices.Sort(took)
			ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
			b.ReportMetric(ms(took[len(took)/2]), "ms-median")
			b.ReportMetric(ms(took[(len(took)*95+99)/100-1]), "ms-p95")
			b.ReportMetric(0, "ns/op")
		})
	}
}
