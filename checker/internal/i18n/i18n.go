// Package i18n speaks to the learner in their language: Chinese or
// English. It chooses the language from --lang, RACEKIT_LANG or the
// locale, and prints the checker's messages through a message.Printer whose
// catalog holds the Chinese for each English message (zh.go). The English
// text is the key, so an untranslated message still reads, in English, and
// a test finds it.
package i18n

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// A Lang is a language the checker speaks: English or Chinese.
type Lang string

const (
	English Lang = "en"
	Chinese Lang = "zh"
)

// Choose returns the language asked for by flag (the value of --lang, ""
// when not given), else by RACEKIT_LANG, else by the locale (LC_ALL, then
// LC_MESSAGES, then LANG, as POSIX orders them): Chinese for any zh*,
// English otherwise. Only a --lang that is neither zh nor en is an error.
func Choose(flag string) (Lang, error) {
	switch strings.ToLower(flag) {
	case "":
	case "zh":
		return Chinese, nil
	case "en":
		return English, nil
	default:
		return English, fmt.Errorf("--lang %q: the checker speaks zh (中文) and en (English)", flag)
	}
	v := os.Getenv("RACEKIT_LANG")
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v != "" {
			break
		}
		v = os.Getenv(name)
	}
	if strings.HasPrefix(strings.ToLower(v), "zh") {
		return Chinese, nil
	}
	return English, nil
}

// A Printer prints the checker's messages in its Lang: Printf and its
// kin look the format up in the catalog, and fall back to English.
type Printer struct {
	*message.Printer
	Lang Lang
}

// Sprintf, Printf and Fprintf format as message.Printer's do, but numbers
// as fmt does: x/text groups digits by locale ("goroutine 2,015",
// "pool_test.go:1,204"), which IDs, line numbers and counts must not get.
func (p *Printer) Sprintf(format string, args ...any) string {
	return p.Printer.Sprintf(format, plain(args)...)
}

func (p *Printer) Printf(format string, args ...any) (int, error) {
	return p.Printer.Printf(format, plain(args)...)
}

func (p *Printer) Fprintf(w io.Writer, format string, args ...any) (int, error) {
	return p.Printer.Fprintf(w, format, plain(args)...)
}

func plain(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch a.(type) {
		case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, float32, float64:
			out[i] = number{a}
		default:
			out[i] = a
		}
	}
	return out
}

// number formats its value with fmt's own rules.
type number struct{ v any }

func (n number) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, fmt.FormatString(f, verb), n.v)
}

// NewPrinter returns a printer of the checker's messages in l.
func NewPrinter(l Lang) *Printer {
	tag := language.English
	if l == Chinese {
		tag = language.Chinese
	}
	return &Printer{message.NewPrinter(tag, message.Catalog(messages)), l}
}

// messages holds the Chinese of every English message in zh.
var messages = func() *catalog.Builder {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for en, text := range zh {
		if err := b.SetString(language.Chinese, en, text); err != nil {
			panic(err)
		}
	}
	return b
}()
