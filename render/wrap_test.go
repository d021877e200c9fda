package render

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/journeymap/journeymap/journey"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// checkWrap checks what wrap must always do:
//
//   - every line fits, unless it holds a single grapheme cluster that has a
//     width, too wide on its own;
//   - every line has a width: no blank line starts or ends the text, and
//     one between paragraphs is empty, not a soft hyphen, a zero-width
//     space or a mark;
//   - no line starts or ends with a space, nor with one behind characters
//     of no width ("\u00ad Klant"), and none has two in a row;
//   - a line that ends at a soft hyphen, where its word goes on on the next
//     line, shows a hyphen there;
//   - the lines hold every character of text but white space, in order,
//     with only hyphens added at line ends: for a soft hyphen, or where the
//     patterns of lang allow one in a run of letters. A word of no width
//     (a soft hyphen or a zero-width space between spaces) is white space.
func checkWrap(t *testing.T, m Measurer, text string, size float64, bold bool, width float64, lang journey.Lang, lines []string) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("wrap(%q, %v px, bold %v, width %v, %s) = %q:\n"+format, append([]any{text, size, bold, width, lang, lines}, args...)...)
	}
	if len(lines) > 0 && (lines[0] == "" || lines[len(lines)-1] == "") {
		fail("a blank line at an end")
	}
	for _, l := range lines {
		if !utf8.ValidString(l) {
			fail("line %q is not valid UTF-8", l)
		}
		if l != "" && !(m.Width(l, size, bold) > 0) {
			fail("line %q has no width", l)
		}
		if seen := trimNoWidth(m, l, size, bold); strings.HasPrefix(seen, " ") || strings.HasSuffix(seen, " ") || strings.Contains(l, "  ") {
			fail("line %q: spaces at an end, or two in a row", l)
		}
		if strings.ContainsAny(l, "\n\t\r") {
			fail("line %q holds a break or a tab", l)
		}
		if w := m.Width(l, size, bold); !(w <= width) && !oneCluster(m, l, size, bold) {
			fail("line %q is %v px wide", l, w)
		}
	}
	want := wantRunes(m, text, size, bold)
	i := 0
	for _, l := range lines {
		rs := []rune(l)
		for j, r := range rs {
			atEnd := r == '-' && j == len(rs)-1 && j > 0
			switch {
			case r == ' ':
			case i < len(want) && want[i].r == r:
				i++
			case atEnd && i < len(want) && want[i].r == 0xAD:
				i++ // a soft hyphen where the line breaks
			case atEnd && isHyphenPoint(want, i, lang):
				// A hyphen the patterns allow.
			default:
				fail("line %q: %q where %q was due", l, r, string(want[min(i, len(want)-1)].r))
			}
		}
		if strings.HasSuffix(l, softHyphen) && i < len(want) && !want[i].afterSpace {
			fail("line %q ends at a soft hyphen, and shows no hyphen", l)
		}
	}
	if i != len(want) {
		var lost []rune
		for _, c := range want[i:] {
			lost = append(lost, c.r)
		}
		fail("lost %q", string(lost))
	}
}

// wantRune is a rune of the text that wrap must keep, and whether white
// space came before it.
type wantRune struct {
	r          rune
	afterSpace bool
}

// wantRunes returns the runes of text but its white space, and but its
// words of no width.
func wantRunes(m Measurer, text string, size float64, bold bool) []wantRune {
	var want []wantRune
	space := false
	from := 0 // where the word started in want
	for _, r := range text + " " {
		if unicode.IsSpace(r) && r != 0xA0 && r != 0x2007 && r != 0x202F {
			var word []rune
			for _, w := range want[from:] {
				word = append(word, w.r)
			}
			if len(word) > 0 && m.Width(string(word), size, bold) == 0 {
				want = want[:from]
			}
			from = len(want)
			space = true
			continue
		}
		want = append(want, wantRune{r: r, afterSpace: space})
		space = false
	}
	return want
}

// trimNoWidth returns s without the grapheme clusters of no width at its
// start and end: what is seen of it.
func trimNoWidth(m Measurer, s string, size float64, bold bool) string {
	var clusters []string
	for g := uniseg.NewGraphemes(s); g.Next(); {
		clusters = append(clusters, g.Str())
	}
	for len(clusters) > 0 && m.Width(clusters[0], size, bold) == 0 {
		clusters = clusters[1:]
	}
	for len(clusters) > 0 && m.Width(clusters[len(clusters)-1], size, bold) == 0 {
		clusters = clusters[:len(clusters)-1]
	}
	return strings.Join(clusters, "")
}

