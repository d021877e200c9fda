package vocab

// The words of diagnostics: what is wrong with a journey file, and how to
// put it right. Keys and values of the format (title, phases, before) stay
// as the file writes them, in every language.
const (
	// Before YAML.
	FileTooLarge Word = numLabels + iota // %d: bytes
	BadUTF8                              // %02X: the byte
	LoneCarriageReturn
	LineSeparator // %U
	NulByte
	ControlCharacter // %U
	MoreControlCharacters

	// The document.
	NoJourney
	SecondDocument
	TextAfterDocument
	TooManyNodes        // %d
	TooManyNodesAliases // %d
	TooDeep             // %d
	UnknownTag          // %s
	KeyNotText
	DuplicateKey // %s: the key, %d: its first line
	AliasCycle   // %s: the alias

	// YAML syntax.
	TabIndentation
	SyntaxUnknownAlias   // %s, %s: the alias
	SyntaxSecondColon    // :
	SyntaxAtSign         // %s: the character, @, ` or %
	SyntaxUnclosed       // %c: the bracket, %c: the one that closes it
	SyntaxUnclosedQuote  // %c: the quote
	SyntaxLibrary        // %s: what the YAML library says
	SyntaxBadIndentation // %d: the line, %s: its indentation (Spaces), %s: its siblings (OtherKeys…), %d: their indentation
	SyntaxFlowComma      // %s: the text after the comma
	SyntaxColonInList    // %s: the list's key
	SyntaxMissingDash
	HashComment // %s: the text after ' #'

	// Shapes and values.
	BadMergeItem // %s: what was found
	BadMerge     // %s
	NotMapping   // %s: what, %s: found
	UnknownKey   // %s: the key, %s: where, %s: a hint
	HintDidYouMean
	HintExpectedOneOf // %s: the keys
	HintEnglishValue  // %s: the value meant
	MissingKey        // %s: what, %s: the keys
	NotList           // %s: what, %s: found
	TooManyItems      // %s: what, %d: the limit
	WrongType         // %s: what, %s: expected, %s: found
	TooLong           // %s: what, %d: characters, %d: the limit
	NotWholeNumber    // %s: what, %s: why
	NotBoolean        // %s: what, %s: why
	NotDate           // %s: what, %s: why
	NotOneOf          // %s: what, %s: the words, %s: found, %s: a hint
	EmptyValue        // %s: what
	EmptyItem         // %s: the list
	NotSlug           // %s: what, %s: the value, %s: a slug
	DuplicateIDAlias  // %s: kind, %s: id
	DuplicateID       // %s: kind, %s: id, %d:%d: the first
	RatingOutOfRange  // %s: what, %d: found
	NoPhases
	PersonaIsList
	PersonaEmpty
	ScaleShape   // %s: found
	ScaleOutside // %d, %d, %d, %d
	ScaleOrder   // %d, %d
	ScaleSpan    // %d, %d, %d, %d
	TooManyTouchpoints
	ChannelEmpty
	SourceEmpty
	ReviewInFuture // %s, %s
	ReviewOverdue  // %s, %d

	// What was found where something else belongs.
	FoundMapping
	FoundList
	FoundNoValue
	FoundBoolean      // %s
	FoundNumber       // %s
	FoundDate         // %s
	FoundText         // %s
	FoundListOf       // %d
	FoundQuotedText   // %s
	FoundLeadingZero  // %s
	FoundTagged       // %s, %s
	NumberTooLarge    // %s
	FoundNotDecimal   // %s
	FoundSpecialFloat // %s
	FoundFraction     // %s
	FoundYAMLBoolean  // %s
	FoundOldBoolean   // %s
	FoundQuoted       // %s: found
	FoundDateTime     // %s, %s
	FoundLooseDate    // %s, %s
	NoSuchDay         // %s
	Found             // %s

	// What was expected.
	ExpectedText
	ExpectedWholeNumber
	ExpectedTrueOrFalse
	ExpectedDate
	ExpectedOneOf // %s
	ItemOf        // %s: the list
	IDOf          // %s: the kind

	// The things of a journey, in diagnostics.
	TheJourney
	ThePersona
	TheGoals
	AChannel
	APhase
	ATouchpoint
	AnEvidence
	AnImprovement
	ScaleMinimum
	ScaleMaximum
	KindChannel
	KindPhase
	KindTouchpoint
	KindEvidence
	KindImprovement

	// Whole journey.
	NoPersona
	OutOfScale // %s: emotion or ideal, %d, %s: the scale
	EmptyPhaseColumn
	HintChannelName // %s
	HintNoIDs       // %s: kind
	Unresolved      // %s: kind, %s: id, %s: hint
	MomentOrder     // %s, %s, %s, %s

	// The advice of the rules.
	PhaseEmpty           // %s
	TouchpointNoOwner    // %s
	TouchpointNoEvidence // %s
	NoReview
	PainsUnaddressed     // %s, %s
	PainPointUnaddressed // %s, %d, %s
	EndsLow              // %d, %s
	ImprovementNoOwner   // %s
	ImprovementNoDue     // %s
	ImprovementOverdue   // %s, %s, %s, %s

	// What a picture could not show whole.
	CutCardText      // %s: key, %s: touchpoint, %d: lines
	CutCell          // %s: what, %d, %d, %d
	CutMatrixTitle   // %s, %d
	CutMatrixDetail  // %s, %d
	CellThinks       // %s: touchpoint
	CellPains        // %s
	CellGains        // %s
	CellImprovements // %s
	CellMetrics      // %s: phase
	CellWholeJourney

	// About files, from journeymap itself.
	NoSuchFile          // %s
	NoJourneysIn        // %s: the folder
	CannotRead          // %s, %v
	CannotCreateFolder  // %s, %v
	CannotWriteNoFolder // %s, %s
	CannotWrite         // %s, %v
	CannotCheck         // %s, %v
	CannotCheckNoFolder // %s, %s
	CannotDraw          // %s, %v
	CannotDrawMatrix    // %s, %v
	NoJourneyNoErrors   // %s
	StaleRun            // %s: the command that fixes it
	MissingRun          // %s
	MoreProblems        // %d
	CannotWriteStdout   // %v

	// YAML syntax, in the reader's words.
	SyntaxDashValue
	SyntaxAnchorName // %s: & or *
	SyntaxEscape     // %s: the character after the backslash
	SyntaxAfterQuote
	SyntaxMissingColon
	Spaces   // %d
	OneSpace // 1 space
	OtherKeysJourney
	OtherKeysPersona
	OtherKeysGoals
	OtherKeysChannel
	OtherKeysPhase
	OtherKeysTouchpoint
	OtherKeysEvidence
	OtherKeysImprovement
	OtherKeys
	OtherItems
	OtherLinesText
	SyntaxTextIndent // %s: the key, %s: its indentation (Spaces)

	numWords
)

