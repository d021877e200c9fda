package report

import (
	"time"

	"github.com/journeymap/journeymap/journey"
)

// words are the report's own words in one language. Formats take user
// text already escaped for Markdown.
type words struct {
	decimal string // the decimal separator
	and     string // joins the last two items of a list
	months  [12]string

	// The journey in one paragraph.
	journeyFor     string // %s: persona
	customerGoal   string // %s: the goal, a sentence
	businessGoal   string
	counts         string // %s: "5 phases", %s: "16 touchpoints", %s: the phases with their counts
	countsEmpty    string // %s: "1 phase": no touchpoints at all
	phaseOne       string
	phaseMany      string
	touchpointOne  string
	touchpointMany string
	loops          string // %s: last phase, %s: first phase
	reviewed       string // %s: the date

	// The curve.
	curveTitle   string
	scale        string // %s: min, %s: max, %s: neutral
	lowest       string
	highest      string
	end          string
	at           string // %s: value, %s: touchpoint, %s: phase
	more         string // %d: how many more touchpoints share the value (one)
	moreMany     string // (several)
	flat         string // %s: value
	noTouchpoint string
	phaseHeader  []string
	moments      map[journey.Moment]string
	noAverage    string

	// Pain points.
	painTitle    string
	painIntro    string
	painLine     string // %s: touchpoint, %s: phase, %s: emotion and feeling
	lowestPoint  string
	owner        string // %s: owner
	pain         string
	source       string // %s: kind
	noSource     string
	kinds        map[journey.EvidenceKind]string
	noPainPoints string

	// Gaps.
	gapTitle   string
	gapIntro   string
	gapHeader  []string
	atIdeal    string // %d: touchpoints at their ideal
	noIdeal    string // %d: touchpoints without an ideal
	noGaps     string
	noIdeals   string
	atIdealOne string // the same two sentences for one touchpoint
	noIdealOne string

	// Improvements.
	improvementsTitle string
	matrix            string
	quadrants         map[journey.Quadrant]string // %d: how many
	itemHeader        []string
	statuses          map[journey.Status]string
	overdueMark       string // after a due date
	wholeJourney      string
	noImprovements    string

	// Overdue.
	overdueTitle  string
	overdueIntro  string // %s: today
	overdueHeader []string
	noOverdue     string // %s: today

	// Warnings.
	warningsTitle string
	line          string // %d: line
	noWarnings    string
}