// isHyphenPoint reports whether the patterns of lang allow a hyphen before
// want[i], in the run of letters around it: letters with their combining
// marks, which the patterns see composed (NFC).
func isHyphenPoint(want []wantRune, i int, lang journey.Lang) bool {
	inRun := func(k int) bool {
		return k >= 0 && k < len(want) && (unicode.IsLetter(want[k].r) || unicode.Is(unicode.M, want[k].r))
	}
	if !inRun(i-1) || !unicode.IsLetter(want[i].r) || want[i].afterSpace {
		return false
	}
	start, end := i-1, i+1
	for inRun(start-1) && !want[start].afterSpace {
		start--
	}
	for !unicode.IsLetter(want[start].r) {
		start++ // a run starts with a letter
	}
	for inRun(end) && !want[end].afterSpace {
		end++
	}
	if start >= i {
		return false
	}
	var run []rune
	for _, w := range want[start:end] {
		run = append(run, w.r)
	}
	word, before := norm.NFC.String(string(run)), norm.NFC.String(string(run[:i-start]))
	if strings.ContainsFunc(word, func(r rune) bool { return unicode.Is(unicode.M, r) }) || !strings.HasPrefix(word, before) {
		return false // a mark with no composed form; or i is inside a letter
	}
	patterns := hyphenation(lang)
	return patterns != nil && slices.Contains(patterns.Hyphenate(nil, word), len(before))
}

// oneCluster reports whether s holds one grapheme cluster that has a
// width, and perhaps zero-width ones.
func oneCluster(m Measurer, s string, size float64, bold bool) bool {
	n := 0
	for g := uniseg.NewGraphemes(s); g.Next(); {
		if m.Width(g.Str(), size, bold) > 0 {
			n++
		}
	}
	return n == 1
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float64 // at 13 px, regular
		want  []string
	}{
		{"empty", "", 100, nil},
		{"only spaces", "  \t  ", 100, nil},
		{"only breaks and spaces", " \n \n\t\n ", 100, nil},
		{"fits", "Sees an Instagram ad", 142, []string{"Sees an Instagram ad"}},
		{"just too narrow", "Sees an Instagram ad", 141.9, []string{"Sees an Instagram", "ad"}},
		{"English sentence", "Sees an Instagram ad for the new washing machine and clicks through to the shop", 180,
			[]string{"Sees an Instagram ad for", "the new washing machine", "and clicks through to the", "shop"}},
		{"spaces collapse", "  Sees \t an   Instagram\u3000ad  ", 200, []string{"Sees an Instagram ad"}},
		{"no-break space holds", "10\u00a0km away", 45, []string{"10\u00a0km", "away"}},
		{"hard breaks", "Order placed\nConfirmation mail", 300, []string{"Order placed", "Confirmation mail"}},
		{"blank line between paragraphs", "\n\nOne\n\n Two \n\n", 300, []string{"One", "", "Two"}},
		{"line separator", "One\u2028Two", 300, []string{"One", "Two"}},
		{"URL", "Visit https://www.example.com/klanten/tevredenheid/onderzoek-2024.pdf today", 150,
			[]string{"Visit", "https://www.example.", "com/klanten/", "tevredenheid/", "onderzoek-2024.pdf", "today"}},
		{"snake case", "customer_satisfaction_survey_results", 140, []string{"customer_", "satisfaction_survey_", "results"}},
		{"decimal point holds", "The value is pi=3.14159265358979 exactly", 60,
			[]string{"The", "value is", "pi=3.141", "5926535", "8979", "exactly"}},
		{"flags stay whole", "🇳🇱🇧🇪🇩🇪", 20, []string{"🇳🇱", "🇧🇪", "🇩🇪"}},
		{"Japanese", "お客様はウェブサイトで注文しました。", 66,
			[]string{"お客様は", "ウェブサイ", "トで注文し", "ました。"}},
		{"Japanese brackets and commas", "「とても便利」と感じた、また使う。", 80,
			[]string{"「とても便", "利」と感じ", "た、また使", "う。"}},
		{"Chinese", "顾客在网站上下单，然后收到确认邮件。", 80,
			[]string{"顾客在网站上", "下单，然后收", "到确认邮件。"}},
		{"mixed CJK and Latin", "お客様はInstagramの広告を見た", 110,
			[]string{"お客様は", "Instagramの広告", "を見た"}},
		// A literal in CJK text is only the literal: the text around it
		// breaks where UAX #14 allows, not where a line is full.
		{"CJK with a literal", "A/Bテストの結果、コンバージョンが上がりました。「とても便利」と感じた、また使う。", 130,
			[]string{"A/Bテストの結果、コ", "ンバージョンが上がり", "ました。「とても便", "利」と感じた、また使", "う。"}},
		{"Chinese with a number", "顾客说价格是3.5万元，觉得“非常方便”。然后在网站上下单。", 100,
			[]string{"顾客说价格是3.5", "万元，觉得“非常", "方便”。然后在网", "站上下单。"}},
		{"Korean", "고객이 광고를 봅니다", 40, []string{"고객이", "광고를", "봅니다"}},
		{"emoji", "Happy 😀😀😀😀", 50, []string{"Happy", "😀😀😀", "😀"}},
		{"Arabic", "يرى العميل إعلانًا على إنستغرام ثم يزور الموقع الإلكتروني", 100,
			[]string{"يرى العميل إعلانًا", "على إنستغرام ثم", "يزور الموقع", "الإلكتروني"}},
		{"Hebrew", "הלקוח רואה מודעה באינסטגרם ואז מבקר באתר", 100,
			[]string{"הלקוח רואה", "מודעה", "באינסטגרם ואז", "מבקר באתר"}},
		{"one character wider than the box", "😀", 5, []string{"😀"}},
		{"letters one by one", "abc", 9, []string{"a", "b", "c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lang := journey.English
			got := wrap(DejaVu, tt.text, 13, false, tt.width, lang)
			if !slices.Equal(got, tt.want) {
				t.Errorf("wrap(%q, %v, %s) =\n\t%q\nwant\n\t%q", tt.text, tt.width, lang, got, tt.want)
			}
			checkWrap(t, DejaVu, tt.text, 13, false, tt.width, lang, got)
			// Greedy: the next word did not fit on a line.
			for i := 0; i+1 < len(got); i++ {
				next, _, _ := strings.Cut(got[i+1], " ")
				if got[i] != "" && strings.Contains(tt.text, got[i]+" "+next) && DejaVu.Width(got[i]+" "+next, 13, false) <= tt.width {
					t.Errorf("%q would fit on line %q", next, got[i])
				}
			}
		})
	}
}

