package report

import (
	"io"
	"os"
)

// Marks start a line about an exercise or a check: passed, failed, not
// checked. On a terminal they are symbols in colour; piped into a file or
// another program, or with NO_COLOR set (https://no-color.org), they are
// plain words of one width, which grep and diff read as easily as people.
type Marks struct{ Pass, Fail, Todo string }

// MarksFor returns the marks for lines written to w.
func MarksFor(w io.Writer) Marks {
	if f, ok := w.(*os.File); ok && Terminal(f) && os.Getenv("NO_COLOR") == "" {
		return Marks{Pass: "\033[32m✓\033[0m", Fail: "\033[31m✗\033[0m", Todo: "·"}
	}
	return Marks{Pass: "ok  ", Fail: "FAIL", Todo: "--  "}
}

// Terminal reports whether f is a terminal.
func Terminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
