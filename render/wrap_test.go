package render

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkWrap checks what wrap must always do: every line fits, unless it is
// a single character too wide on its own; no line starts or ends with a
// space or has two in a row; no blank line starts or ends the text; and
// the lines hold every character of text but white space, in order, with
// only hyphens added at line ends.
func checkWrap(t *testing.T, m Measurer, text string, size float64, bold bool, width float64, lines []string) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("wrap(%q, %v px, bold %v, width %v) = %q:\n"+format, append([]any{text, size, bold, width, lines}, args...)...)
	}
	if len(lines) > 0 && (lines[0] == "" || lines[len(lines)-1] == "") {
		fail("a blank line at an end")
	}
	for _, l := range lines {
		if !utf8.ValidString(l) {
			fail("line %q is not valid UTF-8", l)
		}
		if strings.HasPrefix(l, " ") || strings.HasSuffix(l, " ") || strings.Contains(l, "  ") {
			fail("line %q: spaces at an end, or two in a row", l)
		}
		if strings.ContainsAny(l, "\n\t\r") {
			fail("line %q holds a break or a tab", l)
		}
		if w := m.Width(l, size, bold); !(w <= width) && !oneCharacter(l) {
			fail("line %q is %v px wide", l, w)
		}
	}
	var want []rune
	for _, r := range text {
		// A soft hyphen may become the hyphen at a line's end.
		if (!unicode.IsSpace(r) || r == 0xA0 || r == 0x2007 || r == 0x202F) && r != 0xAD {
			want = append(want, r)
		}
	}
	i := 0
	for _, l := range lines {
		rs := []rune(l)
		for j, r := range rs {
			switch {
			case r == ' ' || r == 0xAD:
			case i < len(want) && want[i] == r:
				i++
			case r == '-' && j == len(rs)-1 && j > 0:
				// A hyphen added where a word was broken.
			default:
				fail("line %q: %q where %q was due", l, r, string(want[i:min(i+1, len(want))]))
			}
		}
	}
	if i != len(want) {
		fail("lost %q", string(want[i:]))
	}
}

// oneCharacter reports whether s is one character: one rune and the marks,
// joiners and modifiers that go with it, or a flag.
func oneCharacter(s string) bool {
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		r := rs[i]
		if !unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) && r != 0x200D && rs[i-1] != 0x200D &&
			!(r >= 0x1F3FB && r <= 0x1F3FF) && !(r >= 0xE0020 && r <= 0xE007F) && !(i == 1 && r >= 0x1F1E6 && r <= 0x1F1FF) {
			return false
		}
	}
	return len(rs) > 0
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
		{"Dutch compound", "klanttevredenheidsonderzoek", 80, []string{"klanttevre-", "denheid-", "sonderzoek"}},
		{"Dutch compound in a sentence", "Het klanttevredenheidsonderzoek van 2024", 120,
			[]string{"Het", "klanttevreden-", "heidsonderzoek", "van 2024"}},
		{"URL", "Visit https://www.example.com/klanten/tevredenheid/onderzoek-2024.pdf today", 150,
			[]string{"Visit", "https://www.example.", "com/klanten/", "tevredenheid/", "onderzoek-2024.pdf", "today"}},
		{"snake case", "customer_satisfaction_survey_results", 140, []string{"customer_", "satisfaction_survey_", "results"}},
		{"decimal point holds", "The value is pi=3.14159265358979 exactly", 60,
			[]string{"The", "value is", "pi=3.141", "5926535", "8979", "exactly"}},
		{"soft hyphen first", "klant\u00adtevredenheid", 80, []string{"klant-", "tevreden-", "heid"}},
		{"soft hyphens", "klant\u00adtevredenheids\u00adonderzoek", 140, []string{"klant\u00adtevredenheids-", "onderzoek"}},
		{"flags stay whole", "🇳🇱🇧🇪🇩🇪", 20, []string{"🇳🇱", "🇧🇪", "🇩🇪"}},
		{"Japanese", "お客様はウェブサイトで注文しました。", 66,
			[]string{"お客様は", "ウェブサイ", "トで注文し", "ました。"}},
		{"Japanese brackets and commas", "「とても便利」と感じた、また使う。", 80,
			[]string{"「とても便", "利」と感じ", "た、また使", "う。"}},
		{"Chinese", "顾客在网站上下单，然后收到确认邮件。", 80,
			[]string{"顾客在网站上", "下单，然后收", "到确认邮件。"}},
		{"mixed CJK and Latin", "お客様はInstagramの広告を見た", 110,
			[]string{"お客様は", "Instagramの広告", "を見た"}},
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
			got := wrap(DejaVu, tt.text, 13, false, tt.width)
			if !slices.Equal(got, tt.want) {
				t.Errorf("wrap(%q, %v) =\n\t%q\nwant\n\t%q", tt.text, tt.width, got, tt.want)
			}
			checkWrap(t, DejaVu, tt.text, 13, false, tt.width, got)
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

