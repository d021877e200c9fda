package render

import "github.com/journeymap/journeymap/journey"

// words are the map's own labels in one language.
type words struct {
	Persona, Scenario, CustomerGoal, BusinessGoal string
	Before, During, After                         string
	Touchpoints, Emotion, Thinks, Pains, Gains    string
	Improvements, Metrics                         string
	Owner, Online, Offline, NoTouchpoints         string
	Pain, Peak, End                               string
	Current, Ideal, Gap                           string
	OtherVersion                                  string // a compared journey with the map's title
	Reviewed, Phase, Phases                       string
	TouchpointOne, TouchpointCount                string
	LoopBack                                      string // %s: last phase, first phase
	Quadrants                                     map[journey.Quadrant]string
	Due, WholeJourney                             string
	Statuses                                      map[journey.Status]string
	Positive, Negative                            string
	Desc                                          descWords
	Matrix                                        matrixWords // the action-priority matrix
}

// matrixWords are the labels of the action-priority matrix.
type matrixWords struct {
	Title                        string // the kind of picture, before the journey's title
	Impact, Effort               string // the axes
	Headings, About              map[journey.Quadrant]string
	ImprovementOne, Improvements string
	Scale                        string // how to read the ratings
	AsOf                         string // %s: the date overdue is measured against
	Overdue                      string // the word on an overdue card
	OverdueKey, SettledKey       string // the legend; OverdueKey's %s: the date
	Desc                         string // %s: improvements, %s: quadrant counts
	DescOverdue, DescNone        string // %d overdue, %s: the date; none overdue, %s: the date
	DescEmpty, And               string
}

// descWords phrase the accessible summary of the map.
type descWords struct {
	Map, For, Counts, Lowest, Highest, Ends, Flat, Ideal string
	Compare, CompareMany                                 string // %s: the compared journey's title; their titles
}

var english = words{
	Persona: "Persona", Scenario: "Scenario", CustomerGoal: "Customer goal", BusinessGoal: "Business goal",
	Before: "Before the purchase", During: "During the purchase", After: "After the purchase",
	Touchpoints: "Touchpoints", Emotion: "Emotion", Thinks: "Thinks", Pains: "Pains", Gains: "Gains",
	Improvements: "Improvements", Metrics: "Metrics",
	Owner: "Owner", Online: "online", Offline: "offline", NoTouchpoints: "No touchpoints mapped yet",
	Pain: "Pain point", Peak: "Peak", End: "End",
	Current: "Current journey", Ideal: "Ideal journey", Gap: "Gap between them", OtherVersion: "other version",
	Reviewed: "Reviewed", Phase: "phase", Phases: "phases", TouchpointOne: "touchpoint", TouchpointCount: "touchpoints",
	LoopBack: "The journey loops: %s leads back to %s",
	Quadrants: map[journey.Quadrant]string{
		journey.QuickWin: "quick win", journey.MajorProject: "major project",
		journey.FillIn: "fill-in", journey.ThanklessTask: "thankless task",
	},
	Due:          "due",
	WholeJourney: "Improvements for the whole journey",
	Statuses:     map[journey.Status]string{journey.Doing: "in progress", journey.Done: "done", journey.Dropped: "dropped"},
	Positive:     "positive", Negative: "negative",
	Desc: descWords{
		Map:     "Customer journey map: %s.",
		For:     " For %s.",
		Counts:  " %s and %s.",
		Lowest:  " The emotion curve is lowest (%s) at %s in %s",
		Highest: ", highest (%s) at %s in %s",
		Ends:    ", and ends at %s at %s.",
		Flat:    " The emotion stays at %s throughout.",
		Ideal:   " The ideal journey is drawn dashed; the largest gap is at %s (%s against %s).",

		// With render --compare.
		Compare:     " For comparison, the emotion curve of %s is drawn on the same scale.",
		CompareMany: " For comparison, the emotion curves of %s are drawn on the same scale.",
	},
	Matrix: matrixWords{
		Title: "Action-priority matrix", Impact: "Impact", Effort: "Effort",
		Headings: map[journey.Quadrant]string{
			journey.QuickWin: "Quick wins", journey.MajorProject: "Major projects",
			journey.FillIn: "Fill-ins", journey.ThanklessTask: "Thankless tasks",
		},
		About: map[journey.Quadrant]string{
			journey.QuickWin: "high impact, low effort", journey.MajorProject: "high impact, high effort",
			journey.FillIn: "low impact, low effort", journey.ThanklessTask: "low impact, high effort",
		},
		ImprovementOne: "improvement", Improvements: "improvements",
		Scale:       "impact and effort from 1 (low) to 5 (high); 3 and above counts as high",
		AsOf:        "overdue as of %s",
		Overdue:     "overdue",
		OverdueKey:  "Overdue: due before %s and not done",
		SettledKey:  "Done or dropped",
		Desc:        " %s by impact and effort: %s.",
		DescOverdue: " %d overdue on %s.",
		DescNone:    " None overdue on %s.",
		DescEmpty:   " No improvements yet.",
		And:         "and",
	},
}

