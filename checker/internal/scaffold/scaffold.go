// Package scaffold writes a new exercise into a kit: its code (and the
// shipped copy of it that reset restores), tests, README, reference
// solution and catalog entry, from templates that already pass the kit's
// own checks (the shipped code fails with a race, the solution passes, and
// no mutant of the solution survives), so that a teacher starts from
// something that works and changes it step by step.
package scaffold

import (
	"bytes"
	"embed"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"text/template"

	"github.com/racekit/racekit/checker/internal/catalog"
	"github.com/racekit/racekit/checker/internal/i18n"
)

//go:embed template
var templates embed.FS

// validName is what a package name and a catalog name may both be: short,
// lower case, one word.
var validName = regexp.MustCompile(`^[a-z][a-z0-9]*$`)

// New writes exercise name into the kit at root, and appends its entry to
// the catalog. It refuses a name that is not a lower-case Go identifier, or
// that the catalog or the tree already has.
func New(root string, cat *catalog.Catalog, name, topic string) ([]string, error) {
	if !validName.MatchString(name) || token.IsKeyword(name) {
		return nil, fmt.Errorf("%q cannot name an exercise: use lower-case letters and digits, starting with a letter (it is also the package name)", name)
	}
	if _, err := cat.Select([]string{name}); err == nil {
		return nil, fmt.Errorf("the catalog already has an exercise called %q", name)
	}
	if topic == "" {
		topic = "what this exercise teaches, in one line"
	}
	files := []struct{ tmpl, path string }{
		{"exercise.go.tmpl", filepath.Join("exercises", name, name+".go")},
		{"exercise_test.go.tmpl", filepath.Join("exercises", name, name+"_test.go")},
		{"README.md.tmpl", filepath.Join("exercises", name, "README.md")},
		{"README.zh.md.tmpl", filepath.Join("exercises", name, "README.zh.md")},
		{"messages.zh.toml.tmpl", filepath.Join("exercises", name, i18n.TestMessagesFile)},
		{"solution.go.tmpl", filepath.Join("solutions", name, name+".go")},
		// The copy `checker reset` restores the learner's file from.
		{"exercise.go.tmpl", filepath.Join("_shipped", "exercises", name, name+".go")},
	}
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(root, f.path)); err == nil {
			return nil, fmt.Errorf("%s already exists", f.path)
		}
	}
	data := struct{ Name, Topic string }{name, topic}
	var written []string
	for _, f := range files {
		text, err := render(f.tmpl, data)
		if err != nil {
			return written, err
		}
		path := filepath.Join(root, f.path)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return written, err
		}
		if err := os.WriteFile(path, text, 0o644); err != nil {
			return written, err
		}
		written = append(written, f.path)
	}
	entry, err := render("catalog.toml.tmpl", data)
	if err != nil {
		return written, err
	}
	f, err := os.OpenFile(filepath.Join(root, catalog.Path), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return written, err
	}
	if _, err := f.Write(entry); err != nil {
		f.Close()
		return written, err
	}
	return append(written, catalog.Path), f.Close()
}

func render(name string, data any) ([]byte, error) {
	t, err := template.ParseFS(templates, "template/"+name)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = t.Execute(&b, data)
	return b.Bytes(), err
}
