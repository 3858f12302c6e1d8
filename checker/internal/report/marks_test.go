package report

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/diagnose"
)

// Piped (here into a buffer), a line has no symbols and no colour: plain
// words of one width.
func TestLinesWrittenToAPipeHaveWordsNotSymbols(t *testing.T) {
	var b bytes.Buffer
	Line(&b, check.Result{Name: "account", Passed: true, DurationMS: 1200})
	Line(&b, check.Result{Name: "pool", Failures: []diagnose.Failure{{Kind: "race"}}, DurationMS: 300})
	assert.Equal(t, "ok   account    passed (1.2s)\nFAIL pool       race (0.3s)\n", b.String())
}