var dutch = words{
	Persona: "Persona", Scenario: "Scenario", CustomerGoal: "Klantdoel", BusinessGoal: "Bedrijfsdoel",
	Before: "Vóór de aankoop", During: "Tijdens de aankoop", After: "Na de aankoop",
	Touchpoints: "Contactmomenten", Emotion: "Emotie", Thinks: "Denkt", Pains: "Pijnpunten", Gains: "Pluspunten",
	Improvements: "Verbeteringen", Metrics: "Meetpunten",
	Owner: "Eigenaar", Online: "online", Offline: "offline", NoTouchpoints: "Nog geen contactmomenten",
	Pain: "Pijnpunt", Peak: "Piek", End: "Einde",
	Current: "Huidige klantreis", Ideal: "Ideale klantreis", Gap: "Kloof", OtherVersion: "andere versie",
	Reviewed: "Herzien", Phase: "fase", Phases: "fasen", TouchpointOne: "contactmoment", TouchpointCount: "contactmomenten",
	LoopBack: "De reis is een cirkel: %s leidt terug naar %s",
	Quadrants: map[journey.Quadrant]string{
		journey.QuickWin: "quick win", journey.MajorProject: "groot project",
		journey.FillIn: "opvuller", journey.ThanklessTask: "ondankbare taak",
	},
	Due:          "deadline",
	WholeJourney: "Verbeteringen voor de hele reis",
	Statuses:     map[journey.Status]string{journey.Doing: "bezig", journey.Done: "klaar", journey.Dropped: "geschrapt"},
	Positive:     "positief", Negative: "negatief",
	Desc: descWords{
		Map:     "Klantreiskaart: %s.",
		For:     " Voor %s.",
		Counts:  " %s en %s.",
		Lowest:  " De emotiecurve is het laagst (%s) bij %s in %s",
		Highest: ", het hoogst (%s) bij %s in %s",
		Ends:    ", en eindigt op %s bij %s.",
		Flat:    " De emotie blijft overal %s.",
		Ideal:   " De ideale klantreis is gestreept getekend; de grootste kloof is bij %s (%s tegenover %s).",

		// With render --compare.
		Compare:     " Ter vergelijking is de emotiecurve van %s op dezelfde schaal getekend.",
		CompareMany: " Ter vergelijking zijn de emotiecurves van %s op dezelfde schaal getekend.",
	},
	Matrix: matrixWords{
		Title: "Actieprioriteitenmatrix", Impact: "Impact", Effort: "Inspanning",
		Headings: map[journey.Quadrant]string{
			journey.QuickWin: "Quick wins", journey.MajorProject: "Grote projecten",
			journey.FillIn: "Opvullers", journey.ThanklessTask: "Ondankbare taken",
		},
		About: map[journey.Quadrant]string{
			journey.QuickWin: "veel impact, weinig inspanning", journey.MajorProject: "veel impact, veel inspanning",
			journey.FillIn: "weinig impact, weinig inspanning", journey.ThanklessTask: "weinig impact, veel inspanning",
		},
		ImprovementOne: "verbetering", Improvements: "verbeteringen",
		Scale:       "impact en inspanning van 1 (laag) tot 5 (hoog); 3 of meer telt als hoog",
		AsOf:        "te laat per %s",
		Overdue:     "te laat",
		OverdueKey:  "Te laat: deadline vóór %s en niet klaar",
		SettledKey:  "Klaar of geschrapt",
		Desc:        " %s naar impact en inspanning: %s.",
		DescOverdue: " %d te laat op %s.",
		DescNone:    " Geen te laat op %s.",
		DescEmpty:   " Nog geen verbeteringen.",
		And:         "en",
	},
}

// wordsFor returns the labels in the journey's language.
func wordsFor(lang journey.Lang) *words {
	if lang == journey.Dutch {
		return &dutch
	}
	return &english
}