var english = words{
	decimal: ".",
	and:     "and",
	months: [12]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"},

	journeyFor:     "Customer journey for %s.",
	customerGoal:   "Customer goal: %s",
	businessGoal:   "Business goal: %s",
	counts:         "The journey has %s with %s: %s.",
	countsEmpty:    "The journey has %s and no touchpoints yet.",
	phaseOne:       "phase",
	phaseMany:      "phases",
	touchpointOne:  "touchpoint",
	touchpointMany: "touchpoints",
	loops:          "It loops: %s leads back to %s.",
	reviewed:       "Last reviewed on %s.",

	curveTitle:   "Emotion curve",
	scale:        "Emotions are on a scale from %s to %s, where %s is neutral.",
	lowest:       "Lowest",
	highest:      "Highest",
	end:          "End",
	at:           "%s at %s in %s",
	more:         ", and at %d more touchpoint",
	moreMany:     ", and at %d more touchpoints",
	flat:         "The emotion stays at %s throughout.",
	noTouchpoint: "No touchpoints mapped yet.",
	phaseHeader:  []string{"Phase", "Moment", "Touchpoints", "Average emotion"},
	moments: map[journey.Moment]string{
		journey.Before: "before the purchase", journey.During: "during the purchase", journey.After: "after the purchase",
	},
	noAverage: "–",

	painTitle:   "Pain points",
	painIntro:   "The touchpoints at the lowest point of the curve, when it dips to neutral or below, and every touchpoint that lists pains; lowest emotion first.",
	painLine:    "%s in %s: %s",
	lowestPoint: "lowest point",
	owner:       "owner %s",
	pain:        "Pain",
	source:      "Evidence (%s)",
	noSource:    "Evidence: none given",
	kinds: map[journey.EvidenceKind]string{
		journey.Interview: "interview", journey.Session: "customer session", journey.Survey: "survey",
		journey.Analytics: "analytics", journey.CRM: "CRM", journey.Observation: "observation",
		journey.Support: "customer service", journey.Other: "other",
	},
	noPainPoints: "None: no touchpoint lists pains, and the curve does not dip to neutral or below.",

	gapTitle:   "Gaps with the ideal journey",
	gapIntro:   "The touchpoints where the ideal journey differs from the current one, largest gap first. The gap is the ideal minus the current emotion: + where the customer should feel better than now, − where the ideal lies lower.",
	gapHeader:  []string{"#", "Touchpoint", "Phase", "Current", "Ideal", "Gap"},
	atIdeal:    "%d touchpoints are at their ideal already.",
	noIdeal:    "%d touchpoints have no ideal.",
	atIdealOne: "1 touchpoint is at its ideal already.",
	noIdealOne: "1 touchpoint has no ideal.",
	noGaps:     "None: every touchpoint with an ideal is at it already.",
	noIdeals:   "None: no touchpoint has an ideal yet.",

	improvementsTitle: "Improvements",
	matrix:            "By quadrant of the action-priority matrix, where impact and effort run from 1 (low) to 5 (high) and 3 or more counts as high; quick wins first.",
	quadrants: map[journey.Quadrant]string{
		journey.QuickWin:      "Quick wins (%d): high impact, low effort",
		journey.MajorProject:  "Major projects (%d): high impact, high effort",
		journey.FillIn:        "Fill-ins (%d): low impact, low effort",
		journey.ThanklessTask: "Thankless tasks (%d): low impact, high effort",
	},
	itemHeader: []string{"Improvement", "Impact", "Effort", "Owner", "Due", "Status", "Touchpoints"},
	statuses: map[journey.Status]string{
		journey.Open: "open", journey.Doing: "in progress", journey.Done: "done", journey.Dropped: "dropped",
	},
	overdueMark:    "overdue",
	wholeJourney:   "the whole journey",
	noImprovements: "None yet.",

	overdueTitle:  "Overdue",
	overdueIntro:  "Improvements still open or in progress that were due before today, %s; longest overdue first.",
	overdueHeader: []string{"Improvement", "Owner", "Due", "Days late", "Status"},
	noOverdue:     "None: on %s, no open or in-progress improvement is past its due date.",

	warningsTitle: "Warnings",
	line:          "Line %d",
	noWarnings:    "None.",
}

