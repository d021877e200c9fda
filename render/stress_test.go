package render

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/journeymap/journeymap/internal/sample"
	"github.com/journeymap/journeymap/journey"
)

// stressJourneys are journeys written to break a layout: long Dutch words,
// many touchpoints in one phase, an empty phase, a tiny journey, CJK text,
// a gappy ideal curve and unusual scales.
func stressJourneys() map[string]string {
	var forty strings.Builder
	for i := range 40 {
		fmt.Fprintf(&forty, "      - {id: t%d, name: \"Stap %d: de klant leest de voorwaarden opnieuw\", emotion: %d, feeling: twijfel}\n", i, i+1, i%5-2)
	}
	return map[string]string{
		"long-dutch-words": `title: Klanttevredenheidsonderzoeksresultatenpresentatievoorbereidingswerkzaamheden
lang: nl
persona: {name: Arbeidsongeschiktheidsverzekeringsaanvrager, about: Zelfstandigenaftrekberekeningsprogrammatuurgebruiker met hypotheekrenteaftrekmogelijkheden}
scenario: Kinderopvangtoeslagaanvraagformulierinvulinstructies
goals: {customer: Aansprakelijkheidsverzekeringspolisvoorwaardenwijziging, business: Klantcontactcentrummedewerkerstevredenheidsonderzoek}
channels:
  - {id: web, name: Zorgverzekeringsvergelijkingswebsite, kind: online}
phases:
  - id: a
    name: Oriëntatiefasebegeleidingsgesprekken
    moment: before
    scenario: Hypotheekrenteaftrekbeperkingsmaatregelen
    metrics: [Websitebezoekersconversiepercentageverbetering]
    touchpoints:
      - id: t1
        name: Arbeidsongeschiktheidsverzekeringspremieberekening
        channel: web
        owner: Klantcontactcentrummedewerker
        emotion: -2
        ideal: 1
        feeling: gefrustreerdheidsniveauverhoging
        thinks: Waaromisditzoingewikkeldvoorgewonemensen
        pains: [Aansprakelijkheidsverzekeringsvoorwaarden]
        gains: [Klantvriendelijkheidsverbeteringstraject]
      - id: t2
        name: Bevestigingsmail
        channel: web
        emotion: 1
improvements:
  - {id: i1, title: Verzekeringsvoorwaardenvereenvoudigingsproject, touchpoints: [t1], impact: 4, effort: 4, owner: Productontwikkelingsafdelingsmanager, due: 2027-06-30}
`,
		"five-personas":                   fivePersonas,
		"five-long-personas-half-assumed": fiveLongPersonas,
		"drie-personas-gelijk-aangenomen": threeAlikeAssumed,
		"forty-in-one-phase":              "title: Forty steps\npersona: P\nphases:\n  - id: p\n    name: One long phase\n    moment: during\n    touchpoints:\n" + forty.String(),
		"empty-phase": `title: A phase without touchpoints
persona: Sanne
phases:
  - id: a
    name: Awareness
    moment: before
    touchpoints:
      - {id: t1, name: Sees an ad, emotion: 1}
  - id: b
    name: Consideration, not mapped yet
    moment: before
  - id: c
    name: Purchase
    moment: during
    touchpoints:
      - {id: t2, name: Buys, emotion: 2}
`,
		"first-phase-empty": `title: The first phase is not mapped yet
persona: Sanne
phases:
  - id: a
    name: Awareness, not mapped yet
    moment: before
  - id: b
    name: Purchase
    moment: during
    touchpoints:
      - {id: t1, name: Buys the machine after reading three reviews and asking a friend, channel: Shop, owner: Sales, emotion: 1}
`,
		"two-touchpoints": `title: Two touchpoints
phases:
  - id: a
    name: Buy
    moment: during
    touchpoints:
      - {id: t1, name: Orders, emotion: -1, feeling: unsure}
      - {id: t2, name: Receives, emotion: 2, feeling: happy}
`,
		"cjk": `title: 私はキッチンのリフォームの見積もりを依頼します
persona: {name: 佐藤さくら、34歳, about: 初めての家を購入し、赤ちゃんが生まれる前にキッチンを新しくしたい}
scenario: 顾客希望在三周内收到清晰、可比较的报价，以便在宝宝出生前完成厨房装修。
phases:
  - id: a
    name: 情報収集と比較検討のフェーズ
    moment: before
    touchpoints:
      - {id: t1, name: インスタグラムの広告を見て、ウェブサイトで施工事例を確認する, owner: マーケティング部, emotion: 1, feeling: 好奇心, pains: [見積もりの価格がどこにも書かれていないので不安になる]}
      - {id: t2, name: 填写在线报价申请表格并上传厨房照片, owner: 电子商务团队, emotion: -2, feeling: 烦躁, thinks: 为什么需要这么多必填字段？}
      - {id: t3, name: 한국어 라벨도 줄바꿈이 되어야 합니다, emotion: 2, feeling: 기쁨}
`,
		"gappy-ideal": `title: Ideal in places
persona: P
scale: [1, 5]
phases:
  - id: a
    name: All
    moment: after
    touchpoints:
      - {id: t1, name: One, emotion: 3, ideal: 4}
      - {id: t2, name: Two, emotion: 1, ideal: 4}
      - {id: t3, name: Three, emotion: 2}
      - {id: t4, name: Four, emotion: 5, ideal: 5}
      - {id: t5, name: Five, emotion: 1, ideal: 3}
      - {id: t6, name: Six, emotion: 4, ideal: 2}
`,
		"wide-scale": `title: Scale from 0 to 10
persona: P
scale: [0, 10]
phases:
  - id: a
    name: All
    moment: after
    touchpoints:
      - {id: t1, name: One, emotion: 0, feeling: "very, very unhappy about everything"}
      - {id: t2, name: Two, emotion: 10, feeling: "extremely happy with the whole experience"}
      - {id: t3, name: Three, emotion: 10}
      - {id: t4, name: Four, emotion: 0}
`,
		"no-moments": `title: I start at a new employer
persona: Priya, new team lead
loop: true
phases:
  - {id: offer, name: Accepts the offer, touchpoints: [{id: t1, name: Signs the contract, emotion: 1}]}
  - {id: first-day, name: First day, touchpoints: [{id: t2, name: No laptop yet, emotion: -2}]}
  - {id: first-month, name: First month, touchpoints: [{id: t3, name: Meets the team, emotion: 2}]}
`,
		"some-moments-named": `title: Ik zeg mijn sportabonnement op
lang: nl
persona: Joost
moments:
  before: Voor het opzeggen van een abonnement dat al jaren doorloopt
  after: Na het vertrek
phases:
  - {id: twijfel, name: Twijfelt, moment: before, touchpoints: [{id: t1, name: Rekent uit wat het kost, emotion: -1}]}
  - {id: zoekt, name: Zoekt hoe het moet, moment: before, touchpoints: [{id: t2, name: Vindt geen knop, emotion: -2}]}
  - {id: belt, name: Belt de club, touchpoints: [{id: t3, name: Wacht twintig minuten, emotion: -2}]}
  - {id: brief, name: Krijgt de bevestiging, moment: during, touchpoints: [{id: t4, name: Bevestiging per post, emotion: 0}]}
  - {id: na, name: Daarna, moment: after, touchpoints: [{id: t5, name: Laatste incasso, emotion: 1}]}
`,
		"flat": `title: Nothing changes
persona: P
loop: true
phases:
  - {id: a, name: A, moment: before, touchpoints: [{id: t1, name: One, emotion: 0}]}
  - {id: b, name: B, moment: after, touchpoints: [{id: t2, name: Two, emotion: 0}]}
`,
	}
}

