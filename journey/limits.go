package journey

// Limits bound what one journey file may hold. Every limit is enforced with a
// diagnostic that names it; docs/format.md lists them for users.
const (
	// MaxFileBytes is the largest journey file accepted, in bytes.
	MaxFileBytes = 2 << 20
	// MaxLabelRunes bounds short labels: names, owners, feelings, pains, gains.
	MaxLabelRunes = 200
	// MaxTextRunes bounds prose: scenarios, goals, thoughts, sources.
	MaxTextRunes = 2000
	// MaxPhases bounds the phases of a journey.
	MaxPhases = 30
	// MaxTouchpoints bounds the touchpoints of a journey, over all phases,
	// and with them the columns of its map: a touchpoint is a column, and
	// so is a phase without touchpoints. 150 columns of 208 px fit within
	// the 32,767 px a browser draws across.
	MaxTouchpoints = 150
	// MaxChannels bounds the channel catalogue.
	MaxChannels = 100
	// MaxEvidence bounds the evidence sources.
	MaxEvidence = 200
	// MaxOwners bounds the owners.
	MaxOwners = 200
	// MaxIncludes bounds the files a journey reads through include:
	// the catalogues it includes, and those they include, together.
	MaxIncludes = 16
	// MaxImprovements bounds the improvements.
	MaxImprovements = 500
	// MaxListItems bounds short lists: pains, gains, metrics and references.
	MaxListItems = 50
	// MaxIDRunes bounds the length of an id.
	MaxIDRunes = 64
	// MaxDepth bounds the nesting of the YAML document.
	MaxDepth = 20
	// MaxNodes bounds the YAML nodes of a document once aliases are
	// expanded; it stops alias bombs ("billion laughs").
	MaxNodes = 1_000_000
	// MaxScaleSpan bounds the width of the emotion scale.
	MaxScaleSpan = 10
	// MaxDiagnostics is how many diagnostics of one file are shown.
	MaxDiagnostics = 50
)
