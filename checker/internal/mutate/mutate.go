// Package mutate makes concurrency mutants of a Go package: copies of its
// code with one synchronisation mistake put back in, each the kind of bug a
// learner makes (a lock taken too late, a Cond waited on with `if`, a copy
// that is not one). A test suite that lets a mutant pass has a gap.
//
// The operators follow ConMAn (Bradbury, Cordy and Dingel, "Mutation
// operators for concurrent Java", Mutation 2006), translated to Go's
// primitives. Each is a rewrite of the source text at a place go/types
// identifies; a mutant that no longer type-checks is dropped.
package mutate

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/pmezard/go-difflib/difflib"
)

// Mutant is one copy of a package file with one mistake in it.
type Mutant struct {
	// ID names the mutant in a way that survives edits elsewhere in the
	// file: operator@Func#n, the n-th place in Func the operator applies.
	ID       string
	Operator string
	File     string // the file's base name in the package directory
	Line     int    // where the change starts, in the original file
	Before   string // the changed lines of the original, trimmed, joined with " ⏎ "
	After    string // the same lines in the mutant
	Source   []byte // the whole mutated file, gofmt-formatted
}

// Generate returns the mutants of the package in dir: every operator
// applied at every place it fits, in every non-test file, one mistake per
// mutant. Mutants that do not type-check, or that repeat another, are left
// out.
func Generate(dir string) ([]Mutant, error) {
	pkg, err := load(dir)
	if err != nil {
		return nil, err
	}
	var out []Mutant
	seen := map[string]bool{}
	for _, f := range pkg.files {
		seen[string(f.src)] = true
	}
	for _, f := range pkg.files {
		for _, op := range Operators {
			count := map[string]int{}
			for _, c := range op.apply(pkg.scope(f)) {
				count[c.fn]++
				slices.SortStableFunc(c.edits, func(a, b edit) int { return a.pos - b.pos })
				src, ok := pkg.build(f, c.edits)
				if !ok || seen[string(src)] {
					continue
				}
				seen[string(src)] = true
				m := Mutant{
					ID:       fmt.Sprintf("%s@%s#%d", op.Name, c.fn, count[c.fn]),
					Operator: op.Name,
					File:     filepath.Base(f.path),
					Source:   src,
				}
				m.Line, m.Before, m.After = changed(f.src, src)
				out = append(out, m)
			}
		}
	}
	return out, nil
}

// pkg is a parsed, type-checked package.
type pkg struct {
	dir   string
	name  string
	fset  *token.FileSet
	files []*file
	info  *types.Info
}

type file struct {
	path string
	src  []byte
	ast  *ast.File
}

// stdlib imports packages from source, once per checker process: the
// exercises import only the standard library.
var stdlib = sync.OnceValue(func() types.ImporterFrom {
	return importer.ForCompiler(token.NewFileSet(), "source", nil).(types.ImporterFrom)
})

var importMu sync.Mutex // the source importer is not safe for concurrent use

func load(dir string) (*pkg, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	p := &pkg{dir: dir, fset: token.NewFileSet()}
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(p.fset, path, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		p.files = append(p.files, &file{path: path, src: src, ast: f})
	}
	if len(p.files) == 0 {
		return nil, fmt.Errorf("%s: no Go files to mutate", dir)
	}
	p.name = p.files[0].ast.Name.Name
	asts := make([]*ast.File, len(p.files))
	for i, f := range p.files {
		asts[i] = f.ast
	}
	p.info = newInfo()
	if errs := typeCheck(p.fset, p.name, asts, p.info); len(errs) > 0 {
		return nil, fmt.Errorf("%s does not type-check: %v", dir, errs[0])
	}
	return p, nil
}

func newInfo() *types.Info {
	return &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Uses:       map[*ast.Ident]types.Object{},
		Defs:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
}

func typeCheck(fset *token.FileSet, name string, files []*ast.File, info *types.Info) []types.Error {
	var errs []types.Error
	conf := types.Config{
		Importer: lockedImporter{},
		Error:    func(err error) { errs = append(errs, err.(types.Error)) },
	}
	conf.Check(name, fset, files, info)
	return errs
}

type lockedImporter struct{}

func (lockedImporter) Import(path string) (*types.Package, error) {
	return lockedImporter{}.ImportFrom(path, "", 0)
}

func (lockedImporter) ImportFrom(path, dir string, mode types.ImportMode) (*types.Package, error) {
	importMu.Lock()
	defer importMu.Unlock()
	return stdlib().ImportFrom(path, dir, mode)
}

