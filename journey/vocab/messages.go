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
	NotACharacter // %U

	// Hidden and look-alike characters.
	HiddenBidi   // %U, %s: its name, %s: what it does
	BidiReverses // of U+202E
	BidiForcesLeftToRight
	BidiTurns            // embeddings and isolates
	BidiEnds             // U+202C, U+2069
	HiddenInvisible      // %U, %s: its name, %s: the escape
	HiddenTag            // %U, %q: the letter it hides
	MoreHiddenCharacters // %d: how many were named
	HintLookAlike        // %s: the script, %s: the letter, %U, %s: the Latin letter, %s: the suggestion
	NotSlugLookAlike     // %s: what, %s: the value, then as HintLookAlike
	Cyrillic
	Greek

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
	AliasRepeatsIDs   // %s: the alias, %s: the kind, %s: the id, %d: the line
	DuplicateIDAlias  // %s: kind, %s: id
	DuplicateID       // %s: kind, %s: id, %d:%d: the first
	RatingOutOfRange  // %s: what, %d: found
	NoPhases
	PersonaIsList
	PersonaEmpty
	PersonaAndPersonas
	IncludeAbsolute       // %s: the path
	IncludeNotYAML        // %s
	IncludeOutside        // %s: the path, %s: the root
	IncludeSymlinkOutside // %s: the path, %s: the root
	IncludeMissing        // %s
	IncludeUnreadable     // %s, %s: why
	IncludeNotFile        // %s
	IncludeCycle          // %s: the path, %s: the files round
	IncludeTooMany        // %s: the path, %d: the limit
	IncludeNotCatalogue   // %s
	IncludeInvalid        // %s
	IncludeNoFile
	IncludedBy // %s: the message, %s: the journey
	HintNoCataloguePersonas
	CatalogueDuplicate // %s: kind, %s: id, %s: the other place
	CatalogueOverride  // %s: kind, %s: id, %s: the catalogue's place
	PersonaMissing     // %s: the touchpoint, %s: the persona ids
	PerPersonaNoList   // %s: emotion, ideal or feeling
	ScaleShape         // %s: found
	ScaleOutside       // %d, %d, %d, %d
	ScaleOrder         // %d, %d
	ScaleSpan          // %d, %d, %d, %d
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
	TheCatalogue
	ThePersona
	APersona
	TheGoals
	TheMoments
	AChannel
	APhase
	ATouchpoint
	AnEvidence
	AnImprovement
	AnOwner
	ScaleMinimum
	ScaleMaximum
	KindChannel
	KindPhase
	KindTouchpoint
	KindEvidence
	KindImprovement
	KindPersona
	KindOwner

	// Whole journey.
	NoPersona
	OutOfScale // %s: emotion or ideal, %d, %s: the scale
	EmptyPhaseColumn
	HintChannelName // %s
	HintNoIDs       // %s: kind
	Unresolved      // %s: kind, %s: id, %s: hint
	MomentOrder     // %s, %s, %s, %s

	// The advice of the rules.
	PhaseEmpty            // %s
	TouchpointNoOwner     // %s
	TouchpointNoEvidence  // %s
	TouchpointOnlyAssumed // %s
	NoReview
	PainsUnaddressed        // %s, %s
	PainPointUnaddressed    // %s, %d, %s
	PainPointUnaddressedFor // %s: touchpoint, %s: persona id, %d, %s
	EndsLow                 // %d, %s
	EndsLowPersonas         // %s: Items of EndsLowPersona, %s
	EndsLowPersona          // %s: persona id, %d
	ImprovementNoOwner      // %s
	ImprovementNoDue        // %s
	ImprovementOverdue      // %s, %s, %s, %s

	// What a picture could not show whole.
	CutCardText      // %s: key, %s: touchpoint, %d: lines
	CutCell          // %s: what, %d, %d, %d
	CutMatrixTitle   // %s, %d
	CutMatrixDetail  // %s, %d
	CellThinks       // %s: touchpoint
	CellFeelings     // %s: touchpoint
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

	// Imports and exports: Mermaid, Markdown, CSV and XLSX.
	ImportTooLarge           // %d: bytes
	ControlCharacterIn       // %U
	MermaidNoHeader          //
	MermaidNoTasks           //
	MermaidFrontMatterOpen   //
	MermaidFrontMatterBad    // %s: what the YAML decoder says
	MermaidDescrOpen         //
	MermaidUnknown           // %s: the statement
	MermaidNoScore           // %s: the task
	MermaidNoSectionName     //
	MermaidNoTaskName        //
	MermaidScoreNotWhole     // %s: the task, %s: the score
	MermaidScoreOutside      // %s: the task, %d: the score
	MarkdownNoBlock          //
	MarkdownNoSuchBlock      // %d: asked, %d: blocks
	MarkdownManyBlocks       // %d: blocks, %s: their lines, %d: blocks
	MermaidRewroteScenario   //
	MermaidOnePersona        // %s: the persona id, %s: the other ids
	MermaidRewrotePhase      // %s: the id, %s: the name written
	MermaidRewroteTouchpoint // %s: the id, %s: the name written
	SheetNoHeader            //
	SheetNoRows              //
	SheetColumnTwice         // %s, %s: the headers
	SheetUnknownColumn       // %s: the header
	SheetPlainBesidePersonas // %s: the header, %s: a persona's emotion header
	SheetMissingColumn       // %s: the header
	SheetRowLength           // %d: fields, %d: of the header
	SheetPhaseNameConflict   // %s: id, %s: name, %s: first name, %d: row
	SheetMomentConflict      // %s: phase, %s: moment, %s: first moment, %d: row
	SheetBadMoment           // %s: header, %s: value
	SheetNotWhole            // %s: header, %s: value
	SheetBadID               // %s: header, %s: value
	SheetIDChanged           // %s: header, %s: value, %s: the id
	SheetDuplicateID         // %s: kind, %s: id, %d: row
	SheetEvidenceAdded       // %s: id
	SheetCSVSyntax           // %s: what encoding/csv says
	SheetCSVBareQuote        //
	SheetCSVQuote            //
	XLSXNoSheet              // %s: the sheet, %s: the sheets
	XLSXMacros               //
	XLSXTooLarge             // %d: bytes
	XLSXNotZip               //
	XLSXUnpacksTooLarge      // %d: bytes
	XLSXCannotOpen           // %s: why
	XLSXTooManyRows          // %s: sheet, %d: rows
	XLSXBadField             // %s: key, %s: value
	XLSXUnknownKey           // %s: key, %s: sheet
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
	SyntaxTextIndent   // %s: the key, %s: its indentation (Spaces)
	XLSXFormulaNoValue // %s: header
	XLSXFirstSheet     // %s: the sheet, %s: the sheets
	// The project file.
	TheProject
	ThePDFSettings
	ThePNGSettings
	ProjectNoJourneys
	ProjectOutputTwice   // %s: the output
	ProjectPathAbsolute  // %s: the key, %s: the path
	ProjectPathBackslash // %s: the key, %s: the path
	ProjectPathOutside   // %s: the key, %s: the path
	ProjectPathMissing   // %s: the key, %s: the path
	ProjectScaleRange    // %d: the scale, %d: the largest
	ProjectUnused        // %s: the output
	ProjectPagesNoPage
	OrphanRun     // %s: the command that removes it
	OrphanRemoved // %s: the file
	OrphanToRemove
	NoProject // %s: the project file's name
	// What parseYAML says of a journey file, said of a project file.
	ProjectEmpty
	ProjectSecondDocument
	ProjectTextAfterDocument

	// What the PDF and PNG could not draw as asked.
	GlyphMissingOne      // %s: where, %s: the character
	GlyphMissingMany     // %s: where, %s: the characters
	GlyphsAnd            // %s: the characters but the last, %s: the last
	GlyphsAndMore        // %s: the characters named, %d: how many more
	GlyphsReplaced       // %d: outlines, %d: characters shown as U+FFFD
	GlyphTitle           //
	GlyphPersona         //
	GlyphScenario        //
	GlyphGoals           //
	GlyphChannel         // %s: the id
	GlyphPhase           // %s: the id
	GlyphTouchpoint      // %s: the id
	GlyphImprovement     // %s: the id
	SmallPrintSplit      // %s: pt, %s: paper, %s: pt, %s: px
	SmallPrintSplitPaper // as SmallPrintSplit, then %s: a larger paper, %s: pt there
	SmallPrintFit        // %s: pt, %s: paper, %s × %s: px, %s: pt split
	PaperSlide           // a slide, as a paper
	ScaledDown           // %s: the scale, %s: the scale asked, %d × %d: px, %d: megapixels
	DecimalNumber        // %s: the whole part, %s: the fraction

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
	NotACharacter - numLabels:         {"%U is not a character for text and is not allowed in a journey", "%U is geen teken voor tekst en is niet toegestaan in een klantreis"},
	HiddenBidi - numLabels:            {"%U %s %s, so that the text can read otherwise than it is stored; the map leaves it out: remove it", "%U %s %s, zodat de tekst anders kan lezen dan hij is opgeslagen; de kaart laat het teken weg: haal het weg"},
	BidiReverses - numLabels:          {"reverses the text after it", "keert de tekst erna om"},
	BidiForcesLeftToRight - numLabels: {"forces the text after it to read left to right", "dwingt de tekst erna van links naar rechts"},
	BidiTurns - numLabels:             {"changes the direction of the text after it", "verandert de richting van de tekst erna"},
	BidiEnds - numLabels:              {"ends a change of direction", "beëindigt een richtingswissel"},
	HiddenInvisible - numLabels:       {"%U %s is invisible: texts that look the same can differ; remove it, or write it as %s in double quotes if it is meant", "%U %s is onzichtbaar: teksten die er hetzelfde uitzien kunnen verschillen; haal het weg, of schrijf het als %s tussen dubbele aanhalingstekens als het zo bedoeld is"},
	HiddenTag - numLabels:             {"%U is an invisible tag character that hides %q; remove it", "%U is een onzichtbaar tagteken dat %q verbergt; haal het weg"},
	MoreHiddenCharacters - numLabels:  {"more hidden characters follow; only the first %d are named", "er volgen meer verborgen tekens; alleen de eerste %d worden genoemd"},
	HintLookAlike - numLabels:         {"; it has a %s %s (%U) where the Latin %s looks the same; did you mean %s?", "; er staat een %s %s (%U) in die eruitziet als de Latijnse %s; bedoelde je %s?"},
	NotSlugLookAlike - numLabels:      {"%s %s is not a slug: it has a %s %s (%U) where the Latin %s looks the same; did you mean %s?", "%s %s is geen slug: er staat een %s %s (%U) in die eruitziet als de Latijnse %s; bedoelde je %s?"},
	Cyrillic - numLabels:              {"Cyrillic", "Cyrillische"},
	Greek - numLabels:                 {"Greek", "Griekse"},

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

	BadMergeItem - numLabels:            {"a merge key (<<) takes mappings; found %s", "een merge-sleutel (<<) neemt mappings; gevonden: %s"},
	BadMerge - numLabels:                {"a merge key (<<) takes a mapping or a list of mappings, usually an alias like <<: *defaults; found %s", "een merge-sleutel (<<) neemt een mapping of een lijst van mappings, meestal een alias zoals <<: *defaults; gevonden: %s"},
	NotMapping - numLabels:              {"%s must be a mapping of keys to values; found %s", "%s moet een mapping van sleutels naar waarden zijn; gevonden: %s"},
	UnknownKey - numLabels:              {"unknown key %s in %s%s", "onbekende sleutel %s in %s%s"},
	HintDidYouMean - numLabels:          {"; did you mean %s?", "; bedoelde je %s?"},
	HintExpectedOneOf - numLabels:       {"; expected one of %s", "; verwacht: een van %s"},
	HintEnglishValue - numLabels:        {"; the format's words are English: did you mean %s?", "; de woorden van het formaat zijn Engels: bedoelde je %s?"},
	MissingKey - numLabels:              {"%s has no %s", "%s heeft geen %s"},
	NotList - numLabels:                 {"%s must be a list (lines starting with \"- \", or [a, b]); found %s", "%s moet een lijst zijn (regels die met \"- \" beginnen, of [a, b]); gevonden: %s"},
	TooManyItems - numLabels:            {"%s has more than %d items; that is the limit", "%s heeft meer dan %d items; dat is de grens"},
	WrongType - numLabels:               {"%s must be %s; found %s", "%s moet %s zijn; gevonden: %s"},
	TooLong - numLabels:                 {"%s is %d characters long; the limit is %d", "%s is %d tekens lang; de grens is %d"},
	NotWholeNumber - numLabels:          {"%s must be a whole number; %s", "%s moet een geheel getal zijn; %s"},
	NotBoolean - numLabels:              {"%s must be true or false; %s", "%s moet true of false zijn; %s"},
	NotDate - numLabels:                 {"%s must be a date written as YYYY-MM-DD, such as 2026-03-01; %s", "%s moet een datum zijn in de vorm JJJJ-MM-DD, zoals 2026-03-01; %s"},
	NotOneOf - numLabels:                {"%s must be one of %s; found %s%s", "%s moet een van deze zijn: %s; gevonden: %s%s"},
	EmptyValue - numLabels:              {"%s is empty", "%s is leeg"},
	EmptyItem - numLabels:               {"%s item is empty", "een item van %s is leeg"},
	NotSlug - numLabels:                 {"%s %s is not a slug: use lowercase letters, digits and single - or _ between them, such as %s", "%s %s is geen slug: gebruik kleine letters, cijfers en losse - of _ daartussen, zoals %s"},
	DuplicateIDAlias - numLabels:        {"%s id %s is used twice through an alias", "%s-id %s wordt via een alias twee keer gebruikt"},
	AliasRepeatsIDs - numLabels:         {"alias %s repeats the %s %s of line %d with its ids, which must be unique; write it out with ids of its own", "alias %s herhaalt %s %s van regel %d met de ids erin, die uniek moeten zijn; schrijf het uit met eigen ids"},
	DuplicateID - numLabels:             {"duplicate %s id %s (first at line %d:%d)", "dubbel id van %s: %s (eerst op regel %d:%d)"},
	RatingOutOfRange - numLabels:        {"%s must be from 1 (low) to 5 (high); found %d", "%s moet van 1 (laag) tot 5 (hoog) lopen; gevonden: %d"},
	NoPhases - numLabels:                {"a journey needs at least one phase", "een klantreis heeft minstens één fase nodig"},
	PersonaIsList - numLabels:           {"persona must be text, or a mapping with name and about; found a list", "persona moet tekst zijn, of een mapping met name en about; gevonden: een lijst"},
	PersonaEmpty - numLabels:            {"persona is empty; name who the journey is for, or remove the key", "persona is leeg; noem voor wie de klantreis is, of haal de sleutel weg"},
	IncludeAbsolute - numLabels:         {"include %s is an absolute path; write it relative to this file", "include %s is een absoluut pad; schrijf het relatief aan dit bestand"},
	IncludeNotYAML - numLabels:          {"include %s is not a .yaml or .yml file", "include %s is geen .yaml- of .yml-bestand"},
	IncludeOutside - numLabels:          {"include %s leads outside %s, the folder includes must stay in (the repository: the folder holding .git or .journeymap.yaml, else the journey's folder)", "include %s leidt buiten %s, de map waarin includes moeten blijven (de repository: de map met .git of .journeymap.yaml, anders de map van de klantreis)"},
	IncludeSymlinkOutside - numLabels:   {"include %s goes through a symbolic link that leads outside %s, the folder includes must stay in", "include %s gaat via een symbolische link die buiten %s leidt, de map waarin includes moeten blijven"},
	IncludeMissing - numLabels:          {"include %s: no such file", "include %s: dat bestand bestaat niet"},
	IncludeUnreadable - numLabels:       {"include %s cannot be read: %s", "include %s kan niet gelezen worden: %s"},
	IncludeNotFile - numLabels:          {"include %s is not a file", "include %s is geen bestand"},
	IncludeCycle - numLabels:            {"include %s goes round in a circle: %s", "include %s gaat in een kringetje rond: %s"},
	IncludeTooMany - numLabels:          {"include %s is one file too many: a journey reads at most %d files through include", "include %s is één bestand te veel: een klantreis leest hooguit %d bestanden via include"},
	IncludeNotCatalogue - numLabels:     {"include %s is a journey, not a catalogue: a catalogue has no title and no phases", "include %s is een klantreis, geen catalogus: een catalogus heeft geen title en geen phases"},
	IncludeInvalid - numLabels:          {"include %s: the catalogue has errors", "include %s: de catalogus bevat fouten"},
	IncludeNoFile - numLabels:           {"include needs the journey's file: a journey read from standard input cannot include catalogues", "include heeft het bestand van de klantreis nodig: een klantreis van standaardinvoer kan geen catalogi insluiten"},
	HintNoCataloguePersonas - numLabels: {"; no included catalogue defines personas", "; geen ingesloten catalogus definieert persona's"},
	IncludedBy - numLabels:              {"%s (in a catalogue included by %s)", "%s (in een catalogus die %s insluit)"},
	CatalogueDuplicate - numLabels:      {"%s id %s is defined in two catalogues: here and at %s; keep one", "id van %s %s staat in twee catalogi: hier en op %s; houd er één"},
	CatalogueOverride - numLabels:       {"%s %s of this journey overrides the one of the catalogue at %s", "%s %s van deze klantreis gaat voor die van de catalogus op %s"},
	PersonaAndPersonas - numLabels:      {"the journey has both persona and personas; keep one: persona for one persona, personas for a list of them", "de klantreis heeft zowel persona als personas; houd er één: persona voor één persona, personas voor een lijst"},
	PersonaMissing - numLabels:          {"the emotion of touchpoint %s has no value for persona %s; give every persona a value, or one value for all", "de emotie van contactmoment %s heeft geen waarde voor persona %s; geef elke persona een waarde, of één waarde voor allemaal"},
	PerPersonaNoList - numLabels:        {"%s gives a value per persona, but the journey has no personas list; add personas: [{id, name}], or give one value", "%s geeft een waarde per persona, maar de klantreis heeft geen lijst personas; voeg personas: [{id, name}] toe, of geef één waarde"},
	ScaleShape - numLabels:              {"scale must be two whole numbers [min, max], such as [-2, 2] or [1, 5]; found %s", "scale moet twee gehele getallen [min, max] zijn, zoals [-2, 2] of [1, 5]; gevonden: %s"},
	ScaleOutside - numLabels:            {"scale [%d, %d] must lie within [%d, %d]", "scale [%d, %d] moet binnen [%d, %d] liggen"},
	ScaleOrder - numLabels:              {"scale [%d, %d] must go from low to high, such as [-2, 2]", "scale [%d, %d] moet van laag naar hoog lopen, zoals [-2, 2]"},
	ScaleSpan - numLabels:               {"scale [%d, %d] spans %d steps; the limit is %d", "scale [%d, %d] beslaat %d stappen; de grens is %d"},
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
	TheCatalogue - numLabels:    {"the catalogue", "de catalogus"},
	ThePersona - numLabels:      {"persona", "persona"},
	APersona - numLabels:        {"persona", "persona"},
	TheGoals - numLabels:        {"goals", "goals"},
	TheMoments - numLabels:      {"moments", "moments"},
	AChannel - numLabels:        {"channel", "kanaal"},
	APhase - numLabels:          {"phase", "fase"},
	ATouchpoint - numLabels:     {"touchpoint", "contactmoment"},
	AnEvidence - numLabels:      {"evidence", "bron"},
	AnImprovement - numLabels:   {"improvement", "verbetering"},
	AnOwner - numLabels:         {"owner", "eigenaar"},
	ScaleMinimum - numLabels:    {"scale minimum", "minimum van scale"},
	ScaleMaximum - numLabels:    {"scale maximum", "maximum van scale"},
	KindChannel - numLabels:     {"channel", "kanaal"},
	KindPhase - numLabels:       {"phase", "fase"},
	KindTouchpoint - numLabels:  {"touchpoint", "contactmoment"},
	KindEvidence - numLabels:    {"evidence", "bron"},
	KindImprovement - numLabels: {"improvement", "verbetering"},
	KindPersona - numLabels:     {"persona", "persona"},
	KindOwner - numLabels:       {"owner", "eigenaar"},

	NoPersona - numLabels:        {"no persona: a journey is written for someone; add persona: \"Name, age, situation\"", "geen persona: een klantreis is voor iemand geschreven; voeg persona: \"Naam, leeftijd, situatie\" toe"},
	OutOfScale - numLabels:       {"%s %d is outside the scale %s", "%s %d ligt buiten de schaal %s"},
	EmptyPhaseColumn - numLabels: {"phase %s has no touchpoints and takes a column of the map of its own: with it the map has more than %d columns, the most it has room for; remove the phase, or split the journey", "fase %s heeft geen contactmomenten en neemt zelf een kolom van de kaart: daarmee heeft de kaart meer dan %d kolommen, meer dan waar ze ruimte voor heeft; haal de fase weg, of splits de klantreis"},
	HintChannelName - numLabels:  {"; that is the name of channel %s: use its id", "; dat is de naam van kanaal %s: gebruik zijn id"},
	HintNoIDs - numLabels:        {"; there are no %s ids in this journey", "; deze klantreis heeft geen ids van %s"},
	Unresolved - numLabels:       {"unknown %s %s%s", "onbekend %s %s%s"},
	MomentOrder - numLabels:      {"phase %s has moment %s but follows phase %s, whose moment is %s; phases go before, during, then after", "fase %s heeft moment %s maar volgt op fase %s, met moment %s; fasen gaan van before, via during, naar after"},

	PhaseEmpty - numLabels:              {"phase %s has no touchpoints; add the contact moments of this phase, or remove it", "fase %s heeft geen contactmomenten; voeg de contactmomenten van deze fase toe, of haal hem weg"},
	TouchpointNoOwner - numLabels:       {"touchpoint %s has no owner; add owner: with the team or person responsible for it", "contactmoment %s heeft geen eigenaar; voeg owner: toe met het team of de persoon die ervoor verantwoordelijk is"},
	TouchpointNoEvidence - numLabels:    {"touchpoint %s names no evidence for its emotion; add evidence: [id] naming interviews, CRM data or another source", "contactmoment %s noemt geen bewijs voor zijn emotie; voeg evidence: [id] toe met interviews, CRM-gegevens of een andere bron"},
	TouchpointOnlyAssumed - numLabels:   {"touchpoint %s names only assumptions for its emotion; add evidence: [id] naming interviews, CRM data or another source that backs it", "contactmoment %s noemt alleen aannames voor zijn emotie; voeg evidence: [id] toe met interviews, CRM-gegevens of een andere bron die haar onderbouwt"},
	NoReview - numLabels:                {"no reviewed date; add reviewed: YYYY-MM-DD with the day the map was last checked against reality, and review it at least once a year", "geen reviewed-datum; voeg reviewed: JJJJ-MM-DD toe met de dag waarop de kaart voor het laatst aan de werkelijkheid is getoetst, en herzie haar minstens één keer per jaar"},
	PainsUnaddressed - numLabels:        {"touchpoint %s has pains that no improvement addresses; add an improvement with touchpoints: [%s]", "contactmoment %s heeft pijnpunten die geen verbetering aanpakt; voeg een verbetering toe met touchpoints: [%s]"},
	PainPointUnaddressed - numLabels:    {"touchpoint %s is a pain point, the lowest emotion of the journey (%d), that no improvement addresses; add an improvement with touchpoints: [%s]", "contactmoment %s is een pijnpunt, de laagste emotie van de klantreis (%d), dat geen verbetering aanpakt; voeg een verbetering toe met touchpoints: [%s]"},
	PainPointUnaddressedFor - numLabels: {"touchpoint %s is a pain point, the lowest emotion of persona %s (%d), that no improvement addresses; add an improvement with touchpoints: [%s]", "contactmoment %s is een pijnpunt, de laagste emotie van persona %s (%d), dat geen verbetering aanpakt; voeg een verbetering toe met touchpoints: [%s]"},
	EndsLow - numLabels:                 {"the journey ends on its lowest emotion (%d, at touchpoint %s); customers remember the peak and the end: end on a positive peak", "de klantreis eindigt op haar laagste emotie (%d, bij contactmoment %s); klanten onthouden de piek en het einde: eindig op een positieve piek"},
	EndsLowPersonas - numLabels:         {"the journey ends on its lowest emotion for %s, at touchpoint %s; customers remember the peak and the end: end on a positive peak", "de klantreis eindigt op haar laagste emotie voor %s, bij contactmoment %s; klanten onthouden de piek en het einde: eindig op een positieve piek"},
	EndsLowPersona - numLabels:          {"persona %s (%d)", "persona %s (%d)"},
	ImprovementNoOwner - numLabels:      {"improvement %s has no owner; add owner: with the person or team who carries it out", "verbetering %s heeft geen eigenaar; voeg owner: toe met de persoon of het team dat haar uitvoert"},
	ImprovementNoDue - numLabels:        {"improvement %s has no due date; add due: YYYY-MM-DD with its deadline", "verbetering %s heeft geen deadline; voeg due: JJJJ-MM-DD toe met de deadline"},
	ImprovementOverdue - numLabels:      {"improvement %s is overdue: due %s, still %s on %s; finish it (status: done), give it a new due date, or drop it (status: dropped)", "verbetering %s is te laat: deadline %s, nog %s op %s; rond haar af (status: done), geef haar een nieuwe deadline, of laat haar vallen (status: dropped)"},

	CutCardText - numLabels:      {"the %s of touchpoint %s is cut to fit its card, which shows %d lines of it; shorten it", "%s van contactmoment %s is ingekort tot zijn kaart, die er %d regels van toont; maak het korter"},
	CutCell - numLabels:          {"%s: cut to fit the map, %d of %d shown whole; a lane cell shows at most %d lines: shorten them, or move some elsewhere", "%s: ingekort tot de kaart, %d van %d helemaal getoond; een vak van een baan toont hoogstens %d regels: maak ze korter, of zet er een paar elders"},
	CutMatrixTitle - numLabels:   {"the title of improvement %s is cut to fit its card on the matrix, which shows %d lines of it; shorten it", "de titel van verbetering %s is ingekort tot zijn kaart op de matrix, die er %d regels van toont; maak hem korter"},
	CutMatrixDetail - numLabels:  {"the owner of improvement %s is cut to fit its card on the matrix, which shows %d lines of owner and due date; shorten it", "de eigenaar van verbetering %s is ingekort tot zijn kaart op de matrix, die %d regels van eigenaar en deadline toont; maak hem korter"},
	CellThinks - numLabels:       {"what the customer thinks at touchpoint %s", "wat de klant denkt bij contactmoment %s"},
	CellFeelings - numLabels:     {"the feelings of the personas at touchpoint %s", "de gevoelens van de persona's bij contactmoment %s"},
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

	ImportTooLarge - numLabels:           {"the file is larger than %d bytes (2 MiB), the limit for an import", "het bestand is groter dan %d bytes (2 MiB), de grens voor een import"},
	ControlCharacterIn - numLabels:       {"control character %U is not allowed in a journey", "stuurteken %U is niet toegestaan in een klantreis"},
	MermaidNoHeader - numLabels:          {"no journey diagram: a Mermaid journey starts with the line journey", "geen journey-diagram: een Mermaid-journey begint met de regel journey"},
	MermaidNoTasks - numLabels:           {"the diagram has no sections and no tasks; add section Name and tasks Name: 1..5: actors", "het diagram heeft geen secties en geen taken; voeg section Naam en taken Naam: 1..5: actoren toe"},
	MermaidFrontMatterOpen - numLabels:   {"front matter opened with --- is never closed with ---", "front matter geopend met --- wordt nooit gesloten met ---"},
	MermaidFrontMatterBad - numLabels:    {"the front matter is not YAML (%s); write title: Name between the --- lines, in quotes when it holds \": \" or \" #\"", "de front matter is geen YAML (%s); schrijf title: Naam tussen de ---regels, tussen aanhalingstekens als die \": \" of \" #\" bevat"},
	MermaidDescrOpen - numLabels:         {"accDescr { is never closed with }", "accDescr { wordt nooit gesloten met }"},
	MermaidUnknown - numLabels:           {"unknown statement %s; expected title, accTitle, accDescr, section or a task Name: 1..5: actors", "onbekende opdracht %s; verwacht title, accTitle, accDescr, section of een taak Naam: 1..5: actoren"},
	MermaidNoSectionName - numLabels:     {"the section has no name; write section Name", "de sectie heeft geen naam; schrijf section Naam"},
	MermaidNoTaskName - numLabels:        {"the task has no name; write Name: 1..5: actors", "de taak heeft geen naam; schrijf Naam: 1..5: actoren"},
	MermaidNoScore - numLabels:           {"task %s has no score; write Name: 1..5: actors", "taak %s heeft geen score; schrijf Naam: 1..5: actoren"},
	MermaidScoreNotWhole - numLabels:     {"the score of task %s must be a whole number from 1 to 5; found %s", "de score van taak %s moet een geheel getal van 1 tot 5 zijn; gevonden: %s"},
	MermaidScoreOutside - numLabels:      {"the score of task %s is %d; Mermaid's scores go from 1 to 5", "de score van taak %s is %d; de scores van Mermaid gaan van 1 tot 5"},
	MarkdownNoBlock - numLabels:          {"no ```mermaid block with a journey diagram in this Markdown file", "geen ```mermaid-blok met een journey-diagram in dit Markdown-bestand"},
	MarkdownNoSuchBlock - numLabels:      {"--block %d: the file has %d mermaid journey blocks", "--block %d: het bestand heeft %d mermaid-journeyblokken"},
	MarkdownManyBlocks - numLabels:       {"%d mermaid journey blocks (at lines %s); choose one with --block 1..%d", "%d mermaid-journeyblokken (op regels %s); kies er een met --block 1..%d"},
	MermaidOnePersona - numLabels:        {"a Mermaid task has one score: the diagram gives the emotions of persona %s, not those of %s; choose another with --persona", "een taak in Mermaid heeft één score: het diagram geeft de emoties van persona %s, niet die van %s; kies een andere met --persona"},
	MermaidRewroteScenario - numLabels:   {"the scenario holds }, which ends Mermaid's accDescr; written as ｝", "het scenario bevat }, wat accDescr van Mermaid beëindigt; geschreven als ｝"},
	MermaidRewrotePhase - numLabels:      {"phase %s: its name has characters Mermaid's grammar cannot hold; written as %s", "fase %s: de naam heeft tekens die de grammatica van Mermaid niet kan bevatten; geschreven als %s"},
	MermaidRewroteTouchpoint - numLabels: {"touchpoint %s: its name or owner has characters Mermaid's grammar cannot hold; written as %s", "contactmoment %s: de naam of eigenaar heeft tekens die de grammatica van Mermaid niet kan bevatten; geschreven als %s"},
	SheetNoHeader - numLabels:            {"no header row; the first row names the columns, such as phase, touchpoint, emotion", "geen kopregel; de eerste rij noemt de kolommen, zoals fase, contactmoment, emotie"},
	SheetNoRows - numLabels:              {"no touchpoints: the file has a header row and nothing under it", "geen contactmomenten: het bestand heeft een kopregel en niets daaronder"},
	SheetColumnTwice - numLabels:         {"column %s names the same as column %s; keep one", "kolom %s is dezelfde als kolom %s; houd er een"},
	SheetUnknownColumn - numLabels:       {"unknown column %s, not imported", "onbekende kolom %s, niet geïmporteerd"},
	SheetPlainBesidePersonas - numLabels: {"column %s is not imported: with a column per persona, such as %s, each persona has columns of its own", "kolom %s wordt niet geïmporteerd: met een kolom per persona, zoals %s, krijgt elke persona haar eigen kolommen"},
	SheetMissingColumn - numLabels:       {"no column %s; phase, touchpoint and emotion are required", "geen kolom %s; fase, contactmoment en emotie zijn verplicht"},
	SheetRowLength - numLabels:           {"the row has %d fields and the header %d; is a separator or a quote missing?", "de rij heeft %d velden en de kopregel %d; ontbreekt er een scheidingsteken of aanhalingsteken?"},
	SheetPhaseNameConflict - numLabels:   {"phase id %s is named %s here and %s on row %d", "fase-id %s heet hier %s en %s op rij %d"},
	SheetMomentConflict - numLabels:      {"phase %s is %s here and %s on row %d; a phase has one moment", "fase %s is hier %s en %s op rij %d; een fase heeft één moment"},
	SheetBadMoment - numLabels:           {"%s %s must be before, during or after (voor, tijdens, na), or empty", "%s %s moet voor, tijdens of na (before, during, after) zijn, of leeg"},
	SheetNotWhole - numLabels:            {"%s %s is not a whole number", "%s %s is geen geheel getal"},
	SheetBadID - numLabels:               {"%s %s holds nothing to make an id of: letters or digits", "%s %s bevat niets om een id van te maken: letters of cijfers"},
	SheetIDChanged - numLabels:           {"%s %s is not a slug; imported as %s", "%s %s is geen slug; geïmporteerd als %s"},
	SheetDuplicateID - numLabels:         {"duplicate %s id %s (first on row %d)", "dubbel id van %s: %s (eerst op rij %d)"},
	SheetEvidenceAdded - numLabels:       {"evidence %s is not described in the file; added with kind: other, to complete", "bewijs %s wordt niet beschreven in het bestand; toegevoegd met kind: other, aan te vullen"},
	SheetCSVSyntax - numLabels:           {"the CSV file cannot be read here: %s", "het CSV-bestand kan hier niet gelezen worden: %s"},
	SheetCSVBareQuote - numLabels:        {"a \" in a field that does not start with one; put the field in quotes and double each \" in it, as in \"5\"\" screen\"", "een \" in een veld dat er niet mee begint; zet het veld tussen aanhalingstekens en verdubbel elke \" erin, zoals in \"5\"\" scherm\""},
	SheetCSVQuote - numLabels:            {"a field in quotes is never closed, or a \" in it is not doubled; write \"\" for each \" in a field in quotes", "een veld tussen aanhalingstekens wordt nooit gesloten, of een \" erin is niet verdubbeld; schrijf \"\" voor elke \" in een veld tussen aanhalingstekens"},
	XLSXNoSheet - numLabels:              {"no sheet %s; the sheets are %s", "geen blad %s; de bladen zijn %s"},
	XLSXMacros - numLabels:               {"a macro-enabled workbook (.xlsm) is refused; save it as .xlsx", "een werkmap met macro's (.xlsm) wordt geweigerd; sla hem op als .xlsx"},
	XLSXTooLarge - numLabels:             {"the file is larger than %d bytes (10 MiB), the limit for a workbook", "het bestand is groter dan %d bytes (10 MiB), de grens voor een werkmap"},
	XLSXNotZip - numLabels:               {"not an XLSX workbook (no zip archive); save it as .xlsx, or import it as csv", "geen XLSX-werkmap (geen zip-archief); sla hem op als .xlsx, of importeer hem als csv"},
	XLSXUnpacksTooLarge - numLabels:      {"the workbook would unpack to more than %d bytes (64 MiB), or has too many parts; refused", "de werkmap zou uitpakken tot meer dan %d bytes (64 MiB), of heeft te veel delen; geweigerd"},
	XLSXCannotOpen - numLabels:           {"the workbook cannot be read: %s", "de werkmap kan niet gelezen worden: %s"},
	XLSXTooManyRows - numLabels:          {"sheet %s has more than %d rows; that is the limit", "blad %s heeft meer dan %d rijen; dat is de grens"},
	XLSXBadField - numLabels:             {"%s %s cannot be read; see docs/interop.md", "%s %s kan niet gelezen worden; zie docs/interop.md"},
	XLSXUnknownKey - numLabels:           {"unknown key %s in sheet %s, not imported", "onbekende sleutel %s in blad %s, niet geïmporteerd"},
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
	XLSXFormulaNoValue - numLabels:   {"%s holds a formula with no value computed, and journeymap computes none; open the workbook in a spreadsheet program and save it, or type the value", "%s bevat een formule zonder berekende waarde, en journeymap berekent er geen; open de werkmap in een rekenbladprogramma en sla hem op, of typ de waarde"},
	XLSXFirstSheet - numLabels:       {"the touchpoints are read from the first sheet, %s; name the sheet that holds them with --sheet: %s", "de contactmomenten worden van het eerste blad gelezen, %s; noem het blad waar ze op staan met --sheet: %s"},
	GlyphMissingOne - numLabels:      {"%s has %s, which DejaVu Sans, the font of the PDF and PNG, lacks: they show a box for it; the SVG leaves it to the viewer's fonts", "%s heeft %s, dat ontbreekt in DejaVu Sans, het lettertype van de PDF en PNG: die tonen er een vakje voor; de SVG laat het aan de lettertypen van de lezer over"},
	GlyphMissingMany - numLabels:     {"%s has %s, which DejaVu Sans, the font of the PDF and PNG, lacks: they show a box for each; the SVG leaves it to the viewer's fonts", "%s heeft %s, die ontbreken in DejaVu Sans, het lettertype van de PDF en PNG: die tonen een vakje voor elk; de SVG laat ze aan de lettertypen van de lezer over"},
	GlyphsAnd - numLabels:            {"%s and %s", "%s en %s"},
	GlyphsAndMore - numLabels:        {"%s and %d more", "%s en nog %d"},
	GlyphsReplaced - numLabels:       {"the map has more emoji and other characters beyond the Basic Multilingual Plane than the PDF draws (%d outlines): it shows U+FFFD (�) for %d of them, to stay small", "de kaart heeft meer emoji en andere tekens buiten het Basic Multilingual Plane dan de PDF tekent (%d contouren): hij toont U+FFFD (�) voor %d ervan, om klein te blijven"},
	GlyphTitle - numLabels:           {"the title", "de titel"},
	GlyphPersona - numLabels:         {"the persona", "de persona"},
	GlyphScenario - numLabels:        {"the scenario", "het scenario"},
	GlyphGoals - numLabels:           {"the goals", "de doelen"},
	GlyphChannel - numLabels:         {"the name of channel %s", "de naam van kanaal %s"},
	GlyphPhase - numLabels:           {"phase %s", "fase %s"},
	GlyphTouchpoint - numLabels:      {"touchpoint %s", "contactmoment %s"},
	GlyphImprovement - numLabels:     {"improvement %s", "verbetering %s"},
	SmallPrintSplit - numLabels:      {"the map prints its body text at %s pt on %s, under %s pt: at %s px it is too tall for the paper", "de kaart drukt de lopende tekst af op %s pt op %s, onder %s pt: met %s px is hij te hoog voor het papier"},
	SmallPrintSplitPaper - numLabels: {"the map prints its body text at %s pt on %s, under %s pt: at %s px it is too tall for the paper; --page %s prints it at %s pt",
		"de kaart drukt de lopende tekst af op %s pt op %s, onder %s pt: met %s px is hij te hoog voor het papier; --page %s drukt hem af op %s pt"},
	SmallPrintFit - numLabels: {"the map prints its body text at %s pt on one page of %s: at %s × %s px it is too large for the paper; --pages split prints it at %s pt over several",
		"de kaart drukt de lopende tekst af op %s pt op één pagina van %s: met %s × %s px is hij te groot voor het papier; --pages split drukt hem af op %s pt over meer pagina's"},
	PaperSlide - numLabels:           {"a slide", "een dia"},
	ScaledDown - numLabels:           {"the PNG is drawn at scale %s, not %s: %d × %d px is the largest within %d megapixels", "de PNG is getekend op schaal %s, niet %s: %d × %d px is het grootste binnen %d megapixels"},
	DecimalNumber - numLabels:        {"%s.%s", "%s,%s"},
	TheProject - numLabels:           {"the project file", "het projectbestand"},
	ThePDFSettings - numLabels:       {"pdf", "pdf"},
	ThePNGSettings - numLabels:       {"png", "png"},
	ProjectNoJourneys - numLabels:    {"journeys lists no journey files or folders; name at least one, such as journeys: [journeys/]", "journeys noemt geen klantreisbestanden of -mappen; noem er ten minste één, zoals journeys: [journeys/]"},
	ProjectOutputTwice - numLabels:   {"%s is listed twice in outputs; it is written once", "%s staat twee keer in outputs; het wordt één keer geschreven"},
	ProjectPathAbsolute - numLabels:  {"%s: %s is an absolute path; write it relative to the project file's folder", "%s: %s is een absoluut pad; schrijf het ten opzichte van de map van het projectbestand"},
	ProjectPathBackslash - numLabels: {"%s: %s holds a backslash; separate folders with /, on every system", "%s: %s bevat een backslash; scheid mappen met /, op elk systeem"},
	ProjectPathMissing - numLabels:   {"%s: %s does not exist; name a journey file or a folder of journeys, relative to the project file's folder", "%s: %s bestaat niet; noem een klantreisbestand of een map met klantreizen, ten opzichte van de map van het projectbestand"},
	ProjectPathOutside - numLabels:   {"%s: %s leads out of the project file's folder; name a file or folder below it", "%s: %s leidt buiten de map van het projectbestand; noem een bestand of map daaronder"},
	ProjectScaleRange - numLabels:    {"scale %d is outside 1 to %d", "scale %d ligt buiten 1 tot en met %d"},
	ProjectUnused - numLabels:        {"%[1]s is set, but outputs does not list %[1]s; add it to outputs, or take %[1]s out", "%[1]s is ingesteld, maar outputs noemt %[1]s niet; voeg het toe aan outputs, of haal %[1]s weg"},
	ProjectPagesNoPage - numLabels:   {"pdf: pages says how the map goes onto paper; name the paper with page", "pdf: pages zegt hoe de kaart op papier komt; noem het papier met page"},
	OrphanRun - numLabels:            {"orphan: left by a journey the project no longer has (renamed or deleted); run: %s", "wees: achtergelaten door een klantreis die het project niet meer heeft (hernoemd of verwijderd); voer uit: %s"},
	OrphanRemoved - numLabels:        {"removed", "verwijderd"},
	OrphanToRemove - numLabels:       {"orphan, would be removed", "wees, zou verwijderd worden"},
	NoProject - numLabels:            {"no files named and no project file %s here or in a folder above; name journeys, or write a project file (see docs/projects.md)", "geen bestanden genoemd en geen projectbestand %s hier of in een map erboven; noem klantreizen, of schrijf een projectbestand (zie docs/projects.md)"},

	// What parseYAML says of a journey file, said of a project file.
	ProjectEmpty - numLabels:             {"the project file is empty or only comments; name the journeys, such as journeys: [journeys/]", "het projectbestand is leeg of bevat alleen commentaar; noem de klantreizen, zoals journeys: [journeys/]"},
	ProjectSecondDocument - numLabels:    {"a second YAML document; a project file holds one document (remove the '---')", "een tweede YAML-document; een projectbestand bevat één document (haal de '---' weg)"},
	ProjectTextAfterDocument - numLabels: {"text after the end of the document; a project file holds one document", "tekst na het einde van het document; een projectbestand bevat één document"},
}
