// Package sample writes synthetic journeys of any size, for benchmarks and
// tests that need a journey of a given number of touchpoints.
package sample

import (
	"fmt"
	"strings"
)

// phaseNames are the classic five phases, reused in turn for larger journeys.
var phaseNames = []struct{ name, moment string }{
	{"Awareness", "before"}, {"Consideration", "before"}, {"Purchase", "during"},
	{"Service", "after"}, {"Loyalty", "after"},
}

// Journey returns the YAML of a valid journey with the given number of
// touchpoints spread over up to 30 phases, every field of a touchpoint filled.
func Journey(touchpoints int) []byte {
	var b strings.Builder
	b.WriteString(`title: I renew my home insurance
lang: en
persona: {name: "Sanne, 34", about: "First home, baby on the way"}
scenario: The renewal letter arrives; the premium went up.
goals: {customer: Stay insured for less, business: Keep the customer}
scale: [-2, 2]
reviewed: 2026-06-01
channels:
  - {id: web, name: Website, kind: online}
  - {id: phone, name: Phone, kind: offline}
evidence:
  - {id: interviews, kind: interview, source: "8 interviews, March 2026"}
phases:
`)
	phases := min(30, max(1, (touchpoints+11)/12))
	per := (touchpoints + phases - 1) / phases
	n := 0
	for p := 0; p < phases; p++ {
		ph := phaseNames[p*len(phaseNames)/phases]
		fmt.Fprintf(&b, "  - id: phase-%d\n    name: %s %d\n    moment: %s\n    metrics: [\"Visits per month\"]\n    touchpoints:\n", p+1, ph.name, p+1, ph.moment)
		for k := 0; k < per && n < touchpoints; k++ {
			n++
			channel := "web"
			if n%3 == 0 {
				channel = "phone"
			}
			fmt.Fprintf(&b, `      - id: tp-%d
        name: Step %d of the journey, with a label of ordinary length
        channel: %s
        owner: Customer service
        emotion: %d
        ideal: %d
        feeling: curious
        thinks: "Is this the right choice for me?"
        pains: ["Has to wait for an answer"]
        gains: ["Friendly advice"]
        evidence: [interviews]
`, n, n, channel, (n*7)%5-2, min(2, (n*7)%5-1))
		}
	}
	b.WriteString("improvements:\n")
	for i := 1; i <= min(touchpoints, 20); i++ {
		fmt.Fprintf(&b, "  - {id: imp-%d, title: Improve step %d, touchpoints: [tp-%d], impact: %d, effort: %d, owner: Sales lead, due: 2027-01-31, status: open}\n", i, i, i, i%5+1, (i*3)%5+1)
	}
	return []byte(b.String())
}
