package journey

import (
	"strings"

	"github.com/journeymap/journeymap/journey/vocab"
)

// A Cyrillic or Greek letter that looks like a Latin one turns a key or an
// id into another word that reads the same: "tіtle" with a Cyrillic і is
// not "title". Keys and ids are ASCII, so such a letter is named with the
// Latin letter it poses as.

// lookAlikes maps the Cyrillic and Greek letters that look like a Latin
// letter (in the fonts editors use) to that letter.
var lookAlikes = map[rune]rune{
	// Cyrillic small
	'а': 'a', 'с': 'c', 'ԁ': 'd', 'е': 'e', 'һ': 'h', 'і': 'i', 'ј': 'j', 'ӏ': 'l',
	'о': 'o', 'р': 'p', 'ԛ': 'q', 'ѕ': 's', 'у': 'y', 'х': 'x', 'ԝ': 'w', 'ѵ': 'v',
	// Cyrillic capital
	'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'І': 'I', 'Ј': 'J', 'К': 'K',
	'М': 'M', 'О': 'O', 'Р': 'P', 'Ѕ': 'S', 'Т': 'T', 'Х': 'X', 'Ү': 'Y', 'Ԝ': 'W',
	// Greek small
	'α': 'a', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'χ': 'x',
	// Greek capital
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M',
	'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

// lookAlike is the first letter of s that poses as a Latin one: the
// letter, the Latin one, and s with every such letter made Latin.
type lookAlike struct {
	letter, latin rune
	fixed         string
}

// findLookAlike finds the look-alike letters of s; false when it has none.
func findLookAlike(s string) (lookAlike, bool) {
	var found lookAlike
	fixed := strings.Map(func(r rune) rune {
		latin, ok := lookAlikes[r]
		if !ok {
			return r
		}
		if found.letter == 0 {
			found.letter, found.latin = r, latin
		}
		return latin
	}, s)
	found.fixed = fixed
	return found, found.letter != 0
}

// script is the word for the script of the look-alike letter.
func (l lookAlike) script() vocab.Word {
	if l.letter >= 0x0370 && l.letter <= 0x03FF {
		return vocab.Greek
	}
	return vocab.Cyrillic
}

// hint says which letter poses as which, and suggests meant.
func (l lookAlike) hint(meant string) vocab.Phrase {
	return vocab.Say(vocab.HintLookAlike, vocab.Say(l.script()), string(l.letter), l.letter, string(l.latin), quote(meant))
}
