package diagnose

import (
	"os"
	"path/filepath"

	"github.com/racekit/racekit/checker/internal/i18n"
)

// testMessage is what a test printed, in the learner's language: the
// Chinese beside the tests says it with the values the English printed.
// Anything it cannot match stays as printed.
func (c *Code) testMessage(path string, m message) string {
	if c.p().Lang != i18n.Chinese {
		return m.text
	}
	if real, ok := c.Overlay[path]; ok && real != "" {
		path = real // a solution or a fix is judged by the exercise's tests
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return m.text
	}
	failures, err := i18n.Failures(src)
	if err != nil {
		return m.text
	}
	zh, err := i18n.ReadTestMessages(filepath.Dir(path))
	if err != nil {
		return m.text
	}
	if f, ok := i18n.At(failures, m.line); ok {
		if said, ok := i18n.Translate(m.text, f.Format, zh[f.Format]); ok && zh[f.Format] != "" {
			return said
		}
	}
	if said, ok := i18n.Guess(failures, zh, m.text); ok {
		return said
	}
	return m.text
}
