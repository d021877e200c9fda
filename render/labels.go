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
	Reviewed, Phase, Phases                       string
	TouchpointOne, TouchpointCount                string
	LoopBack                                      string // %s: last phase, first phase
	Quadrants                                     map[journey.Quadrant]string
	Due, WholeJourney                             string
	Statuses                                      map[journey.Status]string
	Positive, Negative                            string
	Desc                                          descWords
}

// descWords phrase the accessible summary of the map.
type descWords struct {
	Map, For, Counts, Lowest, Highest, Ends, Flat, Ideal string
}

var english = words{
	Persona: "Persona", Scenario: "Scenario", CustomerGoal: "Customer goal", BusinessGoal: "Business goal",
	Before: "Before the purchase", During: "During the purchase", After: "After the purchase",
	Touchpoints: "Touchpoints", Emotion: "Emotion", Thinks: "Thinks", Pains: "Pains", Gains: "Gains",
	Improvements: "Improvements", Metrics: "Metrics",
	Owner: "Owner", Online: "online", Offline: "offline", NoTouchpoints: "No touchpoints mapped yet",
	Pain: "Pain point", Peak: "Peak", End: "End",
	Current: "Current journey", Ideal: "Ideal journey", Gap: "Gap between them",
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
	},
}

var dutch = words{
	Persona: "Persona", Scenario: "Scenario", CustomerGoal: "Klantdoel", BusinessGoal: "Bedrijfsdoel",
	Before: "Vóór de aankoop", During: "Tijdens de aankoop", After: "Na de aankoop",
	Touchpoints: "Contactmomenten", Emotion: "Emotie", Thinks: "Denkt", Pains: "Pijnpunten", Gains: "Pluspunten",
	Improvements: "Verbeteringen", Metrics: "Meetpunten",
	Owner: "Eigenaar", Online: "online", Offline: "offline", NoTouchpoints: "Nog geen contactmomenten",
	Pain: "Pijnpunt", Peak: "Piek", End: "Einde",
	Current: "Huidige klantreis", Ideal: "Ideale klantreis", Gap: "Kloof ertussen",
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
		Map:     "Customer journey map: %s.",
		For:     " Voor %s.",
		Counts:  " %s en %s.",
		Lowest:  " De emotiecurve is het laagst (%s) bij %s in %s",
		Highest: ", het hoogst (%s) bij %s in %s",
		Ends:    ", en eindigt op %s bij %s.",
		Flat:    " De emotie blijft overal %s.",
		Ideal:   " De ideale klantreis is gestreept getekend; de grootste kloof is bij %s (%s tegenover %s).",
	},
}

// wordsFor returns the labels in the journey's language.
func wordsFor(lang journey.Lang) *words {
	if lang == journey.Dutch {
		return &dutch
	}
	return &english
}
