package hyphen

import (
	"strings"
	"testing"
)

// hyphenated shows word with a '-' at every place Hyphenate returns.
func hyphenated(p *Patterns, word string) string {
	var b strings.Builder
	last := 0
	for _, i := range p.Hyphenate(nil, word) {
		b.WriteString(word[last:i])
		b.WriteByte('-')
		last = i
	}
	b.WriteString(word[last:])
	return b.String()
}

func TestHyphenate(t *testing.T) {
	tests := []struct {
		lang string
		p    *Patterns
		word string
		want string
	}{
		// English: at least two letters before a hyphen, three after.
		{"en-us", English(), "about", "about"},
		{"en-us", English(), "hyphenation", "hy-phen-ation"},
		{"en-us", English(), "Instagram", "In-sta-gram"},
		{"en-us", English(), "satisfaction", "sat-is-fac-tion"},
		{"en-us", English(), "Pneumonoultramicroscopicsilicovolcanoconiosis",
			"Pneu-mo-noul-tra-mi-cro-scop-ic-sil-i-co-vol-canoco-nio-sis"},
		{"en-us", English(), "delivery", "de-liv-ery"},
		{"en-us", English(), "a", "a"},
		{"en-us", English(), "", ""},
		// The exception list: "present" and "table" are not what the
		// patterns alone would give.
		{"en-us", English(), "present", "present"},
		{"en-us", English(), "table", "ta-ble"},
		{"en-us", English(), "Associate", "As-so-ciate"},
		{"en-us", English(), "reciprocity", "reci-procity"},
		// Dutch: at least two letters on either side.
		{"nl", Dutch(), "onderzoekresultaten", "on-der-zoek-re-sul-ta-ten"},
		{"nl", Dutch(), "klanttevredenheidsonderzoek", "klant-te-vre-den-heids-on-der-zoek"},
		{"nl", Dutch(), "arbeidsongeschiktheidsverzekering", "ar-beids-on-ge-schikt-heids-ver-ze-ke-ring"},
		{"nl", Dutch(), "tevredenheid", "te-vre-den-heid"},
		{"nl", Dutch(), "café", "ca-fé"},
		{"nl", Dutch(), "ideeën", "idee-ën"},
		{"nl", Dutch(), "KLANTEN", "KLAN-TEN"},
		// Exceptions: "rechts-taal", not "recht-staal".
		{"nl", Dutch(), "rechtstaal", "rechts-taal"},
		{"nl", Dutch(), "herenen", "her-e-nen"},
		// Letters the patterns do not know are left alone.
		{"nl", Dutch(), "ВОДОНЕПРОНИЦАЕМОСТЬ", "ВОДОНЕПРОНИЦАЕМОСТЬ"},
		{"en-us", English(), "日本語", "日本語"},
	}
	for _, tt := range tests {
		if got := hyphenated(tt.p, tt.word); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.lang, got, tt.want)
		}
	}
}

// The hyphenmins are read from the header of each pattern file.
func TestMinLetters(t *testing.T) {
	for _, tt := range []struct {
		name        string
		p           *Patterns
		left, right int
	}{
		{"en-us", English(), 2, 3},
		{"nl", Dutch(), 2, 2},
	} {
		if left, right := tt.p.leftMin, tt.p.rightMin; left != tt.left || right != tt.right {
			t.Errorf("%s: hyphenmins %d, %d, want %d, %d", tt.name, left, right, tt.left, tt.right)
		}
	}
}

// Every pattern and exception of the files is read.
func TestParse(t *testing.T) {
	for _, tt := range []struct {
		name                 string
		src                  string
		patterns, exceptions int
	}{
		{"en-us", enUS, 4938, 14},
		{"nl", nl, 12724, 40},
	} {
		p := parse(tt.src)
		patterns := 0
		for _, slot := range p.table {
			if slot != 0 {
				patterns++
			}
		}
		if patterns != tt.patterns || len(p.exceptions) != tt.exceptions {
			t.Errorf("%s: %d patterns and %d exceptions, want %d and %d",
				tt.name, patterns, len(p.exceptions), tt.patterns, tt.exceptions)
		}
	}
}

// A word too long to hyphenate is left whole.
func TestHyphenateLongWord(t *testing.T) {
	word := strings.Repeat("onderzoek", 40)
	if got := Dutch().Hyphenate(nil, word); len(got) != 0 {
		t.Errorf("%d places in a %d-byte word", len(got), len(word))
	}
	word = strings.Repeat("onderzoek", 28)
	if got := Dutch().Hyphenate(nil, word); len(got) == 0 {
		t.Errorf("no place in a %d-byte word", len(word))
	}
}

// The cost of the first use, which a program that hyphenates pays once.
func BenchmarkParse(b *testing.B) {
	for _, tt := range []struct{ name, src string }{{"en-us", enUS}, {"nl", nl}} {
		b.Run(tt.name, func(b *testing.B) {
			for b.Loop() {
				parse(tt.src)
			}
		})
	}
}

func BenchmarkHyphenate(b *testing.B) {
	p := Dutch()
	var dst []int
	for b.Loop() {
		dst = p.Hyphenate(dst[:0], "klanttevredenheidsonderzoek")
	}
}