// Every line has a width, and shows where it ends: before, a soft hyphen
// between spaces became a line of its own, which drew as a blank line, or
// began one, which drew as a space; a line ended with a space behind a
// zero-width space; and a line that ended at a soft hyphen showed no
// hyphen when one did not fit.
func TestWrapNoWidth(t *testing.T) {
	tests := []struct {
		text  string
		bold  bool
		lang  journey.Lang
		width float64 // at 13 px
		want  []string
	}{
		// A word of no width is white space.
		{"x \u00ad y", false, journey.English, 8, []string{"x", "y"}},
		{"x \u200b y", false, journey.English, 8, []string{"x", "y"}},
		{"x \u00ad y", false, journey.English, 100, []string{"x y"}},
		{"\u200b x \u00ad\u200b y \u0302", false, journey.English, 100, []string{"x y"}},
		{strings.Repeat("W", 12) + " \u00ad Klanttevredenheidsonderzoek", true, journey.Dutch, 176,
			[]string{strings.Repeat("W", 12), "Klanttevredenheidson-", "derzoek"}},
		{strings.Repeat("W ", 12) + "\u00ad Klanttevredenheidsonderzoek", true, journey.Dutch, 176,
			[]string{"W W W W W W W W W", "W W W", "Klanttevredenheidson-", "derzoek"}},
		// Text of no width is blank.
		{"\u00ad", false, journey.English, 100, nil},
		{"\u00ad \u200b\n\u0302", false, journey.English, 100, nil},
		{"x\n\u00ad\ny", false, journey.English, 100, []string{"x", "", "y"}},
		{"\u0302 0", false, journey.English, 2, []string{"0"}},
		// A line that ends at a soft hyphen shows a hyphen; where the
		// hyphen does not fit, the line ends before the soft hyphen.
		{"ab\u00adcd\u00adef", false, journey.English, 21, []string{"ab-", "cd-", "ef"}},
		{"ab\u00adcd\u00adef", false, journey.English, 20, []string{"ab", "\u00adcd", "\u00adef"}},
		// A line does not end with a space behind a zero-width space.
		{"ab \u200bcd", false, journey.English, 20, []string{"ab", "\u200bcd"}},
	}
	for _, tt := range tests {
		got := wrap(DejaVu, tt.text, 13, tt.bold, tt.width, tt.lang)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %v, bold %v, %s) =\n\t%q\nwant\n\t%q", tt.text, tt.width, tt.bold, tt.lang, got, tt.want)
		}
		checkWrap(t, DejaVu, tt.text, 13, tt.bold, tt.width, tt.lang, got)
	}
}