// TestStressLayouts: journeys written to break the layout still give maps
// whose texts fit their boxes, with nothing overlapping.
func TestStressLayouts(t *testing.T) {
	for name, src := range stressJourneys() {
		j := mustParse(t, name, []byte(src))
		checkScene(t, name, Layout(j, DejaVu), DejaVu)
		checkSVG(t, name, renderSVG(t, j, Options{}))
	}
	for _, n := range []int{1, 10, 56, journey.MaxTouchpoints} {
		j := mustParse(t, "sample", sample.Journey(n))
		checkScene(t, fmt.Sprintf("sample %d", n), Layout(j, DejaVu), DejaVu)
	}
}

// BenchmarkRender lays out and writes maps of growing size, up to the
// limit of touchpoints: the cost must grow linearly.
func BenchmarkRender(b *testing.B) {
	benchmarkSizes(b, "bytes/map", func(w io.Writer, j *journey.Journey) error {
		_, err := Render(w, j, Options{})
		return err
	})
}

// BenchmarkRenderPDF lays out and prints maps of growing size as one-page
// PDFs, up to the limit of touchpoints: the cost must grow linearly.
func BenchmarkRenderPDF(b *testing.B) {
	benchmarkSizes(b, "bytes/pdf", func(w io.Writer, j *journey.Journey) error {
		_, err := RenderPDF(w, j, Options{}, PDFOptions{})
		return err
	})
}

