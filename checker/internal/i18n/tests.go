package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// TestMessagesFile holds, beside an exercise's tests, the Chinese of their
// failure messages: the tests print English, and the checker shows the
// Chinese with the values the English printed.
const TestMessagesFile = "messages.zh.toml"

// A TestMessage is one failure message of a test file: En is the constant
// format of its t.Errorf (or Fatalf, Error, Fatal) call, Zh says the same
// in Chinese with the same verbs, which %[n]v indexes may reorder.
type TestMessage struct {
	En string `toml:"en"`
	Zh string `toml:"zh"`
}

// ReadTestMessages reads the Chinese of the failure messages of the tests
// in dir, English format to Chinese. No file is no translation, not an
// error: the messages then stay English.
func ReadTestMessages(dir string) (map[string]string, error) {
	var file struct {
		Message []TestMessage `toml:"message"`
	}
	_, err := toml.DecodeFile(filepath.Join(dir, TestMessagesFile), &file)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	zh := map[string]string{}
	for _, m := range file.Message {
		zh[m.En] = m.Zh
	}
	return zh, nil
}

// A Failure is a failure message a test file can print: the constant
// format of a t.Errorf, t.Fatalf, t.Error or t.Fatal call, or of an
// fmt.Errorf whose error a test reports with t.Fatal(err), and the lines
// the call spans (a test's output names one of them).
type Failure struct {
	Format   string
	From, To int
}

// Failures returns the failure messages of the Go test source src.
func Failures(src []byte) ([]Failure, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, 0)
	if err != nil {
		return nil, err
	}
	var out []Failure
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		switch sel.Sel.Name {
		case "Errorf", "Fatalf":
		case "Error", "Fatal":
			if len(call.Args) > 1 {
				return true // Sprintln of several values: no format to translate
			}
		default:
			return true
		}
		if format, ok := constant(call.Args[0]); ok {
			out = append(out, Failure{format, fset.Position(call.Pos()).Line, fset.Position(call.End()).Line})
		}
		return true
	})
	return out, nil
}

// constant returns the value of a string literal, or of literals joined by +.
func constant(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			s, err := strconv.Unquote(e.Value)
			return s, err == nil
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			a, ok1 := constant(e.X)
			b, ok2 := constant(e.Y)
			return a + b, ok1 && ok2
		}
	case *ast.ParenExpr:
		return constant(e.X)
	}
	return "", false
}

// At returns the failure message printed at line, the innermost call
// spanning it.
func At(fs []Failure, line int) (Failure, bool) {
	var best Failure
	found := false
	for _, f := range fs {
		if f.From <= line && line <= f.To && (!found || f.To-f.From < best.To-best.From) {
			best, found = f, true
		}
	}
	return best, found
}

// Guess returns what text says in zh when no failure message of fs spans
// the line that printed it (a t.Fatal(err) of an error made elsewhere): the
// first format that reads text back, leaving out those with no words.
func Guess(fs []Failure, zh map[string]string, text string) (string, bool) {
	for _, f := range fs {
		if strings.TrimSpace(Verb.ReplaceAllString(f.Format, "")) == "" || zh[f.Format] == "" {
			continue
		}
		if said, ok := Translate(text, f.Format, zh[f.Format]); ok {
			return said, true
		}
	}
	return "", false
}

// Verb matches a fmt verb with its flags, width, precision and index.
var Verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// Verbs returns the verbs of format, sorted and without their indexes:
// two formats with the same Verbs print the same values.
func Verbs(format string) []string {
	vs := Verb.FindAllString(format, -1)
	for i, v := range vs {
		vs[i] = index.ReplaceAllString(v, "")
	}
	slices.Sort(vs)
	return vs
}

var index = regexp.MustCompile(`\[\d+\]`)

// Translate says text, which format en printed, in the format zh: it reads
// the values back out of text and puts them where zh's verbs are. It fails
// when text is not what en prints.
func Translate(text, en, zh string) (string, bool) {
	var pattern strings.Builder
	pattern.WriteString(`(?s)^`)
	last := 0
	for _, loc := range Verb.FindAllStringIndex(en, -1) {
		pattern.WriteString(regexp.QuoteMeta(en[last:loc[0]]))
		if en[loc[1]-1] == '%' {
			pattern.WriteString("%")
		} else {
			pattern.WriteString("(.*?)")
		}
		last = loc[1]
	}
	pattern.WriteString(regexp.QuoteMeta(en[last:]) + "$")
	re, err := regexp.Compile(pattern.String())
	if err != nil {
		return "", false
	}
	m := re.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	values := m[1:]
	var out strings.Builder
	last, next := 0, 0
	for _, loc := range Verb.FindAllStringSubmatchIndex(zh, -1) {
		out.WriteString(zh[last:loc[0]])
		last = loc[1]
		if zh[loc[1]-1] == '%' {
			out.WriteString("%")
			continue
		}
		if loc[2] >= 0 { // an explicit [n]: the n-th value, and on from there
			n, _ := strconv.Atoi(zh[loc[2]+1 : loc[3]-1])
			next = n - 1
		}
		if next < 0 || next >= len(values) {
			return "", false
		}
		out.WriteString(values[next])
		next++
	}
	out.WriteString(zh[last:])
	return out.String(), true
}
