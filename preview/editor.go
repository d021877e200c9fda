package preview

import (
	"net/url"
	"path/filepath"
	"strconv"
)

// An editor opens a file at a line through its URL scheme, from a link in
// the page.
type editor struct {
	name   string // as --editor names it
	label  string // for people: "VS Code"
	scheme string
	style  linkStyle
}

// linkStyle is how an editor's URL scheme names a file and a line.
type linkStyle int

const (
	codeStyle linkStyle = iota // VS Code: scheme://file/PATH:LINE:COLUMN
	ideaStyle                  // JetBrains: scheme://open?file=PATH&line=LINE&column=COLUMN
	txmtStyle                  // TextMate, MacVim: scheme://open?url=file://PATH&line=LINE&column=COLUMN
)

// editors are the editors the page can open a journey in, by the URL
// schemes they register. The table is static data: nothing is made of it
// at start-up.
var editors = [...]editor{
	{"vscode", "VS Code", "vscode", codeStyle},
	{"vscodium", "VSCodium", "vscodium", codeStyle},
	{"cursor", "Cursor", "cursor", codeStyle},
	{"idea", "IntelliJ IDEA", "idea", ideaStyle},
	{"textmate", "TextMate", "txmt", txmtStyle},
	{"macvim", "MacVim", "mvim", txmtStyle},
}

// EditorNames lists the editors the page can open a journey in, for
// --editor.
func EditorNames() []string {
	names := make([]string, len(editors))
	for i, e := range editors {
		names[i] = e.name
	}
	return names
}

// editorNamed returns the editor named name, and false for "" or a name
// it does not know.
func editorNamed(name string) (editor, bool) {
	for _, e := range editors {
		if e.name == name {
			return e, true
		}
	}
	return editor{}, false
}

// link is the URL that opens the file at path (absolute) at line and
// column in the editor.
func (e editor) link(path string, line, col int) string {
	p := filepath.ToSlash(path)
	if p != "" && p[0] != '/' {
		p = "/" + p // C:/maps/x.yaml
	}
	l, c := strconv.Itoa(line), strconv.Itoa(col)
	switch e.style {
	case ideaStyle:
		return e.scheme + "://open?" + url.Values{"file": {path}, "line": {l}, "column": {c}}.Encode()
	case txmtStyle:
		file := (&url.URL{Scheme: "file", Path: p}).String()
		return e.scheme + "://open?" + url.Values{"url": {file}, "line": {l}, "column": {c}}.Encode()
	}
	return (&url.URL{Scheme: e.scheme, Host: "file", Path: p + ":" + l + ":" + c}).String()
}