// A long word breaks at the last letter that fits, with a hyphen, but
// nearer a syllable boundary when there is one, and never leaves a single
// letter on either side.
func TestWrapLongWord(t *testing.T) {
	for _, word := range []string{
		"klanttevredenheidsonderzoek",
		"arbeidsongeschiktheidsverzekering",
		"Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz",
		"Pneumonoultramicroscopicsilicovolcanoconiosis",
		"ВОДОНЕПРОНИЦАЕМОСТЬ",
	} {
		for width := 20.0; width <= 200; width += 7 {
			for _, bold := range []bool{false, true} {
				lines := wrap(DejaVu, word, 13, bold, width)
				checkWrap(t, DejaVu, word, 13, bold, width, lines)
				rest := word
				for i, l := range lines {
					letters := strings.TrimSuffix(l, "-")
					rest = strings.TrimPrefix(rest, letters)
					if i < len(lines)-1 && !strings.HasSuffix(l, "-") {
						t.Errorf("%s at %v: line %q has no hyphen", word, width, l)
					}
					// One letter, where two would have fitted.
					if i < len(lines)-1 && utf8.RuneCountInString(letters) == 1 {
						two := letters + string([]rune(rest)[:1]) + "-"
						if DejaVu.Width(two, 13, bold) <= width {
							t.Errorf("%s at %v: %q on a line of its own, but %q fits: %q", word, width, letters, two, lines)
						}
					}
				}
				if n := len(lines); n > 1 && utf8.RuneCountInString(lines[n-1]) == 1 && utf8.RuneCountInString(lines[n-2]) > 3 {
					t.Errorf("%s at %v: a last line of one letter: %q", word, width, lines)
				}
			}
		}
	}
}

// Broken Arabic and Hebrew words, and long numbers, take no hyphen.
func TestWrapNoHyphen(t *testing.T) {
	for _, text := range []string{"الإلكترونيةوالمعلوماتية", "באינסטגרםבאינסטגרם", "1234567890123456789", "日本語日本語"} {
		lines := wrap(DejaVu, text, 13, false, 40)
		checkWrap(t, DejaVu, text, 13, false, 40, lines)
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
		lines := wrap(DejaVu, text, 13, false, width)
		checkWrap(t, DejaVu, text, 13, false, width, lines)
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
		{"abcdefghij", 10 * 4 * 0.5, []string{"abc-", "def-", "ghij"}},
		{"a/b/c/d", 10 * 4 * 0.5, []string{"a/b/", "c/d"}},
		{"日本語", 10, []string{"日本", "語"}},
	}
	for _, tt := range tests {
		got := wrap(m, tt.text, 10, false, tt.width)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
		checkWrap(t, m, tt.text, 10, false, tt.width, got)
	}
	text := "Sees an Instagram ad, klanttevredenheidsonderzoek, https://example.com/a/b 日本語のテキスト"
	for width := 1.0; width < 200; width += 3 {
		checkWrap(t, m, text, 12, true, width, wrap(m, text, 12, true, width))
	}
}

// Widths no box has: zero, negative, not a number, infinite.
func TestWrapOddWidths(t *testing.T) {
	text := "Sees an Instagram ad 😀"
	for _, width := range []float64{0, -5, math.NaN()} {
		lines := wrap(DejaVu, text, 13, false, width)
		if n := utf8.RuneCountInString(strings.ReplaceAll(text, " ", "")); len(lines) != n {
			t.Errorf("wrap(%v) = %q: want one character a line", width, lines)
		}
	}
	if lines := wrap(DejaVu, text, 13, false, math.Inf(1)); !slices.Equal(lines, []string{text}) {
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
		for _, size := range []float64{11, 13, 26} {
			for _, bold := range []bool{false, true} {
				for width := 1.0; width <= 400; width += 13 {
					lines := wrap(DejaVu, text, size, bold, width)
					checkWrap(t, DejaVu, text, size, bold, width, lines)
					if again := wrap(DejaVu, text, size, bold, width); !slices.Equal(lines, again) {
						t.Fatalf("wrap(%q) is not deterministic: %q, then %q", text, lines, again)
					}
				}
			}
		}
	}
}

func FuzzWrap(f *testing.F) {
	f.Add("Sees an Instagram ad for the new washing machine", uint16(180), uint8(13), false)
	f.Add("klanttevredenheidsonderzoek", uint16(60), uint8(13), true)
	f.Add("https://example.com/a_b/c-d.e", uint16(40), uint8(12), false)
	f.Add("お客様は「とても便利」と感じた。", uint16(50), uint8(13), false)
	f.Add("يرى العميل إعلانًا\nהלקוח רואה", uint16(30), uint8(11), true)
	f.Add("😀\u200d❤\ufe0f e\u0301\u0302 \u00ad\u200b\u00a0 \t\r\n\u2028", uint16(1), uint8(40), false)
	f.Add("\xff\xfe a\x00b", uint16(500), uint8(1), false)
	f.Fuzz(func(t *testing.T, text string, width uint16, size uint8, bold bool) {
		w := float64(1 + int(width)%500)
		sz := float64(1 + int(size)%48)
		lines := wrap(DejaVu, text, sz, bold, w)
		checkWrap(t, DejaVu, text, sz, bold, w, lines)
	})
}

// A 200-character label at 180 px.
func BenchmarkWrap(b *testing.B) {
	text := "Sees an Instagram ad for the new washing machine, clicks through to the shop, compares three models " +
		"side by side, reads the klanttevredenheidsonderzoek and finally orders the quietest one for delivery."
	text = text[:200]
	for b.Loop() {
		wrap(DejaVu, text, 13, false, 180)
	}
}

func BenchmarkWrapCJK(b *testing.B) {
	text := strings.Repeat("お客様はウェブサイトで注文し、確認メールを受け取りました。", 3)
	for b.Loop() {
		wrap(DejaVu, text, 13, false, 180)
	}
}
