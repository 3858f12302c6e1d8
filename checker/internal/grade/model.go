// Package grade grades a student's submission against the kit's own tests:
// it builds each exercise from the student's code files and the canonical
// tests the checker carries, reports tampering, and turns verdicts into
// points. Report is the one model every grade format is written from.
package grade

import (
	"github.com/racekit/racekit/checker/internal/check"
)

// Report is the grade of one submission.
type Report struct {
	Student    string     `json:"student,omitempty"`
	Exercises  []Exercise `json:"exercises"`
	Points     float64    `json:"points"`
	MaxPoints  float64    `json:"max_points"`
	Passed     int        `json:"passed"` // exercises fully passed
	Total      int        `json:"total"`
	DurationMS int64      `json:"duration_ms"`
	// Error is set when the grader itself failed: the grade is not the
	// student's doing and should not be recorded as it stands.
	Error string `json:"error,omitempty"`
}

// Exercise is the grade of one exercise: the checker's verdict, and its
// graded checks with the points each earned.
type Exercise struct {
	check.Result
	Points    float64 `json:"points"`
	MaxPoints float64 `json:"max_points"`
	Checks    []Check `json:"checks"`
	Error     string  `json:"error,omitempty"` // the grader failed on this exercise
}

// Check is one graded check of an exercise: one of its tests, or "no
// goroutine left behind", which goleak checks after all of them.
type Check struct {
	Name      string  `json:"name"`
	Passed    bool    `json:"passed"`
	Points    float64 `json:"points"`
	MaxPoints float64 `json:"max_points"`
	Kind      string  `json:"kind,omitempty"`    // the verdict kind when it failed
	Message   string  `json:"message,omitempty"` // why it failed
}
