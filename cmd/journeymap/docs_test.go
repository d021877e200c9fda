package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/journeymap/journeymap/interop"
	"github.com/journeymap/journeymap/journey"
	"github.com/journeymap/journeymap/render"
)

// journeyCodes returns the value of every constant of type Code in
// journey/diagnostic.go, read from the source so that a code added there
// is seen here without anyone listing it.
func journeyCodes(t *testing.T) []journey.Code {
	t.Helper()
	file, err := parser.ParseFile(token.NewFileSet(), "../../journey/diagnostic.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var codes []journey.Code
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			if typ, ok := vs.Type.(*ast.Ident); !ok || typ.Name != "Code" {
				continue
			}
			for _, v := range vs.Values {
				lit, ok := v.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					t.Fatalf("journey/diagnostic.go: a Code that is not a string literal: %#v", v)
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				codes = append(codes, journey.Code(s))
			}
		}
	}
	if len(codes) < 20 {
		t.Fatalf("found only %d codes in journey/diagnostic.go: %v", len(codes), codes)
	}
	return codes
}

// cliCodes are the codes journeymap itself reports.
func cliCodes() []journey.Code {
	return []journey.Code{codeIOError, codeInternal, codeStaleMap, codeMissingMap, codeTooManyDiagnostics, codeStaleOutput, codeMissingOutput, codeOrphanOutput}
}

// printCodes are the codes of the PDF and PNG painters.
var printCodes = []journey.Code{render.CodeMissingGlyph, render.CodeSmallPrint, render.CodeScaledDown}

// TestDiagnosticsDocCoversEveryCode: docs/diagnostics.md has a table row
// for every code, those of journey/diagnostic.go and journeymap's own, and
// none for a code that does not exist.
func TestDiagnosticsDocCoversEveryCode(t *testing.T) {
	data, err := os.ReadFile("../../docs/diagnostics.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `([a-z-]+)` \\| (error|warning) \\|")
	documented := map[journey.Code]string{}
	for _, m := range row.FindAllStringSubmatch(string(data), -1) {
		documented[journey.Code(m[1])] = m[2]
	}
	all := append(append(append(journeyCodes(t), cliCodes()...), interop.Codes...), printCodes...)
	for _, c := range all {
		if _, ok := documented[c]; !ok {
			t.Errorf("docs/diagnostics.md has no row | `%s` | error|warning | ...", c)
		}
	}
	for c, sev := range documented {
		if !slices.Contains(all, c) {
			t.Errorf("docs/diagnostics.md documents %q, which is no code", c)
		}
		wantSev := "error"
		if slices.Contains(warningCodes, c) || slices.Contains(interop.WarningCodes, c) {
			wantSev = "warning"
		}
		if c == codeTooManyDiagnostics {
			wantSev = "error" // or a warning when all left out are warnings; the row says error
		}
		if sev != wantSev {
			t.Errorf("docs/diagnostics.md: %s is documented as %s, want %s", c, sev, wantSev)
		}
	}
}
