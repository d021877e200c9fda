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
// touchpoints spread evenly over up to 30 phases, every field of a
// touchpoint filled. It gives no warning either: every touchpoint has an
// owner and evidence, an improvement for its pains, and the journey ends on
// a high.
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
	n := 0
	for p := 0; p < phases; p++ {
		per := touchpoints*(p+1)/phases - touchpoints*p/phases
		ph := phaseNames[p*len(phaseNames)/phases]
		fmt.Fprintf(&b, "  - id: phase-%d\n    name: %s %d\n    moment: %s\n    metrics: [\"Visits per month\"]\n    touchpoints:\n", p+1, ph.name, p+1, ph.moment)
		for k := 0; k < per; k++ {
			n++
			channel := "web"
			if n%3 == 0 {
				channel = "phone"
			}
			emotion := (n*7)%5 - 2
			if n == touchpoints {
				emotion = 2 // a positive end
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
`, n, n, channel, emotion, min(2, (n*7)%5-1))
		}
	}
	// Every touchpoint has pains, so an improvement names each: up to 20
	// improvements, more when one would name over 50 touchpoints.
	b.WriteString("improvements:\n")
	improvements := max(min(touchpoints, 20), (touchpoints+49)/50)
	for i := 1; i <= improvements; i++ {
		var ids []string
		for k := i; k <= touchpoints; k += improvements {
			ids = append(ids, fmt.Sprintf("tp-%d", k))
		}
		fmt.Fprintf(&b, "  - {id: imp-%d, title: Improve step %d, touchpoints: [%s], impact: %d, effort: %d, owner: Sales lead, due: 2027-01-31, status: open}\n", i, i, strings.Join(ids, ", "), i%5+1, (i*3)%5+1)
	}
	return []byte(b.String())
}