// A word too long for a line is hyphenated where the TeX patterns of the
// language allow, and nowhere else. The places the patterns give are
// written out in internal/hyphen's tests; before the patterns, a guess at
// syllables put hyphens in "onderzoe-kresultaten" and "a-bout".
func TestWrapHyphenation(t *testing.T) {
	tests := []struct {
		lang  journey.Lang
		text  string
		width float64 // at 13 px, regular
		want  []string
	}{
		// on-der-zoek-re-sul-ta-ten
		{journey.Dutch, "onderzoekresultaten", 80, []string{"onderzoek-", "resultaten"}},
		{journey.Dutch, "onderzoekresultaten", 60, []string{"onder-", "zoekre-", "sultaten"}},
		// klant-te-vre-den-heids-on-der-zoek
		{journey.Dutch, "klanttevredenheidsonderzoek", 80, []string{"klanttevre-", "denheids-", "onderzoek"}},
		{journey.Dutch, "Het klanttevredenheidsonderzoek van 2024", 120,
			[]string{"Het", "klanttevreden-", "heidsonderzoek", "van 2024"}},
		// Exceptions: rechts-taal, not recht-staal.
		{journey.Dutch, "rechtstaal", 50, []string{"rechts-", "taal"}},
		// A soft hyphen is a break of its own, and the patterns still
		// hyphenate the parts.
		{journey.Dutch, "klant\u00adtevredenheid", 80, []string{"klant-", "tevreden-", "heid"}},
		{journey.Dutch, "klant\u00adtevredenheids\u00adonderzoek", 140, []string{"klant\u00adtevredenheids-", "onderzoek"}},
		// English leaves three letters after a hyphen: "about" has no
		// place, and breaks, without a hyphen, where the line is full.
		{journey.English, "about", 20, []string{"ab", "ou", "t"}},
		{journey.English, "about", 30, []string{"abo", "ut"}},
		// Pneu-mo-noul-tra-mi-cro-scop-ic-sil-i-co-vol-canoco-nio-sis
		{journey.English, "Pneumonoultramicroscopicsilicovolcanoconiosis", 100,
			[]string{"Pneumonoul-", "tramicroscop-", "icsilicovol-", "canoconiosis"}},
		// Exceptions: ta-ble, and never pre-sent.
		{journey.English, "table", 30, []string{"ta-", "ble"}},
		{journey.English, "present", 40, []string{"prese", "nt"}},
		// Dutch words in an English journey take the English patterns.
		{journey.English, "klanttevredenheidsonderzoek", 80, []string{"klanttevre-", "denheid-", "sonderzoek"}},
		// A word written decomposed, a letter and then its combining mark,
		// is hyphenated as the word composed, and keeps its characters as
		// written.
		{journey.Dutch, "co\u00f6rdinatiemedewerkers", 40, []string{"co\u00f6r-", "dina-", "tie-", "me-", "de-", "wer-", "kers"}},
		{journey.Dutch, "coo\u0308rdinatiemedewerkers", 40, []string{"coo\u0308r-", "dina-", "tie-", "me-", "de-", "wer-", "kers"}},
		// No patterns for Cyrillic, Arabic or Hebrew letters: no hyphen.
		{journey.Dutch, "ВОДОНЕПРОНИЦАЕМОСТЬ", 90, []string{"ВОДОНЕПРО", "НИЦАЕМОСТ", "Ь"}},
		{journey.Dutch, "الإلكترونيةوالمعلوماتية", 60, []string{"الإلكترونية", "والمعلوما", "تية"}},
		// Nor for a language without patterns.
		{"de", "Rindfleischetikettierung", 100, []string{"Rindfleischetik", "ettierung"}},
	}
	for _, tt := range tests {
		got := wrap(DejaVu, tt.text, 13, false, tt.width, tt.lang)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %v, %s) =\n\t%q\nwant\n\t%q", tt.text, tt.width, tt.lang, got, tt.want)
		}
		checkWrap(t, DejaVu, tt.text, 13, false, tt.width, tt.lang, got)
	}
}

// A word written decomposed (NFD: "o" and U+0308, as macOS and some
// keyboards write it) wraps as the same word composed (NFC: "ö"), at every
// width: the patterns see its letters composed, and its lines keep the
// characters as written.
func TestWrapDecomposed(t *testing.T) {
	for _, tt := range []struct {
		lang journey.Lang
		text string
	}{
		{journey.Dutch, "coördinatiemedewerkers"},
		{journey.Dutch, "De coördinatiemedewerkers zijn naïef over reëel beëindigde überwachungsaufgaben"},
		{journey.Dutch, "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"},
		{journey.English, "Crème brûlée à la carte: naïveté, façade, résumé, coöperation, Übersetzungsbüro"},
	} {
		composed, decomposed := norm.NFC.String(tt.text), norm.NFD.String(tt.text)
		if composed == decomposed {
			t.Fatalf("%q has nothing to decompose", tt.text)
		}
		for width := 20.0; width <= 200; width += 3 {
			want := wrap(DejaVu, composed, 13, false, width, tt.lang)
			got := wrap(DejaVu, decomposed, 13, false, width, tt.lang)
			checkWrap(t, DejaVu, decomposed, 13, false, width, tt.lang, got)
			var gotComposed []string
			for _, l := range got {
				if !norm.NFD.IsNormalString(l) {
					t.Fatalf("at %v: line %q is not as written", width, l)
				}
				gotComposed = append(gotComposed, norm.NFC.String(l))
			}
			if !slices.Equal(gotComposed, want) {
				t.Fatalf("at %v px, %s: decomposed\n\t%q\ncomposed\n\t%q", width, tt.lang, gotComposed, want)
			}
		}
	}
}

