package vocab

// The words, grouped by where a person reads them first; many are read in
// several places. A word with verbs (%s, %d) is a pattern for Format.
const (
	// The lens of the map and the start of the report.
	Persona Word = iota
	Scenario
	CustomerGoal
	BusinessGoal
	Reviewed      // before the date of the last review, on the map
	ReviewedOn    // %s: the date, in a sentence
	JourneyFor    // %s: the persona
	JourneyCounts // %s: "5 phases", %s: "16 touchpoints", %s: the phases with their counts
	JourneyEmpty  // %s: "1 phase", of a journey without touchpoints
	LoopBack      // %s: the last phase, %s: the first phase

	// Counting.
	PhaseOne
	PhaseMany
	TouchpointOne
	TouchpointMany
	ImprovementOne
	ImprovementMany
	And // joins the last two items of a list

	// The moments of a phase: as a value (moment: before), and as the
	// heading of the phases in it.
	Before
	During
	After
	BeforePurchase
	DuringPurchase
	AfterPurchase
	Moment // the column of a table

	// The touchpoint cards.
	Owner
	Online
	Offline
	NoTouchpoints

	// The emotion curve.
	Emotion
	EmotionCurve
	CurrentJourney
	IdealJourney
	IdealJourneyOf // %s: the persona
	GapBetween
	OtherVersion // a compared journey with the map's own title
	PainPoint
	Peak
	End
	Lowest
	Highest
	Flat           // %s: the one emotion of a curve that never moves
	ScaleSentence  // %s: minimum, %s: maximum, %s: neutral
	PointAt        // %s: value, %s: touchpoint, %s: phase
	AndMoreOne     // %d: 1 more touchpoint at the same value
	AndMoreMany    // %d: more touchpoints at the same value
	AverageEmotion // the column of a table
	BackedOfOne    // %d: 0 or 1, of 1 emotion backed by evidence
	BackedOfMany   // %d of %d emotions backed by evidence
	BackedKey      // the legend of a point backed by evidence
	AssumedKey     // the legend of an assumed point
	DescAssumed    // how the map draws assumed emotions, for screen readers
	AssumedTitle   // the report's section on evidence
	AssumedIntro   // before the list of assumed touchpoints
	AssumedLine    // %s: touchpoint, %s: phase, %s: emotion and more

	// The lanes.
	Thinks
	Feelings // of several personas, beneath the curve
	Pains
	Gains
	Improvements
	Metrics
	Due
	WholeJourney             // what an improvement of no touchpoint addresses
	WholeJourneyImprovements // the lane of those improvements

	// The statuses of an improvement.
	StatusOpen
	StatusDoing
	StatusDone
	StatusDropped
	Status // the column of a table

	// The action-priority matrix.
	MatrixTitle
	MatrixIntro
	Impact
	Effort
	RatingScale
	QuickWin
	MajorProject
	FillIn
	ThanklessTask
	QuickWins
	MajorProjects
	FillIns
	ThanklessTasks
	QuickWinAbout
	MajorProjectAbout
	FillInAbout
	ThanklessTaskAbout
	Overdue
	OverdueAsOf  // %s: the date overdue is measured against
	OverdueKey   // %s: that date, in the legend
	SettledKey   // the legend of done and dropped improvements
	OverdueTitle // the report's section
	OverdueIntro // %s: the date
	NoOverdue    // %s: the date
	DaysLate
	NoImprovements

	// The map's and the matrix's descriptions, for screen readers.
	DescMap         // %s: the title
	DescFor         // %s: the persona
	DescPersona     // %s: the persona, %s: what DescCurve says of its curve
	DescCounts      // %s: the phases, %s: the touchpoints
	DescCurve       // lowest (%s value, %s touchpoint, %s phase), highest (the same), end (%s value, %s touchpoint)
	DescIdeal       // %s: touchpoint, %s: ideal, %s: current
	DescCompare     // %s: the title of the compared journey
	DescCompareMany // %s: their titles
	MatrixDesc      // %s: "6 improvements", %s: the counts per quadrant
	MatrixDescOverdue
	MatrixDescNone
	MatrixDescEmpty

	// A map printed over several pages (render --page): what each page
	// shows.
	PagePhases // %d: the page, %d: the pages, %s: its first phase, %s: its last phase
	PagePhase  // %d: the page, %d: the pages, %s: its phase

	// Pain points, evidence and gaps in the report.
	PainPoints
	PainIntro
	PainLine // %s: touchpoint, %s: phase, %s: emotion and more
	Pain
	LowestPoint
	EvidenceFrom // %s: the kind of evidence
	NoEvidence
	NoPainPoints
	GapsTitle
	GapIntro
	Current
	Ideal
	Gap
	AtIdealOne
	AtIdealMany // %d
	NoIdealOne
	NoIdealMany // %d
	NoGaps
	NoIdeals

	// The kinds of evidence.
	EvidenceInterview
	EvidenceSession
	EvidenceSurvey
	EvidenceAnalytics
	EvidenceCRM
	EvidenceObservation
	EvidenceSupport
	EvidenceOther
	EvidenceAssumption

	// The report's warnings.
	Warnings
	LineNumber // %d
	NoWarnings

	// What changed between two versions of a journey.
	DiffTitle // %s: the journey's title
	NoDifferences
	Title
	Scale
	PhaseAdded
	PhaseRemoved
	PersonaAdded
	PersonaRemoved
	Renamed
	OtherChanges
	ChangedMark
	AddedMark
	RemovedMark
	Unchanged
	MovedFrom
	DetailsChanged // %s: which of thinks, pains, gains, evidence
	ItemsAdded     // %s: pains, gains, evidence, touchpoints; %s: the items
	ItemsRemoved   // the same
	Changes        // the column of the improvements that changed
	Name
	Channel
	Feeling
	Evidence
	None

	// The live preview (journeymap serve): its page and its index.
	MapView    // the tab of the map
	MatrixView // the tab of the action-priority matrix
	ReportView // the tab of the report
	Theme      // the theme switch
	ThemeLight
	ThemeDark
	ThemePrint
	Journeys    // the heading of the index
	AllJourneys // the way back to the index
	Journey     // the column of titles
	Valid       // the state of a journey without problems
	Gone        // the state of a journey whose file was deleted
	ErrorOne
	ErrorMany
	WarningOne
	WarningMany
	NoJourneys   // %s: the folders
	HasErrors    // above the last map drawn without errors
	NoMapYet     // where no map has been drawn yet
	Catalogue    // the kind of a catalogue on the index
	CatalogueMap // where a catalogue's map would be
	FileGone     // %s: the file
	FileUnread   // %s: the file, %s: why
	WrittenAt    // %s: file:line
	OpenInEditor // %s: the editor
	Disconnected // the connection to the server is lost
	ZoomIn       // the zoom buttons
	ZoomOut
	ZoomFit // to the window
	ZoomActual
	KeysHint  // on a journey's page
	IndexKeys // on the index
	Download
	NotCompared // %s: the compared journeys, %s: why
	Problems    // the heading of the list of problems

	// Writing numbers and dates.
	DecimalSeparator
	January
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December

	// Imports and exports: the headers of a spreadsheet of touchpoints,
	// and the comments of an imported journey and an exported diagram.
	ColumnPhase
	ColumnPhaseID
	ColumnMoment
	ColumnTouchpoint
	ColumnID
	ColumnChannel
	ColumnOwner
	ColumnEmotion
	ColumnIdeal
	ColumnFeeling
	ColumnThinks
	ColumnPains
	ColumnGains
	ColumnEvidence
	SheetTouchpoints       // the name of the first sheet of a workbook
	YAMLImportedFrom       // %s: the file
	YAMLCheckIt            // what to do next
	YAMLAccTitle           // on x-acc-title
	YAMLActors             // on x-actors
	YAMLEvidenceToComplete // on evidence an import added
	EvidenceToComplete     // the source of such evidence
	MermaidScaleComment    // %s: the scale, %s: the mapping
	MermaidCannotShow      // before the list of what a diagram leaves out
	MermaidPersonaComment  // %s: the persona id, %s: its name, %s: the other ids
	MermaidOfPhases        // %s: the keys, %s: the phase ids
	MermaidOfTouchpoints   // %s: the key, %s: the touchpoint ids

	numLabels // the words of diagnostics follow (messages.go)
)

