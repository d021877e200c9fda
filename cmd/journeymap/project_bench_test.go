package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchJourneys is how many journeys the project benchmarks render.
const benchJourneys = 1000

// benchProject writes a project of benchJourneys journeys, in ten folders,
// keeping the map, the matrix and the report of each, and returns its
// folder.
func benchProject(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	src, err := os.ReadFile("../../examples/quote-request.yaml")
	if err != nil {
		b.Fatal(err)
	}
	for i := range benchJourneys {
		folder := filepath.Join(dir, "journeys", fmt.Sprintf("team-%d", i%10))
		if err := os.MkdirAll(folder, 0o755); err != nil {
			b.Fatal(err)
		}
		// Each journey its own title, so that no two outputs are alike.
		text := strings.Replace(string(src), "title: ", fmt.Sprintf("title: %d ", i), 1)
		if err := os.WriteFile(filepath.Join(folder, fmt.Sprintf("journey-%d.yaml", i)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	project := "journeys: [journeys/]\noutputs: [svg, matrix, report]\n"
	if err := os.WriteFile(filepath.Join(dir, ".journeymap.yaml"), []byte(project), 0o644); err != nil {
		b.Fatal(err)
	}
	return dir
}

// runProject runs journeymap with args in dir, as a whole command, and
// fails unless it exits 0.
func runProject(b *testing.B, dir string, args ...string) {
	b.Helper()
	var stderr strings.Builder
	b.Chdir(dir)
	if code := run(args, nil, io.Discard, &stderr, testClock()); code != 0 {
		b.Fatalf("journeymap %s exited %d:\n%s", strings.Join(args, " "), code, stderr.String())
	}
}

// BenchmarkProjectRender: render without files writes the map, the
// matrix and the report of 1,000 journeys, from a folder where none
// exists yet. Run with -cpu 2 for the goal of 400 journeys/s.
func BenchmarkProjectRender(b *testing.B) {
	dir := benchProject(b)
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		removeOutputs(b, dir)
		b.StartTimer()
		runProject(b, dir, "render", "-q")
	}
	b.ReportMetric(float64(benchJourneys*b.N)/b.Elapsed().Seconds(), "journeys/s")
}

// BenchmarkProjectCheck: render --check of the same project, all up to
// date; it must be faster than rendering.
func BenchmarkProjectCheck(b *testing.B) {
	dir := benchProject(b)
	runProject(b, dir, "render", "-q")
	b.ResetTimer()
	for b.Loop() {
		runProject(b, dir, "render", "--check", "-q")
	}
	b.ReportMetric(float64(benchJourneys*b.N)/b.Elapsed().Seconds(), "journeys/s")
}

// removeOutputs removes every output below dir, leaving the journeys.
func removeOutputs(b *testing.B, dir string) {
	b.Helper()
	err := filepath.WalkDir(filepath.Join(dir, "journeys"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || isJourneyName(path) {
			return err
		}
		return os.Remove(path)
	})
	if err != nil {
		b.Fatal(err)
	}
}
