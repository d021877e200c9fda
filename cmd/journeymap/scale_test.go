package main

// Rendering a large folder: BenchmarkRenderFolder measures journeys per
// second (run it with -cpu 1,2 to see it grow with cores), and
// TestScaleRenderFolder checks that a folder of many journeys comes out
// whole and the same whatever the number of cores.

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/internal/sample"
)

// writeScaleFolder writes n journeys of 10 to 60 touchpoints into dir, a
// hundred to a subfolder, as group-NN/journey-NNNN.yaml.
func writeScaleFolder(tb testing.TB, dir string, n int) {
	tb.Helper()
	for i := range n {
		name := filepath.Join(dir, fmt.Sprintf("group-%02d", i/100), fmt.Sprintf("journey-%04d.yaml", i))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(name, sample.Journey(10+i%51), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkRenderFolder renders a folder of 1,000 journeys into an empty
// output folder, so that every map is drawn and written (an unchanged map
// would not be rewritten), as `journeymap render DIR -o OUT` does.
func BenchmarkRenderFolder(b *testing.B) {
	const journeys = 1000
	in := filepath.Join(b.TempDir(), "journeys")
	writeScaleFolder(b, in, journeys)
	outs := b.TempDir()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out := filepath.Join(outs, strconv.Itoa(i))
		var stderr bytes.Buffer
		if code := run([]string{"render", "-q", in, "-o", out}, nil, io.Discard, &stderr, testClock()); code != 0 {
			b.Fatalf("journeymap render: exit %d\n%s", code, stderr.String())
		}
		b.StopTimer()
		if err := os.RemoveAll(out); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(journeys*b.N)/b.Elapsed().Seconds(), "journeys/s")
}

// TestScaleRenderFolder renders 200 journeys in subfolders on one core and
// on several, and checks that every map is written where it belongs, that
// both runs wrote the same bytes, and that a second run rewrites nothing.
func TestScaleRenderFolder(t *testing.T) {
	const journeys = 200
	in := filepath.Join(t.TempDir(), "journeys")
	writeScaleFolder(t, in, journeys)
	out := t.TempDir()
	procs := []int{1, max(2, runtime.NumCPU())}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	render := func(dir string) string {
		t.Helper()
		var stderr bytes.Buffer
		if code := run([]string{"render", in, "-o", dir}, nil, io.Discard, &stderr, testClock()); code != 0 {
			t.Fatalf("journeymap render %s -o %s: exit %d\n%s", in, dir, code, stderr.String())
		}
		return strings.TrimSpace(stderr.String())
	}
	var first map[string][]byte
	for _, n := range procs {
		runtime.GOMAXPROCS(n)
		dir := filepath.Join(out, fmt.Sprintf("procs-%d", n))
		if got, want := render(dir), fmt.Sprintf("%d maps written", journeys); got != want {
			t.Errorf("GOMAXPROCS=%d: render says %q, want %q", n, got, want)
		}
		if got, want := render(dir), fmt.Sprintf("%d maps unchanged", journeys); got != want {
			t.Errorf("GOMAXPROCS=%d, again: render says %q, want %q", n, got, want)
		}
		maps := readTree(t, dir)
		if len(maps) != journeys {
			t.Errorf("GOMAXPROCS=%d: %d files written, want %d", n, len(maps), journeys)
		}
		for i := range journeys {
			name := fmt.Sprintf("group-%02d/journey-%04d.svg", i/100, i)
			if len(maps[name]) == 0 {
				t.Errorf("GOMAXPROCS=%d: no map %s", n, name)
			}
		}
		if first == nil {
			first = maps
			continue
		}
		for name, data := range maps {
			if !bytes.Equal(data, first[name]) {
				t.Errorf("%s differs between GOMAXPROCS=%d and GOMAXPROCS=%d", name, procs[0], n)
			}
		}
	}
}

// readTree returns the files below dir by their slash-separated names.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
