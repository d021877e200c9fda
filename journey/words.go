package journey

import "github.com/journeymap/journeymap/journey/vocab"

// The fixed values of the format in words a person reads, from the one
// vocabulary (package vocab).

// Word is the moment as a word: before, vóór.
func (m Moment) Word() vocab.Word {
	switch m {
	case During:
		return vocab.During
	case After:
		return vocab.After
	}
	return vocab.Before
}

// Heading is the heading over the phases of the moment: Before the
// purchase.
func (m Moment) Heading() vocab.Word {
	switch m {
	case During:
		return vocab.DuringPurchase
	case After:
		return vocab.AfterPurchase
	}
	return vocab.BeforePurchase
}

// Word is the status as a word: in progress, bezig. The zero Status is
// open.
func (s Status) Word() vocab.Word {
	switch s {
	case Doing:
		return vocab.StatusDoing
	case Done:
		return vocab.StatusDone
	case Dropped:
		return vocab.StatusDropped
	}
	return vocab.StatusOpen
}

// Word is the kind of evidence as a word: customer session, klantsessie.
func (k EvidenceKind) Word() vocab.Word {
	switch k {
	case Interview:
		return vocab.EvidenceInterview
	case Session:
		return vocab.EvidenceSession
	case Survey:
		return vocab.EvidenceSurvey
	case Analytics:
		return vocab.EvidenceAnalytics
	case CRM:
		return vocab.EvidenceCRM
	case Observation:
		return vocab.EvidenceObservation
	case Support:
		return vocab.EvidenceSupport
	case Assumption:
		return vocab.EvidenceAssumption
	}
	return vocab.EvidenceOther
}

// Word is the kind of channel as a word.
func (k ChannelKind) Word() vocab.Word {
	if k == Offline {
		return vocab.Offline
	}
	return vocab.Online
}

// Word is the quadrant as a word, for one improvement: quick win.
func (q Quadrant) Word() vocab.Word {
	return quadrantWords[q.index()][0]
}

// Heading is the quadrant's heading on the matrix and in the report:
// Quick wins.
func (q Quadrant) Heading() vocab.Word {
	return quadrantWords[q.index()][1]
}

// About says what puts an improvement in the quadrant: high impact, low
// effort.
func (q Quadrant) About() vocab.Word {
	return quadrantWords[q.index()][2]
}

// quadrantWords are the word, the heading and the about of each quadrant,
// in the order of Quadrants.
var quadrantWords = [4][3]vocab.Word{
	{vocab.QuickWin, vocab.QuickWins, vocab.QuickWinAbout},
	{vocab.MajorProject, vocab.MajorProjects, vocab.MajorProjectAbout},
	{vocab.FillIn, vocab.FillIns, vocab.FillInAbout},
	{vocab.ThanklessTask, vocab.ThanklessTasks, vocab.ThanklessTaskAbout},
}

// valueWord is the word of a fixed value of the format, by its name in
// the format (before, done, survey, online); false for a value no person
// would write in another language, such as a language tag.
func valueWord(v string) (vocab.Word, bool) {
	for _, m := range moments {
		if v == string(m) {
			return m.Word(), true
		}
	}
	for _, s := range statuses {
		if v == string(s) {
			return s.Word(), true
		}
	}
	for _, k := range evidenceKinds {
		if v == string(k) {
			return k.Word(), true
		}
	}
	for _, k := range channelKinds {
		if v == string(k) {
			return k.Word(), true
		}
	}
	return 0, false
}
