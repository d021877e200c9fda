package journey

// Quadrant is a cell of the action-priority matrix, where impact meets
// effort.
type Quadrant string

// The quadrants of the action-priority matrix.
const (
	QuickWin      Quadrant = "quick-win"      // high impact, low effort
	MajorProject  Quadrant = "major-project"  // high impact, high effort
	FillIn        Quadrant = "fill-in"        // low impact, low effort
	ThanklessTask Quadrant = "thankless-task" // low impact, high effort
)

// Quadrants lists the quadrants in reading order, which is also the order
// to act in: the top row (high impact) first, low effort on the left.
var Quadrants = []Quadrant{QuickWin, MajorProject, FillIn, ThanklessTask}

// index is the place of q in Quadrants; a quadrant not in it counts as
// the last.
func (q Quadrant) index() int {
	switch q {
	case QuickWin:
		return 0
	case MajorProject:
		return 1
	case FillIn:
		return 2
	}
	return 3
}

// HighRating is where impact or effort counts as high: 3 and above on the
// scale of 1 to 5.
const HighRating = 3

// Quadrant places the improvement on the action-priority matrix.
func (im Improvement) Quadrant() Quadrant {
	highImpact, highEffort := im.Impact >= HighRating, im.Effort >= HighRating
	switch {
	case highImpact && !highEffort:
		return QuickWin
	case highImpact && highEffort:
		return MajorProject
	case !highImpact && !highEffort:
		return FillIn
	}
	return ThanklessTask
}
