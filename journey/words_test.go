package journey

import (
	"testing"

	"github.com/journeymap/journeymap/journey/vocab"
)

// Every fixed value of the format has words of its own, in every
// language: no two moments, statuses, kinds or quadrants read alike.
func TestValuesHaveWords(t *testing.T) {
	sets := map[string][]vocab.Word{}
	for _, m := range moments {
		sets["moment"] = append(sets["moment"], m.Word())
		sets["moment heading"] = append(sets["moment heading"], m.Heading())
	}
	for _, s := range statuses {
		sets["status"] = append(sets["status"], s.Word())
	}
	for _, k := range evidenceKinds {
		sets["evidence kind"] = append(sets["evidence kind"], k.Word())
	}
	for _, k := range channelKinds {
		sets["channel kind"] = append(sets["channel kind"], k.Word())
	}
	for _, q := range Quadrants {
		sets["quadrant"] = append(sets["quadrant"], q.Word())
		sets["quadrant heading"] = append(sets["quadrant heading"], q.Heading())
		sets["quadrant about"] = append(sets["quadrant about"], q.About())
	}
	for name, words := range sets {
		for _, l := range vocab.Langs {
			seen := map[string]bool{}
			for _, w := range words {
				s := l.Word(w)
				if s == "" || seen[s] {
					t.Errorf("%s: %q in %s is empty or stands for two values", name, s, l)
				}
				seen[s] = true
			}
		}
	}
	// Each value of the format names its own word.
	for v, want := range map[string]vocab.Word{
		"before": vocab.Before, "during": vocab.During, "after": vocab.After,
		"open": vocab.StatusOpen, "doing": vocab.StatusDoing, "done": vocab.StatusDone, "dropped": vocab.StatusDropped,
		"interview": vocab.EvidenceInterview, "crm": vocab.EvidenceCRM, "other": vocab.EvidenceOther,
		"online": vocab.Online, "offline": vocab.Offline,
	} {
		if got, ok := valueWord(v); !ok || got != want {
			t.Errorf("%s: word %d, %v; want %d", v, got, ok, want)
		}
	}
	if _, ok := valueWord("nl"); ok {
		t.Error("a language tag has a word")
	}
	if Quadrant("").Word() != vocab.ThanklessTask || Status("").Word() != vocab.StatusOpen {
		t.Error("unknown values: wrong fallback words")
	}
}