// build applies edits to f and returns the formatted mutant, or false when
// it does not compile. Declarations and imports that the mutation left
// unused are kept in use or dropped, so that the mutant still builds: Go
// rejects both, and either would hide the mistake behind a compile error.
func (p *pkg) build(f *file, edits []edit) ([]byte, bool) {
	src, err := format.Source(apply(f.src, edits))
	if err != nil {
		return nil, false
	}
	for range 4 {
		fset := token.NewFileSet()
		var asts []*ast.File
		var mutant *ast.File
		for _, other := range p.files {
			text := other.src
			if other == f {
				text = src
			}
			a, err := parser.ParseFile(fset, other.path, text, parser.SkipObjectResolution)
			if err != nil {
				return nil, false
			}
			if other == f {
				mutant = a
			}
			asts = append(asts, a)
		}
		errs := typeCheck(fset, p.name, asts, newInfo())
		if len(errs) == 0 {
			return src, true
		}
		fixes, ok := keepBuilding(fset, mutant, errs)
		if !ok {
			return nil, false
		}
		if src, err = format.Source(apply(src, fixes)); err != nil {
			return nil, false
		}
	}
	return nil, false
}

// keepBuilding returns edits that mend the two errors a mutation may cause
// without changing what the code does: a variable declared and not used
// gets a `_ = x` after its declaration, an unused import goes.
func keepBuilding(fset *token.FileSet, f *ast.File, errs []types.Error) ([]edit, bool) {
	var fixes []edit
	for _, e := range errs {
		if fset.File(e.Pos) != fset.File(f.Pos()) {
			return nil, false
		}
		switch {
		case strings.HasPrefix(e.Msg, "declared and not used: "):
			name := strings.TrimPrefix(e.Msg, "declared and not used: ")
			stmt := enclosingStmt(f, e.Pos)
			if stmt == nil {
				return nil, false
			}
			end := fset.Position(stmt.End()).Offset
			fixes = append(fixes, edit{pos: end, end: end, text: "\n_ = " + name})
		case strings.HasSuffix(e.Msg, "imported and not used"):
			node := importAt(f, e.Pos)
			if node == nil {
				return nil, false
			}
			fixes = append(fixes, edit{pos: fset.Position(node.Pos()).Offset, end: fset.Position(node.End()).Offset})
		default:
			return nil, false
		}
	}
	slices.SortFunc(fixes, func(a, b edit) int { return a.pos - b.pos })
	return fixes, true
}

// stmtList returns the statements n holds directly: a block's, or a case's
// of a switch or select; nil for any other node.
func stmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// enclosingStmt returns the statement of a block's list that holds pos.
func enclosingStmt(f *ast.File, pos token.Pos) ast.Stmt {
	var found ast.Stmt
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil || pos < n.Pos() || pos >= n.End() {
			return n == nil
		}
		for _, s := range stmtList(n) {
			if s.Pos() <= pos && pos < s.End() {
				found = s
			}
		}
		return true
	})
	return found
}

// importAt returns the import spec at pos, or its whole declaration when it
// is the only one (`import "x"`), so that removing it leaves valid Go.
func importAt(f *ast.File, pos token.Pos) ast.Node {
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			continue
		}
		for _, spec := range g.Specs {
			if spec.Pos() <= pos && pos < spec.End() {
				if !g.Lparen.IsValid() {
					return g
				}
				return spec
			}
		}
	}
	return nil
}

// edit replaces src[pos:end] with text.
type edit struct {
	pos, end int
	text     string
}

// apply makes edits, given in source order, to a copy of src.
func apply(src []byte, edits []edit) []byte {
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		b.Write(src[last:e.pos])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	return b.Bytes()
}

// changed compares the original and the mutant line by line and returns
// the first changed line of the original and the changed lines of each,
// trimmed. Changes a few lines apart show as one, with the lines between;
// a change that only adds or only removes lines shows the line before it
// too, so that both sides say where it is. Separate changes are joined
// with " … "; the stand-in types atomic-to-plain appends are left out.
func changed(orig, mutant []byte) (line int, before, after string) {
	a := strings.Split(string(orig), "\n")
	b := strings.Split(string(mutant), "\n")
	const near = 3 // equal lines that still join two changes into one
	var hunks []difflib.OpCode
	for _, op := range difflib.NewMatcherWithJunk(a, b, false, nil).GetOpCodes() {
		switch {
		case op.Tag == 'e':
		case len(hunks) > 0 && op.I1-hunks[len(hunks)-1].I2 <= near:
			h := &hunks[len(hunks)-1]
			h.I2, h.J2 = op.I2, op.J2
		default:
			hunks = append(hunks, op)
		}
	}
	var befores, afters []string
	for _, h := range hunks {
		if strings.Contains(strings.Join(b[h.J1:h.J2], "\n"), plainMarker) {
			continue
		}
		if (h.I1 == h.I2 || h.J1 == h.J2) && h.I1 > 0 {
			h.I1, h.J1 = h.I1-1, h.J1-1
		}
		if line == 0 {
			line = h.I1 + 1
		}
		befores = append(befores, joinTrimmed(a[h.I1:h.I2]))
		afters = append(afters, joinTrimmed(b[h.J1:h.J2]))
	}
	return line, strings.Join(befores, " … "), strings.Join(afters, " … ")
}

func joinTrimmed(lines []string) string {
	var out []string
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return "(nothing)"
	}
	return strings.Join(out, " ⏎ ")
}