// BenchmarkRenderPNG lays out and draws maps of growing size as PNG at
// the default scale; the largest is drawn at the largest scale within
// MaxPNGPixels.
func BenchmarkRenderPNG(b *testing.B) {
	benchmarkSizes(b, "bytes/png", func(w io.Writer, j *journey.Journey) error {
		_, err := RenderPNG(w, j, Options{}, PNGOptions{})
		return err
	})
}

// benchmarkSizes runs draw on the sample journey at 10, 56 and the most
// touchpoints, and reports the bytes it writes as unit.
func benchmarkSizes(b *testing.B, unit string, draw func(io.Writer, *journey.Journey) error) {
	for _, n := range []int{10, 56, journey.MaxTouchpoints} {
		j := mustParse(b, "sample", sample.Journey(n))
		b.Run(fmt.Sprintf("touchpoints=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var out countingWriter
			for b.Loop() {
				out = 0
				if err := draw(&out, j); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(out), unit)
		})
	}
}

type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}

// BenchmarkRenderManyReferences: the most touchpoints and 500
// improvements that each name 50 of them, the most the format allows.
func BenchmarkRenderManyReferences(b *testing.B) {
	var src strings.Builder
	src.WriteString("title: T\npersona: P\nphases:\n")
	for p := range 30 {
		fmt.Fprintf(&src, "  - id: p%d\n    name: P\n    moment: after\n    touchpoints:\n", p)
		for k := p * journey.MaxTouchpoints / 30; k < (p+1)*journey.MaxTouchpoints/30; k++ {
			fmt.Fprintf(&src, "      - {id: t%d, name: T, owner: O, emotion: 0}\n", k)
		}
	}
	src.WriteString("improvements:\n")
	var refs []string
	for k := journey.MaxTouchpoints - 50; k < journey.MaxTouchpoints; k++ {
		refs = append(refs, fmt.Sprintf("t%d", k))
	}
	for i := range 500 {
		fmt.Fprintf(&src, "  - {id: i%d, title: I, owner: O, due: 2027-01-01, impact: 3, effort: 3, touchpoints: [%s]}\n", i, strings.Join(refs, ", "))
	}
	j := mustParse(b, "refs", []byte(src.String()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Render(io.Discard, j, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// fivePersonas is a journey of the most personas a map draws, with long
// names, their curves crossing and meeting, and a feeling each.
const fivePersonas = `title: Vijf mensen, één verhuizing
lang: nl
personas:
  - {id: a, name: "Annemarie van den Heuvel-Verstappen, 52, moeder", about: Regelt de verhuizing}
  - {id: b, name: "Bartholomeus, 19, zoon", about: Verhuist mee}
  - {id: c, name: "Clementine, 16, dochter"}
  - {id: d, name: "Dirk, 55, vader"}
  - {id: e, name: "Els, 80, oma, die intrekt"}
scenario: Het gezin verhuist naar een groter huis, en oma trekt in.
goals: {customer: Alles op één dag verhuisd, business: Een aanbeveling van elk gezin}
phases:
  - id: voor
    name: Voorbereiding
    moment: before
    touchpoints:
      - {id: t1, name: Vraagt offertes op, owner: Verkoop, emotion: {a: -2, b: 0, c: 1, d: 2, e: -1}, ideal: 1, feeling: {a: gestrest, b: onverschillig, c: nieuwsgierig, d: optimistisch, e: bezorgd}}
      - {id: t2, name: Pakt dozen in, owner: Klant, emotion: {a: -1, b: -1, c: -1, d: -1, e: -1}, feeling: moe}
  - id: dag
    name: Verhuisdag
    moment: during
    touchpoints:
      - {id: t3, name: De verhuizers komen te laat, owner: Planning, emotion: {a: -2, b: 2, c: -2, d: 0, e: -2}, feeling: {a: boos, b: blij met vrije ochtend, c: verveeld, d: kalm, e: verward}, pains: [Twee uur te laat]}
      - {id: t4, name: Alles staat binnen, owner: Verhuizers, emotion: {a: 2, b: 1, c: 0, d: -1, e: 2}, feeling: {a: opgelucht, e: thuis}}
  - id: na
    name: Daarna
    moment: after
    touchpoints:
      - {id: t5, name: Eerste week in het nieuwe huis, owner: Klantenservice, emotion: {a: 1, b: 1, c: 2, d: 1, e: 0}, feeling: {a: tevreden, b: tevreden, c: enthousiast, d: tevreden, e: onwennig}}
improvements:
  - {id: i1, title: Verhuizers melden vertraging vooraf, touchpoints: [t3], impact: 4, effort: 2, owner: Planning, due: 2027-03-31}
`

// fiveLongPersonas: five personas with long names, some sharing a curve,
// an ideal per persona, half the emotions assumed, feelings for some.
const fiveLongPersonas = `title: Buying a bicycle insurance policy online with five very different personas and their feelings
personas:
  - {id: anna, name: "Anna-Catharina van der Berghe-Oosterhuizen, 71, retired schoolteacher who distrusts apps", about: Pays by bank transfer only}
  - {id: bob, name: "Bob, 19, student"}
  - {id: chen, name: "Chen Wei-Lin, 45, small business owner with three shops and a very long commute"}
  - {id: dora, name: "Dora, 33"}
  - {id: eli, name: "Eli, 52, procurement lead"}
evidence:
  - {id: int, kind: interview, source: "Twelve interviews, 2026"}
  - {id: guess, kind: assumption, source: "Team workshop guess"}
phases:
  - id: p1
    name: Discover
    moment: before
    touchpoints:
      - id: t1
        name: Sees an advert
        owner: Sales
        emotion: {anna: -2, bob: 2, chen: 0, dora: 0, eli: 0}
        ideal: {anna: 1, bob: 2, chen: 1, dora: 1, eli: 1}
        feeling: {anna: suspicious and confused about everything, bob: excited, chen: neutral, dora: neutral, eli: bored}
        evidence: [int]
      - id: t2
        name: Compares prices on a comparison site with a very long touchpoint name that wraps
        owner: Operations
        emotion: 0
        ideal: 1
        feeling: indifferent
  - id: p2
    name: Buy
    moment: during
    touchpoints:
      - id: t3
        name: Calls the helpdesk
        owner: Sales
        emotion: {anna: 2, bob: -2, chen: -2, dora: -2, eli: -2}
        ideal: 2
        pains: [Long queue]
        evidence: [guess]
      - id: t4
        name: Pays
        owner: Sales
        emotion: {anna: -2, bob: -2, chen: -2, dora: 2, eli: -2}
        evidence: [int]
      - id: t5
        name: Receives the policy
        owner: Operations
        emotion: {anna: -2, bob: -1, chen: -2, dora: -2, eli: -2}
        feeling: {anna: angry, eli: relieved it is over}
improvements:
  - {id: i1, title: Call back instead of a queue, touchpoints: [t3, t1, t4, t5], impact: 4, effort: 2, owner: Sales, due: 2027-03-31}
`

// threeAlikeAssumed: three personas, two of them alike throughout, no
// emotion backed by evidence, an ideal for one persona only.
const threeAlikeAssumed = `title: Een zorgverzekering overstappen in december
lang: nl
personas:
  - {id: fatima, name: "Fatima El Amrani-Bouzidi, 41, alleenstaande moeder van drie kinderen", about: Werkt parttime in de zorg}
  - {id: gert, name: "Gert, 67"}
  - {id: gerda, name: "Gerda, 66, zijn vrouw"}
scenario: Iedereen overweegt in december over te stappen naar een goedkopere polis.
evidence:
  - {id: gok, kind: assumption, source: Aanname van het team}
phases:
  - id: orientatie
    name: Oriëntatie
    moment: before
    touchpoints:
      - {id: vergelijker, name: Vergelijkt polissen op een vergelijkingssite, owner: Marketing, emotion: {fatima: -1, gert: 1, gerda: 1}, ideal: {gert: 2}, feeling: {fatima: overweldigd, gert: nieuwsgierig, gerda: nieuwsgierig}, evidence: [gok]}
      - {id: brief, name: Leest de brief over de nieuwe premie, owner: Communicatie, emotion: -2, ideal: {gert: 0}, feeling: geschrokken, pains: [Premie stijgt met twaalf procent]}
  - id: overstap
    name: Overstap
    moment: during
    touchpoints:
      - {id: formulier, name: Vult het aanmeldformulier in, owner: Digitaal, emotion: {fatima: 1, gert: -1, gerda: -1}, ideal: {gert: 1}, evidence: [gok]}
      - {id: bevestiging, name: Krijgt een bevestiging per e-mail, owner: Digitaal, emotion: {fatima: 2, gert: 0, gerda: 0}, feeling: {fatima: opgelucht}}
improvements:
  - {id: premie, title: Premiestijging eerder en duidelijker uitleggen, touchpoints: [brief], impact: 4, effort: 2, owner: Communicatie, due: 2027-10-01}
`