var dutch = words{
	decimal: ",",
	and:     "en",
	months: [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
		"augustus", "september", "oktober", "november", "december"},

	journeyFor:     "Klantreis voor %s.",
	customerGoal:   "Klantdoel: %s",
	businessGoal:   "Bedrijfsdoel: %s",
	counts:         "De reis heeft %s met %s: %s.",
	countsEmpty:    "De reis heeft %s en nog geen contactmomenten.",
	phaseOne:       "fase",
	phaseMany:      "fasen",
	touchpointOne:  "contactmoment",
	touchpointMany: "contactmomenten",
	loops:          "De reis is een cirkel: %s leidt terug naar %s.",
	reviewed:       "Laatst herzien op %s.",

	curveTitle:   "Emotiecurve",
	scale:        "Emoties staan op een schaal van %s tot %s, waarop %s neutraal is.",
	lowest:       "Laagst",
	highest:      "Hoogst",
	end:          "Einde",
	at:           "%s bij %s in %s",
	more:         ", en bij nog %d contactmoment",
	moreMany:     ", en bij nog %d contactmomenten",
	flat:         "De emotie blijft overal %s.",
	noTouchpoint: "Nog geen contactmomenten.",
	phaseHeader:  []string{"Fase", "Moment", "Contactmomenten", "Gemiddelde emotie"},
	moments: map[journey.Moment]string{
		journey.Before: "vóór de aankoop", journey.During: "tijdens de aankoop", journey.After: "na de aankoop",
	},
	noAverage: "–",

	painTitle:   "Pijnpunten",
	painIntro:   "De contactmomenten op het laagste punt van de curve, als die tot neutraal of lager zakt, en elk contactmoment met pijnpunten; laagste emotie eerst.",
	painLine:    "%s in %s: %s",
	lowestPoint: "laagste punt",
	owner:       "eigenaar %s",
	pain:        "Pijnpunt",
	source:      "Bron (%s)",
	noSource:    "Geen bron opgegeven",
	kinds: map[journey.EvidenceKind]string{
		journey.Interview: "interview", journey.Session: "klantsessie", journey.Survey: "enquête",
		journey.Analytics: "webanalyse", journey.CRM: "CRM", journey.Observation: "observatie",
		journey.Support: "klantenservice", journey.Other: "overig",
	},
	noPainPoints: "Geen: geen enkel contactmoment noemt pijnpunten, en de curve zakt niet tot neutraal of lager.",

	gapTitle:   "Kloof met de ideale klantreis",
	gapIntro:   "De contactmomenten waar de ideale klantreis afwijkt van de huidige, grootste kloof eerst. De kloof is het ideaal min de huidige emotie: + waar de klant zich beter hoort te voelen dan nu, − waar het ideaal lager ligt.",
	gapHeader:  []string{"#", "Contactmoment", "Fase", "Nu", "Ideaal", "Kloof"},
	atIdeal:    "%d contactmomenten zitten al op hun ideaal.",
	noIdeal:    "%d contactmomenten hebben geen ideaal.",
	atIdealOne: "1 contactmoment zit al op zijn ideaal.",
	noIdealOne: "1 contactmoment heeft geen ideaal.",
	noGaps:     "Geen: elk contactmoment met een ideaal zit er al op.",
	noIdeals:   "Geen: nog geen enkel contactmoment heeft een ideaal.",

	improvementsTitle: "Verbeteringen",
	matrix:            "Per kwadrant van de actie-prioriteitenmatrix, waarin impact en moeite lopen van 1 (laag) tot 5 (hoog) en 3 of meer als hoog telt; quick wins eerst.",
	quadrants: map[journey.Quadrant]string{
		journey.QuickWin:      "Quick wins (%d): veel impact, weinig moeite",
		journey.MajorProject:  "Grote projecten (%d): veel impact, veel moeite",
		journey.FillIn:        "Opvullers (%d): weinig impact, weinig moeite",
		journey.ThanklessTask: "Ondankbare taken (%d): weinig impact, veel moeite",
	},
	itemHeader: []string{"Verbetering", "Impact", "Inspanning", "Eigenaar", "Deadline", "Status", "Contactmomenten"},
	statuses: map[journey.Status]string{
		journey.Open: "open", journey.Doing: "bezig", journey.Done: "klaar", journey.Dropped: "geschrapt",
	},
	overdueMark:    "te laat",
	wholeJourney:   "de hele reis",
	noImprovements: "Nog geen.",

	overdueTitle:  "Deadline verstreken",
	overdueIntro:  "Verbeteringen die nog open of bezig zijn en waarvan de deadline vóór vandaag lag, %s; langst verlopen eerst.",
	overdueHeader: []string{"Verbetering", "Eigenaar", "Deadline", "Dagen te laat", "Status"},
	noOverdue:     "Geen: op %s is geen enkele open of lopende verbetering over de deadline.",

	warningsTitle: "Waarschuwingen",
	line:          "Regel %d",
	noWarnings:    "Geen.",
}

// wordsFor returns the words in the journey's language.
func wordsFor(lang journey.Lang) *words {
	if lang == journey.Dutch {
		return &dutch
	}
	return &english
}

// longDate writes a date for prose: 22 November 2026, 22 november 2026.
func (w *words) longDate(d journey.Date) string {
	t := d.Time()
	return itoa(t.Day()) + " " + w.months[t.Month()-time.January] + " " + itoa(t.Year())
}