// A long word breaks at the last place the patterns allow that fits, with
// a hyphen, or, when none fits, after the last letter that fits, without
// one.
func TestWrapLongWord(t *testing.T) {
	for _, tt := range []struct {
		lang journey.Lang
		word string
	}{
		{journey.Dutch, "klanttevredenheidsonderzoek"},
		{journey.Dutch, "arbeidsongeschiktheidsverzekering"},
		{journey.Dutch, "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"},
		{journey.English, "Pneumonoultramicroscopicsilicovolcanoconiosis"},
		{journey.English, "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"},
		{journey.English, "ВОДОНЕПРОНИЦАЕМОСТЬ"},
	} {
		points := hyphenation(tt.lang).Hyphenate(nil, tt.word)
		for width := 20.0; width <= 200; width += 7 {
			for _, bold := range []bool{false, true} {
				lines := wrap(DejaVu, tt.word, 13, bold, width, tt.lang)
				checkWrap(t, DejaVu, tt.word, 13, bold, width, tt.lang, lines)
				fail := func(format string, args ...any) {
					t.Helper()
					t.Errorf("%s at %v, bold %v: %q: "+format, append([]any{tt.word, width, bold, lines}, args...)...)
				}
				at := 0 // where the line starts in word
				for _, l := range lines[:len(lines)-1] {
					letters, hyphenated := strings.CutSuffix(l, "-")
					end := at + len(letters)
					// The last place that fits, with its hyphen.
					var fits []int
					for _, k := range points {
						if k > at && DejaVu.Width(tt.word[at:k]+"-", 13, bold) <= width {
							fits = append(fits, k)
						}
					}
					switch {
					case len(fits) > 0 && (!hyphenated || end != fits[len(fits)-1]):
						fail("line %q, but %q fits", l, tt.word[at:fits[len(fits)-1]]+"-")
					case len(fits) == 0 && hyphenated:
						fail("line %q: no place of the patterns fits", l)
					case len(fits) == 0:
						// Broken where the line is full.
						_, n := utf8.DecodeRuneInString(tt.word[end:])
						if next := tt.word[at : end+n]; DejaVu.Width(next, 13, bold) <= width {
							fail("line %q, but %q fits", l, next)
						}
					}
					at = end
				}
			}
		}
	}
}

