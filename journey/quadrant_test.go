package journey

import "testing"

func TestQuadrant(t *testing.T) {
	tests := []struct {
		impact, effort int
		want           Quadrant
	}{
		{5, 1, QuickWin}, {3, 2, QuickWin},
		{5, 5, MajorProject}, {3, 3, MajorProject},
		{1, 1, FillIn}, {2, 2, FillIn},
		{1, 5, ThanklessTask}, {2, 3, ThanklessTask},
	}
	for _, tt := range tests {
		if got := (Improvement{Impact: tt.impact, Effort: tt.effort}).Quadrant(); got != tt.want {
			t.Errorf("impact %d, effort %d: %s, want %s", tt.impact, tt.effort, got, tt.want)
		}
	}
}