// messages holds the words of diagnostics in every language: English,
// then Dutch.
var messages = [numWords - numLabels][2]string{
	FileTooLarge - numLabels:          {"the file is larger than %d bytes (2 MiB), the limit for a journey", "het bestand is groter dan %d bytes (2 MiB), de grens voor een klantreis"},
	BadUTF8 - numLabels:               {"invalid UTF-8 byte 0x%02X; save the file as UTF-8", "ongeldige UTF-8-byte 0x%02X; sla het bestand op als UTF-8"},
	LoneCarriageReturn - numLabels:    {"a carriage return without a line feed; save the file with LF or CRLF line endings", "een carriage return zonder line feed; sla het bestand op met LF- of CRLF-regeleinden"},
	LineSeparator - numLabels:         {"line separator %U is not allowed: YAML readers disagree on whether it ends a line", "regelscheidingsteken %U is niet toegestaan: YAML-lezers zijn het er niet over eens of het een regel beëindigt"},
	NulByte - numLabels:               {"NUL byte in the file; is it a binary file?", "NUL-byte in het bestand; is het een binair bestand?"},
	ControlCharacter - numLabels:      {"control character %U is not allowed in a journey", "stuurteken %U is niet toegestaan in een klantreis"},
	MoreControlCharacters - numLabels: {"more control characters follow; is this a text file?", "er volgen meer stuurtekens; is dit wel een tekstbestand?"},

	NoJourney - numLabels:           {"the file holds no journey: it is empty or only comments; start with a title and phases", "het bestand bevat geen klantreis: het is leeg of bevat alleen commentaar; begin met een title en phases"},
	SecondDocument - numLabels:      {"a second YAML document; a journey file holds one document (remove the '---')", "een tweede YAML-document; een klantreisbestand bevat één document (haal de '---' weg)"},
	TextAfterDocument - numLabels:   {"text after the end of the document; a journey file holds one document", "tekst na het einde van het document; een klantreisbestand bevat één document"},
	TooManyNodes - numLabels:        {"the journey has more than %d YAML nodes; that is the limit", "de klantreis heeft meer dan %d YAML-knopen; dat is de grens"},
	TooManyNodesAliases - numLabels: {"the journey has more than %d YAML nodes once aliases are expanded; is an alias repeated too often?", "de klantreis heeft meer dan %d YAML-knopen als de aliassen zijn uitgeschreven; wordt een alias te vaak herhaald?"},
	TooDeep - numLabels:             {"nesting deeper than %d levels", "nesting dieper dan %d niveaus"},
	UnknownTag - numLabels:          {"unknown tag %s; a journey uses plain YAML values without application tags", "onbekende tag %s; een klantreis gebruikt gewone YAML-waarden zonder tags van toepassingen"},
	KeyNotText - numLabels:          {"a key must be plain text, not a list or a mapping", "een sleutel moet gewone tekst zijn, geen lijst of mapping"},
	DuplicateKey - numLabels:        {"duplicate key %s (first at line %d)", "dubbele sleutel %s (eerst op regel %d)"},
	AliasCycle - numLabels:          {"alias *%s refers to the node that contains it", "alias *%s verwijst naar de knoop waar hij zelf in staat"},

	TabIndentation - numLabels:       {"tab used for indentation; YAML indents with spaces only", "tab gebruikt om in te springen; YAML springt alleen in met spaties"},
	SyntaxUnknownAlias - numLabels:   {"YAML syntax: alias *%s names no anchor; define it first with &%s", "YAML-syntaxis: alias *%s noemt geen anker; definieer het eerst met &%s"},
	SyntaxSecondColon - numLabels:    {"YAML syntax: a second ': ' on one line; put text that holds ': ' in quotes", "YAML-syntaxis: een tweede ': ' op één regel; zet tekst met ': ' erin tussen aanhalingstekens"},
	SyntaxAtSign - numLabels:         {"YAML syntax: text cannot start with %s; put it in quotes", "YAML-syntaxis: tekst kan niet met %s beginnen; zet hem tussen aanhalingstekens"},
	SyntaxUnclosed - numLabels:       {"YAML syntax: %c is never closed; close it with %c, and separate the items with commas", "YAML-syntaxis: %c wordt nergens gesloten; sluit hem met %c, en scheid de items met komma's"},
	SyntaxUnclosedQuote - numLabels:  {"YAML syntax: this quote is never closed; end the text with %c too", "YAML-syntaxis: dit aanhalingsteken wordt nergens gesloten; sluit de tekst ook af met %c"},
	SyntaxLibrary - numLabels:        {"YAML syntax: this line cannot be read (the YAML reader says: %s); check its indentation and its quotes", "YAML-syntaxis: deze regel is niet te lezen (de YAML-lezer zegt: %s); controleer de inspringing en de aanhalingstekens"},
	SyntaxBadIndentation - numLabels: {"YAML syntax: line %d is indented %s, %s %d; indent it as they are", "YAML-syntaxis: regel %d springt %s in, %s %d; laat hem inspringen zoals zij"},
	SyntaxFlowComma - numLabels:      {"YAML syntax: a comma inside {…} separates keys, so %s is read as a key; put the text with its comma in quotes", "YAML-syntaxis: een komma binnen {…} scheidt sleutels, dus %s wordt als sleutel gelezen; zet de tekst met de komma tussen aanhalingstekens"},
	SyntaxColonInList - numLabels:    {"a ': ' in an item of %s makes the item a mapping, not text; put the item in quotes", "een ': ' in een item van %s maakt van het item een mapping, geen tekst; zet het item tussen aanhalingstekens"},
	SyntaxMissingDash - numLabels:    {"YAML syntax: an item of a list starts with \"- \"; put it in front, indented as the other items", "YAML-syntaxis: een item van een lijst begint met \"- \"; zet dat ervoor, ingesprongen zoals de andere items"},
	HashComment - numLabels:          {"the rest of the line after ' #' is a comment, so %s is left out; quote the text to keep it", "de rest van de regel na ' #' is commentaar, dus %s valt weg; zet de tekst tussen aanhalingstekens om hem te houden"},

	BadMergeItem - numLabels:      {"a merge key (<<) takes mappings; found %s", "een merge-sleutel (<<) neemt mappings; gevonden: %s"},
	BadMerge - numLabels:          {"a merge key (<<) takes a mapping or a list of mappings, usually an alias like <<: *defaults; found %s", "een merge-sleutel (<<) neemt een mapping of een lijst van mappings, meestal een alias zoals <<: *defaults; gevonden: %s"},
	NotMapping - numLabels:        {"%s must be a mapping of keys to values; found %s", "%s moet een mapping van sleutels naar waarden zijn; gevonden: %s"},
	UnknownKey - numLabels:        {"unknown key %s in %s%s", "onbekende sleutel %s in %s%s"},
	HintDidYouMean - numLabels:    {"; did you mean %s?", "; bedoelde je %s?"},
	HintExpectedOneOf - numLabels: {"; expected one of %s", "; verwacht: een van %s"},
	HintEnglishValue - numLabels:  {"; the format's words are English: did you mean %s?", "; de woorden van het formaat zijn Engels: bedoelde je %s?"},
	MissingKey - numLabels:        {"%s has no %s", "%s heeft geen %s"},
	NotList - numLabels:           {"%s must be a list (lines starting with \"- \", or [a, b]); found %s", "%s moet een lijst zijn (regels die met \"- \" beginnen, of [a, b]); gevonden: %s"},
	TooManyItems - numLabels:      {"%s has more than %d items; that is the limit", "%s heeft meer dan %d items; dat is de grens"},
	WrongType - numLabels:         {"%s must be %s; found %s", "%s moet %s zijn; gevonden: %s"},
	TooLong - numLabels:           {"%s is %d characters long; the limit is %d", "%s is %d tekens lang; de grens is %d"},
	NotWholeNumber - numLabels:    {"%s must be a whole number; %s", "%s moet een geheel getal zijn; %s"},
	NotBoolean - numLabels:        {"%s must be true or false; %s", "%s moet true of false zijn; %s"},
	NotDate - numLabels:           {"%s must be a date written as YYYY-MM-DD, such as 2026-03-01; %s", "%s moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2026-03-01; %s"},
	NotOneOf - numLabels:          {"%s must be one of %s; found %s%s", "%s moet een van deze zijn: %s; gevonden: %s%s"},
	EmptyValue - numLabels:        {"%s is empty", "%s is leeg"},
	EmptyItem - numLabels:         {"%s item is empty", "een item van %s is leeg"},
	NotSlug - numLabels:           {"%s %s is not a slug: use lowercase letters, digits and single - or _ between them, such as %s", "%s %s is geen slug: gebruik kleine letters, cijfers en losse - of _ daartussen, zoals %s"},
	DuplicateIDAlias - numLabels:  {"%s id %s is used twice through an alias", "id %s van %s wordt via een alias twee keer gebruikt"},
	DuplicateID - numLabels:       {"duplicate %s id %s (first at line %d:%d)", "dubbel id van %s: %s (eerst op regel %d:%d)"},
	RatingOutOfRange - numLabels:  {"%s must be from 1 (low) to 5 (high); found %d", "%s moet van 1 (laag) tot 5 (hoog) lopen; gevonden: %d"},
	NoPhases - numLabels:          {"a journey needs at least one phase", "een klantreis heeft minstens één fase nodig"},
	PersonaIsList - numLabels:     {"persona must be text, or a mapping with name and about; found a list", "persona moet tekst zijn, of een mapping met name en about; gevonden: een lijst"},
	PersonaEmpty - numLabels:      {"persona is empty; name who the journey is for, or remove the key", "persona is leeg; noem voor wie de klantreis is, of haal de sleutel weg"},
	ScaleShape - numLabels:        {"scale must be two whole numbers [min, max], such as [-2, 2] or [1, 5]; found %s", "scale moet twee gehele getallen [min, max] zijn, zoals [-2, 2] of [1, 5]; gevonden: %s"},
	ScaleOutside - numLabels:      {"scale [%d, %d] must lie within [%d, %d]", "scale [%d, %d] moet binnen [%d, %d] liggen"},
	ScaleOrder - numLabels:        {"scale [%d, %d] must go from low to high, such as [-2, 2]", "scale [%d, %d] moet van laag naar hoog lopen, zoals [-2, 2]"},
	ScaleSpan - numLabels:         {"scale [%d, %d] spans %d steps; the limit is %d", "scale [%d, %d] beslaat %d stappen; de grens is %d"},
	TooManyTouchpoints - numLabels: {"more than %d touchpoints in the journey; that is the limit, the most columns a map has room for: split the journey into several",
		"meer dan %d contactmomenten in de klantreis; dat is de grens, het grootste aantal kolommen waar een kaart ruimte voor heeft: splits de klantreis in meerdere"},
	ChannelEmpty - numLabels:   {"channel is empty; name the channel, or remove the key", "channel is leeg; noem het kanaal, of haal de sleutel weg"},
	SourceEmpty - numLabels:    {"source is empty; say where the evidence comes from", "source is leeg; zeg waar het bewijs vandaan komt"},
	ReviewInFuture - numLabels: {"reviewed %s is after today, %s", "reviewed %s ligt na vandaag, %s"},
	ReviewOverdue - numLabels:  {"last reviewed %s, %d months ago; review a journey map at least once a year", "laatst herzien op %s, %d maanden geleden; herzie een klantreiskaart minstens één keer per jaar"},

	FoundMapping - numLabels:      {"a mapping", "een mapping"},
	FoundList - numLabels:         {"a list", "een lijst"},
	FoundNoValue - numLabels:      {"no value", "geen waarde"},
	FoundBoolean - numLabels:      {"the boolean %s", "de booleaanse waarde %s"},
	FoundNumber - numLabels:       {"the number %s", "het getal %s"},
	FoundDate - numLabels:         {"the date %s", "de datum %s"},
	FoundText - numLabels:         {"the text %s", "de tekst %s"},
	FoundListOf - numLabels:       {"a list of %d", "een lijst van %d"},
	FoundQuotedText - numLabels:   {"found the quoted text %s (remove the quotes)", "gevonden: de tekst %s tussen aanhalingstekens (haal de aanhalingstekens weg)"},
	FoundLeadingZero - numLabels:  {"found %s with a leading zero, which YAML may read as an octal number", "gevonden: %s met een voorloopnul, wat YAML als een octaal getal kan lezen"},
	FoundTagged - numLabels:       {"found %s tagged %s", "gevonden: %s met de tag %s"},
	NumberTooLarge - numLabels:    {"%s is too large", "%s is te groot"},
	FoundNotDecimal - numLabels:   {"found %s; write numbers in decimal", "gevonden: %s; schrijf getallen decimaal"},
	FoundSpecialFloat - numLabels: {"found %s, which YAML reads as a special float", "gevonden: %s, wat YAML leest als een bijzonder kommagetal"},
	FoundFraction - numLabels:     {"found %s, which is not a whole number", "gevonden: %s, en dat is geen geheel getal"},
	FoundYAMLBoolean - numLabels:  {"found %s, which YAML reads as a boolean", "gevonden: %s, wat YAML leest als een booleaanse waarde"},
	FoundOldBoolean - numLabels:   {"found %s, which YAML 1.1 reads as a boolean and YAML 1.2 as text", "gevonden: %s, wat YAML 1.1 leest als een booleaanse waarde en YAML 1.2 als tekst"},
	FoundQuoted - numLabels:       {"found %s (remove the quotes)", "gevonden: %s (haal de aanhalingstekens weg)"},
	FoundDateTime - numLabels:     {"found the date and time %s; write the date alone, %s", "gevonden: datum en tijd %s; schrijf alleen de datum, %s"},
	FoundLooseDate - numLabels:    {"found %s; write %s", "gevonden: %s; schrijf %s"},
	NoSuchDay - numLabels:         {"%s is not a day of the calendar", "%s is geen dag van de kalender"},
	Found - numLabels:             {"found %s", "gevonden: %s"},

	ExpectedText - numLabels:        {"text", "tekst"},
	ExpectedWholeNumber - numLabels: {"a whole number", "een geheel getal"},
	ExpectedTrueOrFalse - numLabels: {"true or false", "true of false"},
	ExpectedDate - numLabels:        {"a date", "een datum"},
	ExpectedOneOf - numLabels:       {"one of %s", "een van %s"},
	ItemOf - numLabels:              {"%s item", "item van %s"},
	IDOf - numLabels:                {"%s id", "id van %s"},

	TheJourney - numLabels:      {"the journey", "de klantreis"},
	ThePersona - numLabels:      {"persona", "persona"},
	TheGoals - numLabels:        {"goals", "goals"},
	AChannel - numLabels:        {"channel", "kanaal"},
	APhase - numLabels:          {"phase", "fase"},
	ATouchpoint - numLabels:     {"touchpoint", "contactmoment"},
	AnEvidence - numLabels:      {"evidence", "bron"},
	AnImprovement - numLabels:   {"improvement", "verbetering"},
	ScaleMinimum - numLabels:    {"scale minimum", "minimum van scale"},
	ScaleMaximum - numLabels:    {"scale maximum", "maximum van scale"},
	KindChannel - numLabels:     {"channel", "kanaal"},
	KindPhase - numLabels:       {"phase", "fase"},
	KindTouchpoint - numLabels:  {"touchpoint", "contactmoment"},
	KindEvidence - numLabels:    {"evidence", "bron"},
	KindImprovement - numLabels: {"improvement", "verbetering"},

	NoPersona - numLabels:        {"no persona: a journey is written for someone; add persona: \"Name, age, situation\"", "geen persona: een klantreis is voor iemand geschreven; voeg persona: \"Naam, leeftijd, situatie\" toe"},
	OutOfScale - numLabels:       {"%s %d is outside the scale %s", "%s %d ligt buiten de schaal %s"},
	EmptyPhaseColumn - numLabels: {"phase %s has no touchpoints and takes a column of the map of its own: with it the map has more than %d columns, the most it has room for; remove the phase, or split the journey", "fase %s heeft geen contactmomenten en neemt zelf een kolom van de kaart: daarmee heeft de kaart meer dan %d kolommen, meer dan waar ze ruimte voor heeft; haal de fase weg, of splits de klantreis"},
	HintChannelName - numLabels:  {"; that is the name of channel %s: use its id", "; dat is de naam van kanaal %s: gebruik zijn id"},
	HintNoIDs - numLabels:        {"; there are no %s ids in this journey", "; deze klantreis heeft geen ids van %s"},
	Unresolved - numLabels:       {"unknown %s %s%s", "onbekend %s %s%s"},
	MomentOrder - numLabels:      {"phase %s has moment %s but follows phase %s, whose moment is %s; phases go before, during, then after", "fase %s heeft moment %s maar volgt op fase %s, met moment %s; fasen gaan van before, via during, naar after"},

	PhaseEmpty - numLabels:           {"phase %s has no touchpoints; add the contact moments of this phase, or remove it", "fase %s heeft geen contactmomenten; voeg de contactmomenten van deze fase toe, of haal hem weg"},
	TouchpointNoOwner - numLabels:    {"touchpoint %s has no owner; add owner: with the team or person responsible for it", "contactmoment %s heeft geen eigenaar; voeg owner: toe met het team of de persoon die ervoor verantwoordelijk is"},
	TouchpointNoEvidence - numLabels: {"touchpoint %s names no evidence for its emotion; add evidence: [id] naming interviews, CRM data or another source", "contactmoment %s noemt geen bewijs voor zijn emotie; voeg evidence: [id] toe met interviews, CRM-gegevens of een andere bron"},
	NoReview - numLabels:             {"no reviewed date; add reviewed: YYYY-MM-DD with the day the map was last checked against reality, and review it at least once a year", "geen reviewed-datum; voeg reviewed: JJJJ-MM-DD toe met de dag waarop de kaart voor het laatst aan de werkelijkheid is getoetst, en herzie haar minstens één keer per jaar"},
	PainsUnaddressed - numLabels:     {"touchpoint %s has pains that no improvement addresses; add an improvement with touchpoints: [%s]", "contactmoment %s heeft pijnpunten die geen verbetering aanpakt; voeg een verbetering toe met touchpoints: [%s]"},
	PainPointUnaddressed - numLabels: {"touchpoint %s is a pain point, the lowest emotion of the journey (%d), that no improvement addresses; add an improvement with touchpoints: [%s]", "contactmoment %s is een pijnpunt, de laagste emotie van de klantreis (%d), dat geen verbetering aanpakt; voeg een verbetering toe met touchpoints: [%s]"},
	EndsLow - numLabels:              {"the journey ends on its lowest emotion (%d, at touchpoint %s); customers remember the peak and the end: end on a positive peak", "de klantreis eindigt op haar laagste emotie (%d, bij contactmoment %s); klanten onthouden de piek en het einde: eindig op een positieve piek"},
	ImprovementNoOwner - numLabels:   {"improvement %s has no owner; add owner: with the person or team who carries it out", "verbetering %s heeft geen eigenaar; voeg owner: toe met de persoon of het team dat haar uitvoert"},
	ImprovementNoDue - numLabels:     {"improvement %s has no due date; add due: YYYY-MM-DD with its deadline", "verbetering %s heeft geen deadline; voeg due: JJJJ-MM-DD toe met de deadline"},
	ImprovementOverdue - numLabels:   {"improvement %s is overdue: due %s, still %s on %s; finish it (status: done), give it a new due date, or drop it (status: dropped)", "verbetering %s is te laat: deadline %s, nog %s op %s; rond haar af (status: done), geef haar een nieuwe deadline, of laat haar vallen (status: dropped)"},

	CutCardText - numLabels:      {"the %s of touchpoint %s is cut to fit its card, which shows %d lines of it; shorten it", "%s van contactmoment %s is ingekort tot zijn kaart, die er %d regels van toont; maak het korter"},
	CutCell - numLabels:          {"%s: cut to fit the map, %d of %d shown whole; a lane cell shows at most %d lines: shorten them, or move some elsewhere", "%s: ingekort tot de kaart, %d van %d helemaal getoond; een vak van een baan toont hoogstens %d regels: maak ze korter, of zet er een paar elders"},
	CutMatrixTitle - numLabels:   {"the title of improvement %s is cut to fit its card on the matrix, which shows %d lines of it; shorten it", "de titel van verbetering %s is ingekort tot zijn kaart op de matrix, die er %d regels van toont; maak hem korter"},
	CutMatrixDetail - numLabels:  {"the owner of improvement %s is cut to fit its card on the matrix, which shows %d lines of owner and due date; shorten it", "de eigenaar van verbetering %s is ingekort tot zijn kaart op de matrix, die %d regels van eigenaar en deadline toont; maak hem korter"},
	CellThinks - numLabels:       {"what the customer thinks at touchpoint %s", "wat de klant denkt bij contactmoment %s"},
	CellPains - numLabels:        {"the pains of touchpoint %s", "de pijnpunten van contactmoment %s"},
	CellGains - numLabels:        {"the gains of touchpoint %s", "de pluspunten van contactmoment %s"},
	CellImprovements - numLabels: {"the improvements at touchpoint %s", "de verbeteringen bij contactmoment %s"},
	CellMetrics - numLabels:      {"the metrics of phase %s", "de meetpunten van fase %s"},
	CellWholeJourney - numLabels: {"the improvements for the whole journey", "de verbeteringen voor de hele reis"},

	NoSuchFile - numLabels:          {"%s: no such file or folder", "%s: dat bestand of die map bestaat niet"},
	NoJourneysIn - numLabels:        {"no journeys (*.yaml, *.yml) in %s", "geen klantreizen (*.yaml, *.yml) in %s"},
	CannotRead - numLabels:          {"cannot read %s: %v", "kan %s niet lezen: %v"},
	CannotCreateFolder - numLabels:  {"cannot create the folder %s: %v", "kan de map %s niet maken: %v"},
	CannotWriteNoFolder - numLabels: {"cannot write %s: the folder %s does not exist; create it first", "kan %s niet schrijven: de map %s bestaat niet; maak haar eerst"},
	CannotWrite - numLabels:         {"cannot write %s: %v", "kan %s niet schrijven: %v"},
	CannotCheck - numLabels:         {"cannot check %s: %v", "kan %s niet controleren: %v"},
	CannotCheckNoFolder - numLabels: {"cannot check %s: no folder %s to write it in", "kan %s niet controleren: er is geen map %s om het in te schrijven"},
	CannotDraw - numLabels:          {"cannot draw %s: %v", "kan %s niet tekenen: %v"},
	CannotDrawMatrix - numLabels:    {"cannot draw the matrix of %s: %v", "kan de matrix van %s niet tekenen: %v"},
	NoJourneyNoErrors - numLabels:   {"internal error: %s holds no errors and no journey", "interne fout: %s bevat geen fouten en geen klantreis"},
	StaleRun - numLabels:            {"stale; run: %s", "verouderd; voer uit: %s"},
	MissingRun - numLabels:          {"missing; run: %s", "ontbreekt; voer uit: %s"},
	MoreProblems - numLabels:        {"%d more problems not shown; fix the ones above first", "nog %d problemen niet getoond; los eerst de problemen hierboven op"},
	CannotWriteStdout - numLabels:   {"cannot write to standard output: %v", "kan niet naar de standaarduitvoer schrijven: %v"},

	SyntaxDashValue - numLabels: {"YAML syntax: a list cannot start on the line of its key; put each \"- \" item on a line of its own below it, or put the text in quotes",
		"YAML-syntaxis: een lijst kan niet op de regel van haar sleutel beginnen; zet elk item met \"- \" op een eigen regel eronder, of zet de tekst tussen aanhalingstekens"},
	SyntaxAnchorName - numLabels:     {"YAML syntax: %s starts an anchor or an alias, which needs a name; put text that starts with it in quotes", "YAML-syntaxis: %s begint een anker of een alias, en die heeft een naam nodig; zet tekst die ermee begint tussen aanhalingstekens"},
	SyntaxEscape - numLabels:         {"YAML syntax: \\%s is no escape inside double quotes; write \\\\ for a backslash, or use single quotes", "YAML-syntaxis: \\%s is geen escape tussen dubbele aanhalingstekens; schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens"},
	SyntaxAfterQuote - numLabels:     {"YAML syntax: text after the closing quote; put all of the text inside the quotes", "YAML-syntaxis: tekst na het sluitende aanhalingsteken; zet de hele tekst tussen de aanhalingstekens"},
	SyntaxMissingColon - numLabels:   {"YAML syntax: this line is no key: value; put ': ' after the key, or indent the line further to go on with the text above", "YAML-syntaxis: deze regel is geen sleutel: waarde; zet ': ' achter de sleutel, of laat de regel verder inspringen om de tekst erboven voort te zetten"},
	Spaces - numLabels:               {"%d spaces", "%d spaties"},
	OneSpace - numLabels:             {"1 space", "1 spatie"},
	OtherKeysJourney - numLabels:     {"the other keys of the journey", "de andere sleutels van de klantreis"},
	OtherKeysPersona - numLabels:     {"the other keys of persona", "de andere sleutels van persona"},
	OtherKeysGoals - numLabels:       {"the other keys of goals", "de andere sleutels van goals"},
	OtherKeysChannel - numLabels:     {"the other keys of this channel", "de andere sleutels van dit kanaal"},
	OtherKeysPhase - numLabels:       {"the other keys of this phase", "de andere sleutels van deze fase"},
	OtherKeysTouchpoint - numLabels:  {"the other keys of this touchpoint", "de andere sleutels van dit contactmoment"},
	OtherKeysEvidence - numLabels:    {"the other keys of this evidence", "de andere sleutels van deze bron"},
	OtherKeysImprovement - numLabels: {"the other keys of this improvement", "de andere sleutels van deze verbetering"},
	OtherKeys - numLabels:            {"the other keys of this mapping", "de andere sleutels van deze mapping"},
	OtherItems - numLabels:           {"the other items of this list", "de andere items van deze lijst"},
	OtherLinesText - numLabels:       {"the other lines of this text", "de andere regels van deze tekst"},
	SyntaxTextIndent - numLabels:     {"YAML syntax: the text of %s is indented no more than its key; indent its lines more than %s", "YAML-syntaxis: de tekst van %s springt niet verder in dan zijn sleutel; laat de regels verder inspringen dan %s"},
}
