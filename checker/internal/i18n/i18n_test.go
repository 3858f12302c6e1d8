package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// printers are the names the checker gives its Printer: say in package
// main, p in packages report and diagnose. Messages are the constant formats passed to
// their Printf, Sprintf and Fprintf.
var printers = map[string]bool{"say": true, "p": true}

// messages returns every message printed through a Printer in the Go files
// (tests left out) of dirs, with where each is printed.
func printed(t *testing.T, dirs ...string) map[string]string {
	t.Helper()
	found := map[string]string{}
	fset := token.NewFileSet()
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		require.NoError(t, err)
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, file, nil, 0)
			require.NoError(t, err)
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if x, ok := sel.X.(*ast.Ident); !ok || !printers[x.Name] {
					return true
				}
				format := 0
				switch sel.Sel.Name {
				case "Printf", "Sprintf":
				case "Fprintf":
					format = 1
				default:
					return true
				}
				msg, ok := constant(call.Args[format])
				if !assert.True(t, ok, "%s: a message's format must be a constant string, so that it can be translated", fset.Position(call.Pos())) {
					return true
				}
				found[msg] = fset.Position(call.Pos()).String()
				return true
			})
		}
	}
	return found
}

// Every message the checker prints to a learner exists in Chinese too, with
// the same verbs; and every Chinese message is printed somewhere.
func TestEveryMessageIsInBothLanguages(t *testing.T) {
	used := printed(t, "../..", "../report", "../diagnose", "../demo")
	require.NotEmpty(t, used)
	for en, where := range used {
		cn, ok := zh[en]
		if !assert.True(t, ok, "%s prints %q, which has no Chinese in zh.go", where, en) {
			continue
		}
		assert.Equal(t, Verbs(en), Verbs(cn), "the Chinese of %q has other verbs: %q", en, cn)
	}
	for en := range zh {
		_, ok := used[en]
		assert.True(t, ok, "zh.go translates %q, which nothing prints", en)
	}
}

func TestChooseTheLanguage(t *testing.T) {
	for _, c := range []struct {
		flag, racekit, lcAll, lcMessages, lang string
		want                                   Lang
	}{
		{want: English},
		{lang: "zh_CN.UTF-8", want: Chinese},
		{lang: "en_US.UTF-8", want: English},
		{lcMessages: "zh_TW.UTF-8", lang: "en_US.UTF-8", want: Chinese},
		{lcAll: "C", lcMessages: "zh_CN.UTF-8", want: English}, // LC_ALL wins
		{racekit: "zh", lang: "en_US.UTF-8", want: Chinese},
		{flag: "en", racekit: "zh", lang: "zh_CN.UTF-8", want: English},
		{flag: "zh", want: Chinese},
	} {
		t.Setenv("RACEKIT_LANG", c.racekit)
		t.Setenv("LC_ALL", c.lcAll)
		t.Setenv("LC_MESSAGES", c.lcMessages)
		t.Setenv("LANG", c.lang)
		got, err := Choose(c.flag)
		require.NoError(t, err)
		assert.Equal(t, c.want, got, "%+v", c)
	}
	_, err := Choose("fr")
	assert.Error(t, err)
}

// A message goes through the catalog: Chinese when asked, English otherwise.
func TestPrinterSpeaksTheLanguage(t *testing.T) {
	assert.Equal(t, "已重置 x\n", NewPrinter(Chinese).Sprintf("reset %s\n", "x"))
	assert.Equal(t, "reset x\n", NewPrinter(English).Sprintf("reset %s\n", "x"))
}

// Numbers print as fmt prints them, in both languages: no digit grouping
// in goroutine IDs, line numbers or durations; widths still count.
func TestPrinterKeepsNumbersPlain(t *testing.T) {
	for _, l := range []Lang{English, Chinese} {
		got := NewPrinter(l).Sprintf("goroutine %d at x.go:%d (%.1fs, %3d)", 2015, 1204, 1234.5, 7)
		assert.Equal(t, "goroutine 2015 at x.go:1204 (1234.5s,   7)", got, l)
	}
}