// table holds every word in every language: English, then Dutch.
var table = [numLabels][2]string{
	Persona:       {"Persona", "Persona"},
	Scenario:      {"Scenario", "Scenario"},
	CustomerGoal:  {"Customer goal", "Klantdoel"},
	BusinessGoal:  {"Business goal", "Bedrijfsdoel"},
	Reviewed:      {"Reviewed", "Herzien"},
	ReviewedOn:    {"Last reviewed on %s.", "Laatst herzien op %s."},
	JourneyFor:    {"Customer journey for %s.", "Klantreis voor %s."},
	JourneyCounts: {"The journey has %s with %s: %s.", "De reis heeft %s met %s: %s."},
	JourneyEmpty:  {"The journey has %s and no touchpoints yet.", "De reis heeft %s en nog geen contactmomenten."},
	LoopBack:      {"The journey loops: %s leads back to %s", "De reis is een cirkel: %s leidt terug naar %s"},

	PhaseOne:        {"phase", "fase"},
	PhaseMany:       {"phases", "fasen"},
	TouchpointOne:   {"touchpoint", "contactmoment"},
	TouchpointMany:  {"touchpoints", "contactmomenten"},
	ImprovementOne:  {"improvement", "verbetering"},
	ImprovementMany: {"improvements", "verbeteringen"},
	And:             {"and", "en"},

	Before:         {"before", "vóór"},
	During:         {"during", "tijdens"},
	After:          {"after", "na"},
	BeforePurchase: {"Before the purchase", "Vóór de aankoop"},
	DuringPurchase: {"During the purchase", "Tijdens de aankoop"},
	AfterPurchase:  {"After the purchase", "Na de aankoop"},
	Moment:         {"Moment", "Moment"},

	Owner:         {"Owner", "Eigenaar"},
	Online:        {"online", "online"},
	Offline:       {"offline", "offline"},
	NoTouchpoints: {"No touchpoints mapped yet", "Nog geen contactmomenten"},

	Emotion:        {"Emotion", "Emotie"},
	EmotionCurve:   {"Emotion curve", "Emotiecurve"},
	CurrentJourney: {"Current journey", "Huidige klantreis"},
	IdealJourney:   {"Ideal journey", "Ideale klantreis"},
	IdealJourneyOf: {"Ideal journey of %s", "Ideale klantreis van %s"},
	GapBetween:     {"Gap between them", "Kloof"},
	OtherVersion:   {"other version", "andere versie"},
	PainPoint:      {"Pain point", "Pijnpunt"},
	Peak:           {"Peak", "Piek"},
	End:            {"End", "Einde"},
	Lowest:         {"Lowest", "Laagst"},
	Highest:        {"Highest", "Hoogst"},
	Flat:           {"The emotion stays at %s throughout.", "De emotie blijft overal %s."},
	ScaleSentence:  {"Emotions are on a scale from %s to %s, where %s is neutral.", "Emoties staan op een schaal van %s tot %s, waarop %s neutraal is."},
	PointAt:        {"%s at %s in %s", "%s bij %s in %s"},
	AndMoreOne:     {", and at %d more touchpoint", ", en bij nog %d contactmoment"},
	AndMoreMany:    {", and at %d more touchpoints", ", en bij nog %d contactmomenten"},
	AverageEmotion: {"Average emotion", "Gemiddelde emotie"},
	BackedOfOne:    {"%d of 1 emotion backed by evidence", "%d van 1 emotie onderbouwd met bewijs"},
	BackedOfMany:   {"%d of %d emotions backed by evidence", "%d van %d emoties onderbouwd met bewijs"},
	BackedKey:      {"Backed by evidence", "Onderbouwd met bewijs"},
	AssumedKey:     {"Assumed: no evidence", "Aangenomen: geen bewijs"},
	DescAssumed: {
		"An assumed emotion is drawn as a hollow, dotted point, and the curve is dotted between two of them.",
		"Een aangenomen emotie is getekend als een open, gestippeld punt, en de curve is gestippeld tussen twee daarvan.",
	},
	AssumedTitle: {"Evidence", "Onderbouwing"},
	AssumedIntro: {
		"The emotions of these touchpoints are assumed: they name no evidence, or only assumptions. Check them with customers before acting on them.",
		"De emoties van deze contactmomenten zijn aangenomen: ze noemen geen bewijs, of alleen aannames. Toets ze bij klanten voordat erop gehandeld wordt.",
	},
	AssumedLine: {"%s in %s: %s", "%s in %s: %s"},

	Thinks:                   {"Thinks", "Denkt"},
	Feelings:                 {"Feelings", "Gevoelens"},
	Pains:                    {"Pains", "Pijnpunten"},
	Gains:                    {"Gains", "Pluspunten"},
	Improvements:             {"Improvements", "Verbeteringen"},
	Metrics:                  {"Metrics", "Meetpunten"},
	Due:                      {"due", "deadline"},
	WholeJourney:             {"the whole journey", "de hele reis"},
	WholeJourneyImprovements: {"Improvements for the whole journey", "Verbeteringen voor de hele reis"},

	StatusOpen:    {"open", "open"},
	StatusDoing:   {"in progress", "bezig"},
	StatusDone:    {"done", "klaar"},
	StatusDropped: {"dropped", "geschrapt"},
	Status:        {"Status", "Status"},

	MatrixTitle: {"Action-priority matrix", "Actieprioriteitenmatrix"},
	MatrixIntro: {
		"By quadrant of the action-priority matrix, where impact and effort run from 1 (low) to 5 (high) and 3 or more counts as high; quick wins first.",
		"Per kwadrant van de actieprioriteitenmatrix, waarin impact en inspanning lopen van 1 (laag) tot 5 (hoog) en 3 of meer als hoog telt; quick wins eerst.",
	},
	Impact:             {"Impact", "Impact"},
	Effort:             {"Effort", "Inspanning"},
	RatingScale:        {"impact and effort from 1 (low) to 5 (high); 3 and above counts as high", "impact en inspanning van 1 (laag) tot 5 (hoog); 3 of meer telt als hoog"},
	QuickWin:           {"quick win", "quick win"},
	MajorProject:       {"major project", "groot project"},
	FillIn:             {"fill-in", "opvuller"},
	ThanklessTask:      {"thankless task", "ondankbare taak"},
	QuickWins:          {"Quick wins", "Quick wins"},
	MajorProjects:      {"Major projects", "Grote projecten"},
	FillIns:            {"Fill-ins", "Opvullers"},
	ThanklessTasks:     {"Thankless tasks", "Ondankbare taken"},
	QuickWinAbout:      {"high impact, low effort", "veel impact, weinig inspanning"},
	MajorProjectAbout:  {"high impact, high effort", "veel impact, veel inspanning"},
	FillInAbout:        {"low impact, low effort", "weinig impact, weinig inspanning"},
	ThanklessTaskAbout: {"low impact, high effort", "weinig impact, veel inspanning"},
	Overdue:            {"overdue", "te laat"},
	OverdueAsOf:        {"overdue as of %s", "te laat per %s"},
	OverdueKey:         {"Overdue: due before %s and not done", "Te laat: deadline vóór %s en niet klaar"},
	SettledKey:         {"Done or dropped", "Klaar of geschrapt"},
	OverdueTitle:       {"Overdue", "Deadline verstreken"},
	OverdueIntro: {
		"Improvements still open or in progress that were due before %s; longest overdue first.",
		"Verbeteringen die nog open of bezig zijn en waarvan de deadline vóór %s lag; langst verlopen eerst.",
	},
	NoOverdue: {
		"None: on %s, no open or in-progress improvement is past its due date.",
		"Geen: op %s is geen enkele open of lopende verbetering over de deadline.",
	},
	DaysLate:       {"Days late", "Dagen te laat"},
	NoImprovements: {"None yet.", "Nog geen."},

	DescMap:     {"Customer journey map: %s.", "Klantreiskaart: %s."},
	DescFor:     {"For %s.", "Voor %s."},
	DescPersona: {"Curve of %s: %s", "Curve van %s: %s"},
	DescCounts:  {"%s and %s.", "%s en %s."},
	DescCurve: {
		"The emotion curve is lowest (%s) at %s in %s, highest (%s) at %s in %s, and ends at %s at %s.",
		"De emotiecurve is het laagst (%s) bij %s in %s, het hoogst (%s) bij %s in %s, en eindigt op %s bij %s.",
	},
	DescIdeal: {
		"The ideal journey is drawn dashed; the largest gap is at %s (%s against %s).",
		"De ideale klantreis is gestreept getekend; de grootste kloof is bij %s (%s tegenover %s).",
	},
	DescCompare:       {"For comparison, the emotion curve of %s is drawn on the same scale.", "Ter vergelijking is de emotiecurve van %s op dezelfde schaal getekend."},
	DescCompareMany:   {"For comparison, the emotion curves of %s are drawn on the same scale.", "Ter vergelijking zijn de emotiecurves van %s op dezelfde schaal getekend."},
	MatrixDesc:        {"%s by impact and effort: %s.", "%s naar impact en inspanning: %s."},
	MatrixDescOverdue: {"%d overdue on %s.", "%d te laat op %s."},
	MatrixDescNone:    {"None overdue on %s.", "Geen te laat op %s."},
	MatrixDescEmpty:   {"No improvements yet.", "Nog geen verbeteringen."},

	PagePhases: {"page %d of %d · phases %s–%s", "pagina %d van %d · fasen %s–%s"},
	PagePhase:  {"page %d of %d · phase %s", "pagina %d van %d · fase %s"},

	PainPoints: {"Pain points", "Pijnpunten"},
	PainIntro: {
		"The touchpoints at the lowest point of the curve, when it dips to neutral or below, and every touchpoint that lists pains; lowest emotion first.",
		"De contactmomenten op het laagste punt van de curve, als die tot neutraal of lager zakt, en elk contactmoment met pijnpunten; laagste emotie eerst.",
	},
	PainLine:     {"%s in %s: %s", "%s in %s: %s"},
	Pain:         {"Pain", "Pijnpunt"},
	LowestPoint:  {"lowest point", "laagste punt"},
	EvidenceFrom: {"Evidence (%s)", "Bron (%s)"},
	NoEvidence:   {"Evidence: none given", "Geen bron opgegeven"},
	NoPainPoints: {
		"None: no touchpoint lists pains, and the curve does not dip to neutral or below.",
		"Geen: geen enkel contactmoment noemt pijnpunten, en de curve zakt niet tot neutraal of lager.",
	},
	GapsTitle: {"Gaps with the ideal journey", "Kloof met de ideale klantreis"},
	GapIntro: {
		"The touchpoints where the ideal journey differs from the current one, largest gap first. The gap is the ideal minus the current emotion: + where the customer should feel better than now, − where the ideal lies lower.",
		"De contactmomenten waar de ideale klantreis afwijkt van de huidige, grootste kloof eerst. De kloof is het ideaal min de huidige emotie: + waar de klant zich beter hoort te voelen dan nu, − waar het ideaal lager ligt.",
	},
	Current:     {"Current", "Nu"},
	Ideal:       {"Ideal", "Ideaal"},
	Gap:         {"Gap", "Kloof"},
	AtIdealOne:  {"1 touchpoint is at its ideal already.", "1 contactmoment zit al op zijn ideaal."},
	AtIdealMany: {"%d touchpoints are at their ideal already.", "%d contactmomenten zitten al op hun ideaal."},
	NoIdealOne:  {"1 touchpoint has no ideal.", "1 contactmoment heeft geen ideaal."},
	NoIdealMany: {"%d touchpoints have no ideal.", "%d contactmomenten hebben geen ideaal."},
	NoGaps:      {"None: every touchpoint with an ideal is at it already.", "Geen: elk contactmoment met een ideaal zit er al op."},
	NoIdeals:    {"None: no touchpoint has an ideal yet.", "Geen: nog geen enkel contactmoment heeft een ideaal."},

	EvidenceInterview:   {"interview", "interview"},
	EvidenceSession:     {"customer session", "klantsessie"},
	EvidenceSurvey:      {"survey", "enquête"},
	EvidenceAnalytics:   {"analytics", "webanalyse"},
	EvidenceCRM:         {"CRM", "CRM"},
	EvidenceObservation: {"observation", "observatie"},
	EvidenceSupport:     {"customer service", "klantenservice"},
	EvidenceOther:       {"other", "overig"},
	EvidenceAssumption:  {"assumption", "aanname"},

	Warnings:   {"Warnings", "Waarschuwingen"},
	LineNumber: {"Line %d", "Regel %d"},
	NoWarnings: {"None.", "Geen."},

	DiffTitle:      {"Journey changes: %s", "Wijzigingen in de klantreis: %s"},
	NoDifferences:  {"No differences.", "Geen verschillen."},
	Title:          {"Title", "Titel"},
	Scale:          {"Scale", "Schaal"},
	PhaseAdded:     {"Phase added", "Fase toegevoegd"},
	PhaseRemoved:   {"Phase removed", "Fase verwijderd"},
	PersonaAdded:   {"Persona added", "Persona toegevoegd"},
	PersonaRemoved: {"Persona removed", "Persona verwijderd"},
	Renamed:        {"renamed", "hernoemd"},
	OtherChanges:   {"Other changes", "Andere wijzigingen"},
	ChangedMark:    {"changed", "gewijzigd"},
	AddedMark:      {"added", "toegevoegd"},
	RemovedMark:    {"removed", "verwijderd"},
	Unchanged:      {"unchanged", "ongewijzigd"},
	MovedFrom:      {"moved from", "verplaatst uit"},
	DetailsChanged: {"%s changed", "%s gewijzigd"},
	ItemsAdded:     {"%s added: %s", "%s toegevoegd: %s"},
	ItemsRemoved:   {"%s removed: %s", "%s verwijderd: %s"},
	Changes:        {"Changes", "Wijzigingen"},
	Name:           {"Name", "Naam"},
	Channel:        {"Channel", "Kanaal"},
	Feeling:        {"Feeling", "Gevoel"},
	Evidence:       {"Evidence", "Bewijs"},
	None:           {"None", "Geen"},

	MapView:      {"Map", "Kaart"},
	MatrixView:   {"Matrix", "Matrix"},
	ReportView:   {"Report", "Rapport"},
	Theme:        {"Theme", "Thema"},
	ThemeLight:   {"Light", "Licht"},
	ThemeDark:    {"Dark", "Donker"},
	ThemePrint:   {"Print", "Afdruk"},
	Journeys:     {"Journeys", "Klantreizen"},
	AllJourneys:  {"All journeys", "Alle klantreizen"},
	Journey:      {"Journey", "Klantreis"},
	Valid:        {"valid", "geldig"},
	Gone:         {"gone", "verdwenen"},
	ErrorOne:     {"error", "fout"},
	ErrorMany:    {"errors", "fouten"},
	WarningOne:   {"warning", "waarschuwing"},
	WarningMany:  {"warnings", "waarschuwingen"},
	NoJourneys:   {"No journeys (*.yaml, *.yml) in %s yet.", "Nog geen klantreizen (*.yaml, *.yml) in %s."},
	HasErrors:    {"The map below is the last one drawn without errors.", "De kaart hieronder is de laatste zonder fouten."},
	NoMapYet:     {"No map yet: it is drawn once the errors above are fixed.", "Nog geen kaart: die verschijnt zodra de fouten hierboven zijn opgelost."},
	Catalogue:    {"Catalogue", "Catalogus"},
	CatalogueMap: {"A catalogue has no map of its own: the journeys that include it draw its channels, personas, evidence and owners.", "Een catalogus heeft geen eigen kaart: de klantreizen die hem opnemen tekenen zijn kanalen, persona's, bronnen en eigenaren."},
	FileGone:     {"%s no longer exists.", "%s bestaat niet meer."},
	FileUnread:   {"Cannot read %s: %s", "Kan %s niet lezen: %s"},
	WrittenAt:    {"Written at %s", "Staat in %s"},
	OpenInEditor: {"Open in %s", "Openen in %s"},
	Disconnected: {"Not connected to journeymap serve; trying again…", "Geen verbinding met journeymap serve; opnieuw proberen…"},
	ZoomIn:       {"Zoom in", "Inzoomen"},
	ZoomOut:      {"Zoom out", "Uitzoomen"},
	ZoomFit:      {"Fit", "Passend"},
	ZoomActual:   {"Actual size", "Ware grootte"},
	KeysHint:     {"Keys: t theme, m map, matrix or report, + and − zoom, 0 fit, 1 actual size", "Toetsen: t thema, m kaart, matrix of rapport, + en − zoomen, 0 passend, 1 ware grootte"},
	IndexKeys:    {"Keys: t theme", "Toetsen: t thema"},
	Download:     {"Download", "Downloaden"},
	NotCompared:  {"Drawn without %s: %s", "Getekend zonder %s: %s"},
	Problems:     {"Problems", "Problemen"},

	DecimalSeparator: {".", ","},
	January:          {"January", "januari"},
	February:         {"February", "februari"},
	March:            {"March", "maart"},
	April:            {"April", "april"},
	May:              {"May", "mei"},
	June:             {"June", "juni"},
	July:             {"July", "juli"},
	August:           {"August", "augustus"},
	September:        {"September", "september"},
	October:          {"October", "oktober"},
	November:         {"November", "november"},
	December:         {"December", "december"},

	ColumnPhase:            {"phase", "fase"},
	ColumnPhaseID:          {"phase id", "fase-id"},
	ColumnMoment:           {"moment", "moment"},
	ColumnTouchpoint:       {"touchpoint", "contactmoment"},
	ColumnID:               {"id", "id"},
	ColumnChannel:          {"channel", "kanaal"},
	ColumnOwner:            {"owner", "eigenaar"},
	ColumnEmotion:          {"emotion", "emotie"},
	ColumnIdeal:            {"ideal", "ideaal"},
	ColumnFeeling:          {"feeling", "gevoel"},
	ColumnThinks:           {"thinks", "denkt"},
	ColumnPains:            {"pains", "pijnpunten"},
	ColumnGains:            {"gains", "pluspunten"},
	ColumnEvidence:         {"evidence", "bewijs"},
	SheetTouchpoints:       {"Touchpoints", "Contactmomenten"},
	YAMLImportedFrom:       {"Imported from %s with journeymap import.", "Geïmporteerd uit %s met journeymap import."},
	YAMLCheckIt:            {"Check the names, add what the source could not hold (persona, pains,\nevidence), then run journeymap validate and journeymap render.", "Controleer de namen, vul aan wat de bron niet kon bevatten (persona,\npijnpunten, bewijs) en voer dan journeymap validate en journeymap render uit."},
	YAMLAccTitle:           {"Mermaid's accTitle, the diagram's title for screen readers.", "De accTitle van Mermaid, de titel van het diagram voor schermlezers."},
	YAMLActors:             {"The task's other actors: journeymap keeps them (x- keys are ignored).", "De andere actoren van de taak: journeymap bewaart ze (x-sleutels worden genegeerd)."},
	YAMLEvidenceToComplete: {"Named in the spreadsheet without a source: complete kind and source.", "Genoemd in het rekenblad zonder bron: vul kind en source aan."},
	EvidenceToComplete:     {"to complete", "aan te vullen"},
	MermaidScaleComment:    {"emotions on the scale %s, as Mermaid's scores 1 to 5: %s", "emoties op de schaal %s, als de scores 1 tot 5 van Mermaid: %s"},
	MermaidCannotShow:      {"Not shown by Mermaid, kept in the journey file:", "Niet getoond door Mermaid, bewaard in het klantreisbestand:"},
	MermaidPersonaComment:  {"the scores are the emotions of persona %s (%s); left out: the personas %s (export --persona ID)", "de scores zijn de emoties van persona %s (%s); weggelaten: de persona's %s (export --persona ID)"},
	MermaidOfPhases:        {"%s of the phases %s", "%s van de fasen %s"},
	MermaidOfTouchpoints:   {"%s of the touchpoints %s", "%s van de contactmomenten %s"},
}

// spellings are other ways people write a word, beside the word itself:
// a synonym, in the language they write it in. Letter case and accents
// need none (see Lang.Means).
var spellings = []struct {
	word Word
	lang Lang
	text string
}{
	{StatusDone, Dutch, "gedaan"},
	{StatusDropped, Dutch, "vervallen"},
	{EvidenceSession, Dutch, "sessie"},
	{EvidenceOther, Dutch, "anders"},
}
