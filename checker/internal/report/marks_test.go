package report

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/racekit/racekit/checker/internal/check"
	"github.com/racekit/racekit/checker/internal/diagnose"
	"github.com/racekit/racekit/checker/internal/i18n"
)

// Piped (here into a buffer), a line has no symbols and no colour: plain
// words of one width.
func TestLinesWrittenToAPipeHaveWordsNotSymbols(t *testing.T) {
	var b bytes.Buffer
	en := i18n.NewPrinter(i18n.English)
	Line(&b, en, check.Result{Name: "account", Passed: true, DurationMS: 1200})
	Line(&b, en, check.Result{Name: "pool", Failures: []diagnose.Failure{{Kind: "race"}}, DurationMS: 300})
	assert.Equal(t, "ok   account    passed (1.2s)\nFAIL pool       race (0.3s)\n", b.String())
}