// A URL, an e-mail address, a path or a number is never hyphenated: it is
// kept whole on a line when it fits, and else broken after the last '/',
// '\', '.', '-', '_' (and in a URL '?', '&' or '=') that fits, or where the line is
// full, so that it can be copied. TestWrap has more: "URL", "snake case",
// "decimal point holds".
func TestWrapLiterals(t *testing.T) {
	tests := []struct {
		text  string
		width float64 // at 13 px, regular
		want  []string
	}{
		{"See https://example.com/a/b today", 170, []string{"See", "https://example.com/a/b", "today"}},
		{"See https://example.com/a/b today", 150, []string{"See", "https://example.com/", "a/b today"}},
		{"https://example.com/search?q=klanttevredenheid&lang=nl&page=2", 100,
			[]string{"https://", "example.com/", "search?q=", "klanttevredenh", "eid&lang=nl&", "page=2"}},
		{"www.klanttevredenheidsonderzoek.nl", 100, []string{"www.", "klanttevredenh", "eidsonderzoek.", "nl"}},
		{"Mail klantenservice@voorbeeldwinkel-nederland.nl today", 100,
			[]string{"Mail", "klantenservice", "@voorbeeldwi", "nkel-", "nederland.nl", "today"}},
		{"Zie /usr/share/texlive/texmf-dist/tex/generic/hyph-utf8 daar", 100,
			[]string{"Zie /usr/share/", "texlive/texmf-", "dist/tex/", "generic/hyph-", "utf8 daar"}},
		{"rapport-klanttevredenheidsonderzoek.pdf", 100, []string{"rapport-", "klanttevredenh", "eidsonderzoek.", "pdf"}},
		// Letters that are not ASCII, glued to a URL, take no hyphen.
		{"Zie https://de.wikipedia.org/wiki/Überweisungsformular nu", 120,
			[]string{"Zie", "https://de.", "wikipedia.org/", "wiki/", "Überweisungsfor", "mular nu"}},
		// A Windows path breaks after '\', as a POSIX one after '/'.
		{`Zie C:\Users\jan\Documents\offerte_klanttevredenheidsonderzoek.docx`, 100,
			[]string{"Zie", `C:\Users\jan\`, `Documents\`, "offerte_", "klanttevredenh", "eidsonderzoek.", "docx"}},
		{`\\server\share\rapporten\2024`, 70, []string{`\\server\`, `share\`, `rapporten\`, "2024"}},
		{"Bel +31-20-555-0123 of 1234567890123456789012", 60,
			[]string{"Bel", "+31-20-", "555-", "0123 of", "1234567", "8901234", "5678901", "2"}},
	}
	for _, tt := range tests {
		for _, lang := range []journey.Lang{journey.English, journey.Dutch} {
			got := wrap(DejaVu, tt.text, 13, false, tt.width, lang)
			if !slices.Equal(got, tt.want) {
				t.Errorf("wrap(%q, %v, %s) =\n\t%q\nwant\n\t%q", tt.text, tt.width, lang, got, tt.want)
			}
			checkWrap(t, DejaVu, tt.text, 13, false, tt.width, lang, got)
		}
	}
}

// A 2,000-character URL in a label: before, 85 hyphens were added to it,
// and a copy of it was a wrong address. Now its lines, joined, are the URL,
// and a line that does not end after '/', '.', '-', '_', '?', '&' or '='
// is full.
func TestWrapLongURL(t *testing.T) {
	url := "https://example.com/search?q=" + strings.Repeat("klanttevredenheidsonderzoek", 40) +
		strings.Repeat("&pad=naar/het-rapport_2024.pdf", 40)
	url = url[:2000]
	text := "Zie " + url + " nu"
	for _, lang := range []journey.Lang{journey.English, journey.Dutch} {
		for _, width := range []float64{60, 120, 180, 300} {
			lines := wrap(DejaVu, text, 13, false, width, lang)
			checkWrap(t, DejaVu, text, 13, false, width, lang, lines)
			if lines[0] != "Zie" {
				t.Fatalf("at %v: first line %q, want %q", width, lines[0], "Zie")
			}
			// "nu" on a line of its own, or on the URL's last.
			if rest := strings.Join(lines[1:], ""); rest != url+"nu" && rest != url+" nu" {
				t.Fatalf("at %v: the URL's lines make %q", width, rest)
			}
			at := 0
			for _, l := range lines[1:] {
				if at += len(l); at >= len(url) {
					break
				}
				if !strings.ContainsAny(l[len(l)-1:], "/.-_?&=") && DejaVu.Width(l+url[at:at+1], 13, false) <= width {
					t.Errorf("at %v: line %q, but %q fits", width, l, l+url[at:at+1])
				}
			}
		}
	}
}

// Broken Arabic and Hebrew words, and long numbers, take no hyphen.
func TestWrapNoHyphen(t *testing.T) {
	for _, text := range []string{"الإلكترونيةوالمعلوماتية", "באינסטגרםבאינסטגרם", "1234567890123456789", "日本語日本語"} {
		lines := wrap(DejaVu, text, 13, false, 40, journey.English)
		checkWrap(t, DejaVu, text, 13, false, 40, journey.English, lines)
		if len(lines) < 2 {
			t.Errorf("wrap(%q, 40) = %q: want it broken", text, lines)
		}
		for _, l := range lines {
			if strings.HasSuffix(l, "-") {
				t.Errorf("wrap(%q, 40) = %q: a hyphen added", text, lines)
			}
		}
	}
}

// A line may not start with closing punctuation, nor end with opening
// punctuation, while there is another way to break.
func TestWrapKinsoku(t *testing.T) {
	closing := "、。，」』）！？ー"
	opening := "「『（"
	text := "お客様は「ウェブサイト」で注文し、確認メールを受け取りました。とても便利（本当に）！？次回もまた使いたい。"
	// From 53 px on, the longest run that must stay together, "に）！？",
	// fits on a line.
	for width := 53.0; width <= 200; width++ {
		lines := wrap(DejaVu, text, 13, false, width, journey.English)
		checkWrap(t, DejaVu, text, 13, false, width, journey.English, lines)
		for i, l := range lines {
			first, _ := utf8.DecodeRuneInString(l)
			last, _ := utf8.DecodeLastRuneInString(l)
			if i > 0 && strings.ContainsRune(closing, first) {
				t.Errorf("at %v px, line %q starts with %q: %q", width, l, first, lines)
			}
			if i < len(lines)-1 && strings.ContainsRune(opening, last) {
				t.Errorf("at %v px, line %q ends with %q: %q", width, l, last, lines)
			}
		}
	}
}

// Prose breaks only where UAX #14 allows, also around a URL, a path, a
// name or a number in text with no spaces: before, the CJK paragraphs
// below, which hold "A/B", "3.5", an e-mail address or a path, were taken
// for one long literal, and broken wherever a line was full, before "。"
// and after "「". A line may end elsewhere only inside a stretch between
// two breaks that does not fit on a line of its own. The widths start at
// 32 px, where "C:\共" fits: a path is not broken where UAX #14 allows,
// after "C:", so this is a stretch that must stay together too.
func TestWrapUAX14(t *testing.T) {
	closing := "、。，」』）！？”"
	opening := "「『（“"
	texts := []string{
		// Without a literal.
		"お客様は「ウェブサイト」で注文し、確認メールを受け取りました。とても便利（本当に）！？次回もまた使いたい。",
		"Sees an Instagram ad for the new washing machine (the quiet one), and clicks through to the shop!",
		"Het klanttevredenheidsonderzoek van 2024 laat zien dat de meeste klanten tevreden zijn.",
		// With one.
		"A/Bテストの結果、コンバージョンが上がりました。「とても便利」と感じた、また使う。",
		"顾客说价格是3.5万元，觉得“非常方便”。然后在网站上下单，确认邮件（很快）就到了。",
		"詳細はsupport@example.jpへ。ファイル「report_2024.pdf」はC:\\共有\\報告にあります。",
		"请访问www.example.cn了解详情，或者发邮件给我们。",
	}
	for _, text := range texts {
		breaks := lineBreaksOf(text)
		for _, lang := range []journey.Lang{journey.English, journey.Dutch} {
			for width := 32.0; width < 200; width++ {
				lines := wrap(DejaVu, text, 13, false, width, lang)
				checkWrap(t, DejaVu, text, 13, false, width, lang, lines)
				fail := func(format string, args ...any) {
					t.Helper()
					t.Fatalf("wrap(%q, %v px, %s) = %q:\n"+format, append([]any{text, width, lang, lines}, args...)...)
				}
				// Every stretch between two breaks fits on a line: no
				// line may start with closing punctuation, nor end with
				// opening.
				allFit := true
				for i := range breaks {
					from := 0
					if i > 0 {
						from = breaks[i-1]
					}
					if DejaVu.Width(strings.TrimSuffix(text[from:breaks[i]], " "), 13, false) > width {
						allFit = false
					}
				}
				pos := 0 // where the line starts in text
				for i, l := range lines {
					content := l
					if !strings.HasPrefix(text[pos:], content) {
						// A hyphen the patterns allow, added.
						content = strings.TrimSuffix(l, "-")
						if !strings.HasPrefix(text[pos:], content) {
							fail("line %q is not the text at %d", l, pos)
						}
					}
					end := pos + len(content)
					if end < len(text) && text[end] == ' ' {
						end++
					}
					if k, found := slices.BinarySearch(breaks, end); !found {
						from := 0
						if k > 0 {
							from = breaks[k-1]
						}
						if stretch := strings.TrimSuffix(text[from:breaks[k]], " "); DejaVu.Width(stretch, 13, false) <= width {
							fail("line %q ends where UAX #14 allows no break, and %q fits on a line", l, stretch)
						}
					}
					first, _ := utf8.DecodeRuneInString(l)
					last, _ := utf8.DecodeLastRuneInString(l)
					if allFit && i > 0 && strings.ContainsRune(closing, first) {
						fail("line %q starts with %q", l, first)
					}
					if allFit && i < len(lines)-1 && strings.ContainsRune(opening, last) {
						fail("line %q ends with %q", l, last)
					}
					pos = end
				}
			}
		}
	}
}

// lineBreaksOf returns where UAX #14 allows a line of p to break, as
// uniseg finds them, and its end.
func lineBreaksOf(p string) []int {
	var breaks []int
	state := -1
	for done := 0; done < len(p); {
		var segment string
		segment, _, _, state = uniseg.FirstLineSegmentInString(p[done:], state)
		done += len(segment)
		breaks = append(breaks, done)
	}
	return breaks
}

// The breaks of plain prose are those uniseg finds (UAX #14).
func TestPlainBreaks(t *testing.T) {
	pieces := []string{"a", "Z", "q", "0", "9", "ab", "Sees", "2024", " ", " ", " ", ".", ",", ";", ":", "!", "?"}
	rnd := rand.New(rand.NewPCG(3, 4))
	texts := []string{"Sees an Instagram ad, then clicks through. Done", "1.5 km: ok", "a . b , c ; d : e"}
	for range 60000 {
		var b strings.Builder
		for range 1 + rnd.IntN(14) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		// Paragraphs hold no runs of spaces and none at their ends.
		if s := b.String(); !strings.Contains(s, "  ") && strings.TrimSpace(s) == s && s != "" {
			texts = append(texts, s)
		}
	}
	plain := 0
	for _, p := range texts {
		want := lineBreaksOf(p)
		var got []int
		if !plainBreaks(p, &got) {
			continue
		}
		plain++
		if !slices.Equal(got, want) {
			t.Fatalf("%q: breaks at %v, uniseg at %v", p, got, want)
		}
	}
	if plain < 5000 {
		t.Errorf("only %d of %d texts were plain prose", plain, len(texts))
	}
	for _, p := range []string{"a-b", "a/b", "don't", "(a)", "é", "a\u00adb", "日本", "a!b", "a?b", "a.b", "1.5", "a .b"} {
		var got []int
		if plainBreaks(p, &got) {
			t.Errorf("%q is taken for plain prose", p)
		}
	}
}

// fixedWidth is a Measurer with no kerning: every rune is half the size
// wide, bold ones 0.6.
type fixedWidth struct{}

func (fixedWidth) Width(s string, size float64, bold bool) float64 {
	w := 0.5
	if bold {
		w = 0.6
	}
	return float64(utf8.RuneCountInString(s)) * size * w
}

func TestWrapOtherMeasurer(t *testing.T) {
	m := fixedWidth{}
	tests := []struct {
		text  string
		width float64
		want  []string
	}{
		{"aaa bbb ccc", 10 * 7 * 0.5, []string{"aaa bbb", "ccc"}},
		// The English patterns allow abcde-fghij only.
		{"abcdefghij", 10 * 4 * 0.5, []string{"abcd", "e-", "fghi", "j"}},
		{"a/b/c/d", 10 * 4 * 0.5, []string{"a/b/", "c/d"}},
		{"日本語", 10, []string{"日本", "語"}},
	}
	for _, tt := range tests {
		got := wrap(m, tt.text, 10, false, tt.width, journey.English)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
		checkWrap(t, m, tt.text, 10, false, tt.width, journey.English, got)
	}
	text := "Sees an Instagram ad, klanttevredenheidsonderzoek, https://example.com/a/b 日本語のテキスト"
	for width := 1.0; width < 200; width += 3 {
		checkWrap(t, m, text, 12, true, width, journey.Dutch, wrap(m, text, 12, true, width, journey.Dutch))
	}
}

// Widths no box has: zero, negative, not a number, infinite.
func TestWrapOddWidths(t *testing.T) {
	text := "Sees an Instagram ad 😀"
	for _, width := range []float64{0, -5, math.NaN()} {
		lines := wrap(DejaVu, text, 13, false, width, journey.English)
		if n := utf8.RuneCountInString(strings.ReplaceAll(text, " ", "")); len(lines) != n {
			t.Errorf("wrap(%v) = %q: want one character a line", width, lines)
		}
	}
	if lines := wrap(DejaVu, text, 13, false, math.Inf(1), journey.English); !slices.Equal(lines, []string{text}) {
		t.Errorf("wrap(+Inf) = %q", lines)
	}
}

func TestWrapProperties(t *testing.T) {
	texts := []string{
		"Sees an Instagram ad for the new washing machine and clicks through to the shop",
		"Het klanttevredenheidsonderzoek (KTO) van 2024 laat zien dat 87% van de klanten tevreden is; zie https://example.nl/kto-2024/resultaten_definitief.pdf.",
		"お客様はInstagramの広告を見て、ウェブサイトにアクセスしました。「とても便利」と感じた。",
		"顾客在Instagram上看到广告，然后访问了网站。他们觉得非常方便！",
		"يرى العميل إعلانًا على إنستغرام ثم يزور الموقع الإلكتروني",
		"הלקוח רואה מודעה באינסטגרם ואז מבקר באתר",
		"Crème brûlée à la carte — naïve café «citaat» “quote” 😀👍🏽❤️ e\u0301 👨\u200d👩\u200d👧 🇳🇱",
		"line one\nline two\n\n\nline five\r\n",
		strings.Repeat("x", 300),
		strings.Repeat("日", 300),
	}
	for _, text := range texts {
		for _, lang := range []journey.Lang{journey.English, journey.Dutch} {
			for _, size := range []float64{11, 13, 26} {
				for _, bold := range []bool{false, true} {
					for width := 1.0; width <= 400; width += 13 {
						lines := wrap(DejaVu, text, size, bold, width, lang)
						checkWrap(t, DejaVu, text, size, bold, width, lang, lines)
						if again := wrap(DejaVu, text, size, bold, width, lang); !slices.Equal(lines, again) {
							t.Fatalf("wrap(%q) is not deterministic: %q, then %q", text, lines, again)
						}
					}
				}
			}
		}
	}
}

// FuzzWrap: any text, at any width and size, in either language, keeps
// all of checkWrap's rules. Its corpus in testdata/fuzz/FuzzWrap holds the
// inputs that once broke one.
func FuzzWrap(f *testing.F) {
	f.Add("Sees an Instagram ad for the new washing machine", uint16(180), uint8(13), false, false)
	f.Add("klanttevredenheidsonderzoek", uint16(60), uint8(13), true, true)
	f.Add("https://example.com/a_b/c-d.e", uint16(40), uint8(12), false, false)
	f.Add("お客様は「とても便利」と感じた。", uint16(50), uint8(13), false, false)
	f.Add("يرى العميل إعلانًا\nהלקוח רואה", uint16(30), uint8(11), true, true)
	f.Add("😀\u200d❤\ufe0f e\u0301\u0302 \u00ad\u200b\u00a0 \t\r\n\u2028", uint16(1), uint8(40), false, false)
	f.Add("\xff\xfe a\x00b", uint16(500), uint8(1), false, true)
	f.Add("x \u00ad y \u200b z\u00adz\u00ad \u0301 ab \u200bcd", uint16(8), uint8(13), false, false)
	f.Add("WWWWWWWWWWWW \u00ad Klanttevredenheidsonderzoek", uint16(176), uint8(13), true, true)
	f.Add("A/Bテストの結果、「とても便利」。价格是3.5万元，“非常方便”。C:\\Users\\jan coo\u0308rdinatie", uint16(60), uint8(13), false, true)
	f.Fuzz(func(t *testing.T, text string, width uint16, size uint8, bold, dutch bool) {
		w := float64(1 + int(width)%500)
		sz := float64(1 + int(size)%48)
		lang := journey.English
		if dutch {
			lang = journey.Dutch
		}
		lines := wrap(DejaVu, text, sz, bold, w, lang)
		checkWrap(t, DejaVu, text, sz, bold, w, lang, lines)
	})
}

// A 200-character label at 180 px.
func BenchmarkWrap(b *testing.B) {
	text := "Sees an Instagram ad for the new washing machine, clicks through to the shop, compares three models " +
		"side by side, reads the klanttevredenheidsonderzoek and finally orders the quietest one for delivery."
	text = text[:200]
	for b.Loop() {
		wrap(DejaVu, text, 13, false, 180, journey.English)
	}
}

// A word of 2,000 characters, the most a text may have, broken into about
// 500 lines: each line must cost the same, not more for a longer rest.
func BenchmarkWrapLongWord(b *testing.B) {
	text := strings.Repeat("\ufffd", journey.MaxTextRunes)
	for b.Loop() {
		wrap(DejaVu, text, 13, false, 40, journey.English)
	}
}

func BenchmarkWrapCJK(b *testing.B) {
	text := strings.Repeat("お客様はウェブサイトで注文し、確認メールを受け取りました。", 3)
	for b.Loop() {
		wrap(DejaVu, text, 13, false, 180, journey.English)
	}
}
