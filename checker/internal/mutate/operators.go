package mutate

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
)

// Operator is one kind of concurrency mistake, put back into correct code.
type Operator struct {
	Name    string
	Pattern string // the bug it stands for, as a learner would make it
	apply   func(s *scope) []change
}

// change is one application of an operator: edits to one file.
type change struct {
	fn    string // the function it is in, for the mutant's ID
	edits []edit
}

// Operators are the mutation operators, in the order mutants are made.
var Operators = []Operator{
	{"remove-lock", "a critical region with no lock at all", removeLock},
	{"shrink-region-start", "the lock taken one statement too late", shrinkRegionStart},
	{"shrink-region-end", "the lock released one statement too early (a copy made after Unlock)", shrinkRegionEnd},
	{"split-region", "every access locked separately: Unlock and Lock again in the middle of a critical region", splitRegion},
	{"shift-region", "the right size of critical region around the wrong statements", shiftRegion},
	{"lock-to-rlock", "RLock in a method that writes", lockToRLock},
	{"unlock-one-path", "the lock released on one path only: an early return keeps it", unlockOnePath},
	{"swap-locks", "two locks taken in the other order", swapLocks},
	{"cond-for-to-if", "`if` instead of `for` around Cond.Wait", condForToIf},
	{"broadcast-to-signal", "Signal where every waiter must wake", broadcastToSignal},
	{"remove-join", "no wait for the goroutines: wg.Wait or a receive from done removed", removeJoin},
	{"add-in-goroutine", "wg.Add inside the goroutine, so Wait may return before it runs", addInGoroutine},
	{"go-to-call", "the work run in the caller's goroutine, one piece after another", goToCall},
	{"cas-to-load-store", "a compare-and-swap written as Load, then Store", casToLoadStore},
	{"atomic-to-plain", "an atomic variable read and written plainly", atomicToPlain},
	{"chan-cap", "a channel's capacity off by one (a buffer, a semaphore)", chanCap},
	{"remove-close", "a channel never closed", removeClose},
	{"duplicate-close", "a channel closed twice", duplicateClose},
	{"once-to-call", "sync.Once's function called every time", onceToCall},
	{"drop-select-case", "a select that no longer listens for one case (ctx.Done(), a done channel)", dropSelectCase},
	{"return-internal", "internal state handed out instead of a copy", returnInternal},
	{"remove-cancel", "a context never cancelled", removeCancel},
}

// scope is one file of a type-checked package, with what operators need.
type scope struct {
	fset *token.FileSet
	f    *file
	info *types.Info
}

func (p *pkg) scope(f *file) *scope { return &scope{fset: p.fset, f: f, info: p.info} }

func (s *scope) off(pos token.Pos) int { return s.fset.Position(pos).Offset }

func (s *scope) text(n ast.Node) string { return string(s.f.src[s.off(n.Pos()):s.off(n.End())]) }

// replace replaces n's text.
func (s *scope) replace(n ast.Node, text string) edit {
	return edit{pos: s.off(n.Pos()), end: s.off(n.End()), text: text}
}

// insertBefore puts the statement text before n, on a line of its own.
func (s *scope) insertBefore(n ast.Node, text string) edit {
	at := s.off(n.Pos())
	return edit{pos: at, end: at, text: text + "\n"}
}

// insertAfter puts the statement text after n, on a line of its own.
func (s *scope) insertAfter(n ast.Node, text string) edit {
	at := s.off(n.End())
	return edit{pos: at, end: at, text: "\n" + text}
}

// remove removes the statement n, with its line when it has one of its own.
func (s *scope) remove(n ast.Node) edit {
	src := s.f.src
	start, end := s.off(n.Pos()), s.off(n.End())
	ls := start
	for ls > 0 && (src[ls-1] == ' ' || src[ls-1] == '\t') {
		ls--
	}
	le := end
	for le < len(src) && (src[le] == ' ' || src[le] == '\t') {
		le++
	}
	if strings.HasPrefix(string(src[le:min(le+2, len(src))]), "//") { // the statement's own comment goes too
		for le < len(src) && src[le] != '\n' {
			le++
		}
	}
	if (ls == 0 || src[ls-1] == '\n') && le < len(src) && src[le] == '\n' {
		return edit{pos: ls, end: le + 1}
	}
	return edit{pos: start, end: end}
}

// move removes statement n and puts it before (or after) the statement at.
func (s *scope) move(n, at ast.Node, after bool) []edit {
	if after {
		return []edit{s.remove(n), s.insertAfter(at, s.text(n))}
	}
	return []edit{s.insertBefore(at, s.text(n)), s.remove(n)}
}

// callee names what call calls: "pkg/path.Type.Method" for a method,
// "pkg/path.Func" for a function, the builtin's name, or the named type of
// a function value (context.CancelFunc).
func (s *scope) callee(call *ast.CallExpr) string {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if b, ok := s.info.Uses[fun].(*types.Builtin); ok {
			return b.Name()
		}
	case *ast.SelectorExpr:
		if sel, ok := s.info.Selections[fun]; ok && sel.Kind() == types.MethodVal {
			return methodName(sel.Obj().(*types.Func))
		}
		if fn, ok := s.info.Uses[fun.Sel].(*types.Func); ok && fn.Pkg() != nil {
			return fn.Pkg().Path() + "." + fn.Name()
		}
	}
	if tv, ok := s.info.Types[call.Fun]; ok {
		if n, ok := tv.Type.(*types.Named); ok {
			return qualified(n)
		}
	}
	return ""
}

func methodName(fn *types.Func) string {
	recv := fn.Type().(*types.Signature).Recv().Type()
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	if n, ok := recv.(*types.Named); ok {
		return qualified(n.Origin()) + "." + fn.Name()
	}
	return fn.Name()
}

func qualified(n *types.Named) string {
	o := n.Obj()
	if o.Pkg() == nil {
		return o.Name()
	}
	return o.Pkg().Path() + "." + o.Name()
}

// call returns the call a statement makes (`f()` or `defer f()`), if any.
func call(st ast.Stmt) *ast.CallExpr {
	switch st := st.(type) {
	case *ast.ExprStmt:
		c, _ := st.X.(*ast.CallExpr)
		return c
	case *ast.DeferStmt:
		return st.Call
	}
	return nil
}

// receiver is the text of the value a method call is made on.
func (s *scope) receiver(c *ast.CallExpr) string {
	if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok {
		return s.text(sel.X)
	}
	return ""
}

// A function's statement lists, visited by walk.
type block struct {
	fn     string     // the top-level function it is in
	list   []ast.Stmt // the statements
	isBody bool       // the list is a function's body (a defer runs at its end)
	body   *ast.BlockStmt
}

// walk calls visit for every statement list in every function of the
// file, function literals included.
func (s *scope) walk(visit func(b block)) {
	for _, d := range s.f.ast.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		s.walkFunc(funcName(fd), fd.Body, visit)
	}
}

func (s *scope) walkFunc(fn string, body *ast.BlockStmt, visit func(b block)) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			s.walkFunc(fn, n.Body, visit)
			return false
		case *ast.BlockStmt:
			visit(block{fn: fn, list: n.List, isBody: n == body, body: body})
		case *ast.CaseClause:
			visit(block{fn: fn, list: n.Body, body: body})
		case *ast.CommClause:
			visit(block{fn: fn, list: n.Body, body: body})
		}
		return true
	})
}

// nodes calls visit for every node in every function of the file.
func (s *scope) nodes(visit func(fn string, n ast.Node)) {
	for _, d := range s.f.ast.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			name := funcName(fd)
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if n != nil {
					visit(name, n)
				}
				return true
			})
		}
	}
}

// calls calls visit for every call to one of the named callees.
func (s *scope) calls(visit func(fn string, c *ast.CallExpr, callee string), callees ...string) {
	s.nodes(func(fn string, n ast.Node) {
		if c, ok := n.(*ast.CallExpr); ok {
			if name := s.callee(c); slices.Contains(callees, name) {
				visit(fn, c, name)
			}
		}
	})
}

// stmts calls visit for every statement that is a call to one of the
// named callees, with the list it stands in.
func (s *scope) stmts(visit func(b block, i int, c *ast.CallExpr), callees ...string) {
	s.walk(func(b block) {
		for i, st := range b.list {
			if _, ok := st.(*ast.ExprStmt); !ok {
				continue
			}
			if c := call(st); c != nil && slices.Contains(callees, s.callee(c)) {
				visit(b, i, c)
			}
		}
	})
}

func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	t := fd.Recv.List[0].Type
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	switch x := t.(type) {
	case *ast.IndexExpr:
		t = x.X
	case *ast.IndexListExpr:
		t = x.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + fd.Name.Name
	}
	return fd.Name.Name
}

// ---- Critical regions ----

// unlockOf maps each lock method to the method that releases it.
var unlockOf = map[string]string{
	"sync.Mutex.Lock":    "Unlock",
	"sync.RWMutex.Lock":  "Unlock",
	"sync.RWMutex.RLock": "RUnlock",
	"sync.Locker.Lock":   "Unlock",
}

// region is a lock statement and what it guards.
type region struct {
	block
	i        int    // the lock statement's index in list
	recv     string // what is locked
	lock     string // "Lock" or "RLock"
	unlock   string // "Unlock" or "RUnlock"
	deferred bool   // list[i+1] is `defer recv.Unlock()`
	j        int    // the index of `recv.Unlock()` in list, or -1
}

// guarded returns the statements between the lock and its release, when
// both stand in one list.
func (r region) guarded() []ast.Stmt {
	switch {
	case r.deferred:
		return r.list[r.i+2:]
	case r.j >= 0:
		return r.list[r.i+1 : r.j]
	}
	return nil
}

// regions returns every lock statement of the file.
func (s *scope) regions() []region {
	var rs []region
	s.walk(func(b block) {
		for i, st := range b.list {
			c := call(st)
			if _, ok := st.(*ast.ExprStmt); !ok || c == nil {
				continue
			}
			callee := s.callee(c)
			unlock, ok := unlockOf[callee]
			if !ok {
				continue
			}
			r := region{block: b, i: i, recv: s.receiver(c), lock: callee[strings.LastIndex(callee, ".")+1:], unlock: unlock, j: -1}
			if i+1 < len(b.list) {
				if _, ok := b.list[i+1].(*ast.DeferStmt); ok && s.isUnlock(b.list[i+1], r) {
					r.deferred = true
				}
			}
			if !r.deferred {
				for j := i + 1; j < len(b.list); j++ {
					if _, ok := b.list[j].(*ast.ExprStmt); ok && s.isUnlock(b.list[j], r) {
						r.j = j
						break
					}
				}
			}
			rs = append(rs, r)
		}
	})
	return rs
}

// isUnlock reports whether st releases r's lock (`recv.Unlock()`, or deferred).
func (s *scope) isUnlock(st ast.Stmt, r region) bool {
	c := call(st)
	if c == nil {
		return false
	}
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == r.unlock && s.text(sel.X) == r.recv && strings.HasPrefix(s.callee(c), "sync.")
}

// isRelease reports whether st releases some lock.
func (s *scope) isRelease(st ast.Stmt) bool {
	c := call(st)
	if _, ok := st.(*ast.ExprStmt); !ok || c == nil {
		return false
	}
	callee := s.callee(c)
	return strings.HasPrefix(callee, "sync.") && (strings.HasSuffix(callee, ".Unlock") || strings.HasSuffix(callee, ".RUnlock"))
}

// isWakeup reports whether st is a Cond.Signal or Cond.Broadcast.
func (s *scope) isWakeup(st ast.Stmt) bool {
	c := call(st)
	if _, ok := st.(*ast.ExprStmt); !ok || c == nil {
		return false
	}
	callee := s.callee(c)
	return callee == "sync.Cond.Signal" || callee == "sync.Cond.Broadcast"
}

func (s *scope) isLock(st ast.Stmt, recv string) bool {
	c := call(st)
	if _, ok := st.(*ast.ExprStmt); !ok || c == nil {
		return false
	}
	_, ok := unlockOf[s.callee(c)]
	return ok && s.receiver(c) == recv
}

// releases returns every statement that releases r's lock after it, up to
// the next time the same lock is taken in the same function.
func (s *scope) releases(r region) []ast.Stmt {
	lockAt := r.list[r.i].Pos()
	var out []ast.Stmt
	stop := false
	s.walkFunc(r.fn, r.body, func(b block) {
		if b.body != r.body {
			return // a function literal of its own
		}
		for _, st := range b.list {
			if stop || st.Pos() <= lockAt {
				continue
			}
			if s.isLock(st, r.recv) {
				stop = true
			} else if s.isUnlock(st, r) {
				out = append(out, st)
			}
		}
	})
	slices.SortFunc(out, func(a, b ast.Stmt) int { return int(a.Pos() - b.Pos()) })
	return out
}

// returns lists the return statements inside the statements, outside any
// function literal.
func returns(stmts []ast.Stmt) []*ast.ReturnStmt {
	var out []*ast.ReturnStmt
	for _, st := range stmts {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				out = append(out, n)
			}
			return true
		})
	}
	return out
}

// movable reports whether a statement can be moved across a lock without
// changing more than what it guards.
func (s *scope) movable(st ast.Stmt) bool {
	switch st.(type) {
	case *ast.ReturnStmt, *ast.BranchStmt, *ast.DeferStmt, *ast.LabeledStmt:
		return false
	}
	if c := call(st); c != nil {
		if _, ok := unlockOf[s.callee(c)]; ok || s.isRelease(st) {
			return false
		}
	}
	return true
}

// trivialReturn reports whether st returns only constants, nil and
// variables by name: nothing that reads shared state.
func (s *scope) trivialReturn(st ast.Stmt) bool {
	ret, ok := st.(*ast.ReturnStmt)
	if !ok {
		return false
	}
	for _, e := range ret.Results {
		switch e := ast.Unparen(e).(type) {
		case *ast.BasicLit:
		case *ast.Ident:
			if obj, ok := s.info.Uses[e].(*types.Var); ok && obj.Parent() == obj.Pkg().Scope() {
				return false // a package variable is shared
			}
		default:
			return false
		}
	}
	return true
}

func (r region) release() string { return r.recv + "." + r.unlock + "()" }
func (r region) take() string    { return r.recv + "." + r.lock + "()" }

func removeLock(s *scope) []change {
	var out []change
	for _, r := range s.regions() {
		edits := []edit{s.remove(r.list[r.i])}
		for _, u := range s.releases(r) {
			edits = append(edits, s.remove(u))
		}
		out = append(out, change{r.fn, edits})
	}
	return out
}

func shrinkRegionStart(s *scope) []change {
	var out []change
	for _, r := range s.regions() {
		g := r.guarded()
		if len(g) == 0 || !s.movable(g[0]) {
			continue
		}
		out = append(out, change{r.fn, s.move(g[0], r.list[r.i], false)})
	}
	return out
}

func shrinkRegionEnd(s *scope) []change {
	var out []change
	for _, r := range s.regions() {
		g := r.guarded()
		if len(g) == 0 {
			continue
		}
		// A return of locals and constants reads nothing shared, the order
		// of two Unlocks does not matter, and Cond.Signal and Broadcast
		// need no lock (a waiter is on the Cond's list before it unlocks,
		// and checks again under the lock when woken): releasing the lock
		// just before any of them changes nothing, so look further up.
		for len(g) > 0 && (s.trivialReturn(g[len(g)-1]) || s.isRelease(g[len(g)-1]) || s.isWakeup(g[len(g)-1])) {
			g = g[:len(g)-1]
		}
		if len(g) == 0 {
			continue
		}
		last := g[len(g)-1]
		switch {
		case r.j >= 0:
			out = append(out, change{r.fn, s.move(r.list[r.j], last, false)})
		case r.deferred && r.isBody:
			// The defer goes; every way out before the last statement, and
			// the last statement itself, get an Unlock just before them.
			edits := []edit{s.remove(r.list[r.i+1])}
			for _, ret := range returns(g[:len(g)-1]) {
				edits = append(edits, s.insertBefore(ret, r.release()))
			}
			edits = append(edits, s.insertBefore(last, r.release()))
			out = append(out, change{r.fn, edits})
		}
	}
	return out
}

func splitRegion(s *scope) []change {
	var out []change
	for _, r := range s.regions() {
		g := r.guarded()
		for k := 1; k < len(g); k++ {
			if s.trivialReturn(g[k]) || s.isWakeup(g[k]) {
				continue // as in shrinkRegionEnd: nothing would change
			}
			out = append(out, change{r.fn, []edit{s.insertBefore(g[k], r.release()+"\n"+r.take())}})
		}
	}
	return out
}

func shiftRegion(s *scope) []change {
	var out []change
	for _, r := range s.regions() {
		g := r.guarded()
		if r.j < 0 || len(g) == 0 {
			continue
		}
		lock, unlock := r.list[r.i], r.list[r.j]
		// Down: the first guarded statement moves out above, the next
		// statement after the region moves in.
		if r.j+1 < len(r.list) && s.movable(g[0]) && s.movable(r.list[r.j+1]) {
			next := r.list[r.j+1]
			out = append(out, change{r.fn, append(s.move(g[0], lock, false), s.move(next, unlock, false)...)})
		}
		// Up: the statement before the region moves in, the last guarded
		// one moves out below.
		if r.i > 0 && s.movable(r.list[r.i-1]) && s.movable(g[len(g)-1]) {
			prev := r.list[r.i-1]
			out = append(out, change{r.fn, append(s.move(prev, lock, true), s.move(g[len(g)-1], unlock, true)...)})
		}
	}
	return out
}

func lockToRLock(s *scope) []change {
	var out []change
	for _, r := range s.regions() {
		c := call(r.list[r.i])
		if s.callee(c) != "sync.RWMutex.Lock" {
			continue
		}
		edits := []edit{s.replace(c.Fun.(*ast.SelectorExpr).Sel, "RLock")}
		for _, u := range s.releases(r) {
			edits = append(edits, s.replace(call(u).Fun.(*ast.SelectorExpr).Sel, "RUnlock"))
		}
		out = append(out, change{r.fn, edits})
	}
	return out
}

func unlockOnePath(s *scope) []change {
	var out []change
	for _, r := range s.regions() {
		g := r.guarded()
		// A deferred Unlock becomes one at the end: early returns keep the lock.
		if r.deferred && r.isBody && len(g) > 0 && len(returns(g[:len(g)-1])) > 0 {
			last := g[len(g)-1]
			edits := []edit{s.remove(r.list[r.i+1])}
			if _, ok := last.(*ast.ReturnStmt); ok {
				edits = append(edits, s.insertBefore(last, r.release()))
			} else {
				edits = append(edits, s.insertAfter(last, r.release()))
			}
			out = append(out, change{r.fn, edits})
		}
		// An Unlock just before an early return is forgotten.
		for _, u := range s.releases(r) {
			if r.j >= 0 && u == r.list[r.j] {
				continue
			}
			if _, ok := u.(*ast.ExprStmt); ok && followedByReturn(r.body, u) {
				out = append(out, change{r.fn, []edit{s.remove(u)}})
			}
		}
	}
	return out
}

// followedByReturn reports whether the statement after st in its list is a
// return.
func followedByReturn(body *ast.BlockStmt, st ast.Stmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		list := stmtList(n)
		for i, x := range list {
			if x == st && i+1 < len(list) {
				_, found = list[i+1].(*ast.ReturnStmt)
			}
		}
		return !found
	})
	return found
}

func swapLocks(s *scope) []change {
	var out []change
	for _, r := range s.regions() {
		if r.i+1 >= len(r.list) {
			continue
		}
		next := r.list[r.i+1]
		c := call(next)
		if _, ok := next.(*ast.ExprStmt); !ok || c == nil {
			continue
		}
		if _, ok := unlockOf[s.callee(c)]; !ok || s.receiver(c) == r.recv {
			continue
		}
		first := r.list[r.i]
		out = append(out, change{r.fn, []edit{s.replace(first, s.text(next)), s.replace(next, s.text(first))}})
	}
	return out
}

// ---- Condition variables ----

func condForToIf(s *scope) []change {
	var out []change
	s.nodes(func(fn string, n ast.Node) {
		loop, ok := n.(*ast.ForStmt)
		if !ok || loop.Init != nil || loop.Post != nil || loop.Cond == nil {
			return
		}
		waits := false
		ast.Inspect(loop.Body, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok && s.callee(c) == "sync.Cond.Wait" {
				waits = true
			}
			_, lit := n.(*ast.FuncLit)
			return !lit
		})
		if waits {
			at := s.off(loop.For)
			out = append(out, change{fn, []edit{{pos: at, end: at + len("for"), text: "if"}}})
		}
	})
	return out
}

func broadcastToSignal(s *scope) []change {
	var out []change
	s.calls(func(fn string, c *ast.CallExpr, _ string) {
		out = append(out, change{fn, []edit{s.replace(c.Fun.(*ast.SelectorExpr).Sel, "Signal")}})
	}, "sync.Cond.Broadcast")
	return out
}

// ---- Joining goroutines ----

func removeJoin(s *scope) []change {
	var out []change
	s.walk(func(b block) {
		for _, st := range b.list {
			es, ok := st.(*ast.ExprStmt)
			if !ok {
				continue
			}
			join := false
			switch x := ast.Unparen(es.X).(type) {
			case *ast.UnaryExpr:
				join = x.Op == token.ARROW // <-done
			case *ast.CallExpr:
				join = slices.Contains([]string{"sync.WaitGroup.Wait", "golang.org/x/sync/errgroup.Group.Wait"}, s.callee(x))
			}
			if join {
				out = append(out, change{b.fn, []edit{s.remove(st)}})
			}
		}
	})
	return out
}

func addInGoroutine(s *scope) []change {
	var out []change
	s.stmts(func(b block, i int, c *ast.CallExpr) {
		wg := s.receiver(c)
		if s.callee(c) == "sync.WaitGroup.Go" && len(c.Args) == 1 {
			text := "go func() {\n" + wg + ".Add(1)\ndefer " + wg + ".Done()\n(" + s.text(c.Args[0]) + ")()\n}()"
			out = append(out, change{b.fn, []edit{s.replace(b.list[i], text)}})
			return
		}
		if i+1 >= len(b.list) {
			return
		}
		g, ok := b.list[i+1].(*ast.GoStmt)
		if !ok {
			return
		}
		lit, ok := g.Call.Fun.(*ast.FuncLit)
		if !ok {
			return
		}
		at := s.off(lit.Body.Lbrace) + 1
		out = append(out, change{b.fn, []edit{s.remove(b.list[i]), {pos: at, end: at, text: "\n" + s.text(b.list[i])}}})
	}, "sync.WaitGroup.Add", "sync.WaitGroup.Go")
	return out
}

func goToCall(s *scope) []change {
	var out []change
	s.nodes(func(fn string, n ast.Node) {
		if g, ok := n.(*ast.GoStmt); ok {
			out = append(out, change{fn, []edit{{pos: s.off(g.Go), end: s.off(g.Call.Pos())}}})
		}
	})
	s.stmts(func(b block, i int, c *ast.CallExpr) {
		if len(c.Args) == 1 {
			out = append(out, change{b.fn, []edit{s.replace(b.list[i], "("+s.text(c.Args[0])+")()")}})
		}
	}, "sync.WaitGroup.Go")
	return out
}

// ---- Atomics ----

func casToLoadStore(s *scope) []change {
	var out []change
	s.nodes(func(fn string, n ast.Node) {
		c, ok := n.(*ast.CallExpr)
		if !ok {
			return
		}
		callee := s.callee(c)
		var load, store string
		switch {
		case strings.HasPrefix(callee, "sync/atomic.") && strings.HasSuffix(callee, ".CompareAndSwap") && len(c.Args) == 2:
			x := s.receiver(c)
			load, store = x+".Load()", x+".Store("+s.text(c.Args[1])+")"
		case strings.HasPrefix(callee, "sync/atomic.CompareAndSwap") && len(c.Args) == 3:
			pkgName := s.text(c.Fun.(*ast.SelectorExpr).X)
			kind := strings.TrimPrefix(callee, "sync/atomic.CompareAndSwap")
			p := s.text(c.Args[0])
			load = pkgName + ".Load" + kind + "(" + p + ")"
			store = pkgName + ".Store" + kind + "(" + p + ", " + s.text(c.Args[2]) + ")"
		default:
			return
		}
		old := s.text(c.Args[len(c.Args)-2])
		text := "func() bool {\nif " + load + " != (" + old + ") {\nreturn false\n}\n" + store + "\nreturn true\n}()"
		out = append(out, change{fn, []edit{s.replace(c, text)}})
	})
	return out
}

// plainTypes maps sync/atomic's types to stand-ins with the same methods
// and no atomicity, which atomicToPlain appends to the file.
var plainTypes = map[string]string{
	"Bool": "mutantPlain[bool]", "Value": "mutantPlain[any]",
	"Int32": "mutantPlainInt[int32]", "Int64": "mutantPlainInt[int64]",
	"Uint32": "mutantPlainInt[uint32]", "Uint64": "mutantPlainInt[uint64]", "Uintptr": "mutantPlainInt[uintptr]",
}

// plainMarker starts the stand-ins' declarations.
const plainMarker = "// mutantPlain has the methods"

const plainDecls = `

// mutantPlain has the methods of sync/atomic's types, without their atomicity.
type mutantPlain[T comparable] struct{ v T }

func (p *mutantPlain[T]) Load() T { return p.v }
func (p *mutantPlain[T]) Store(v T) { p.v = v }
func (p *mutantPlain[T]) Swap(v T) T { old := p.v; p.v = v; return old }
func (p *mutantPlain[T]) CompareAndSwap(old, new T) bool {
	if p.v != old {
		return false
	}
	p.v = new
	return true
}

type mutantPlainInt[T ~int32 | ~int64 | ~uint32 | ~uint64 | ~uintptr] struct{ mutantPlain[T] }

func (p *mutantPlainInt[T]) Add(d T) T { p.v += d; return p.v }
`

func atomicToPlain(s *scope) []change {
	var out []change
	end := len(s.f.src)
	plain := func(fn string, t ast.Expr) {
		tv, ok := s.info.Types[t]
		if !ok || !tv.IsType() {
			return
		}
		n, ok := tv.Type.(*types.Named)
		if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "sync/atomic" {
			return
		}
		stand := plainTypes[n.Obj().Name()]
		if n.Obj().Name() == "Pointer" && n.TypeArgs().Len() == 1 {
			stand = "mutantPlain[*" + types.TypeString(n.TypeArgs().At(0), types.RelativeTo(n.Obj().Pkg())) + "]"
			if idx, ok := t.(*ast.IndexExpr); ok {
				stand = "mutantPlain[*" + s.text(idx.Index) + "]"
			}
		}
		if stand == "" {
			return
		}
		out = append(out, change{fn, []edit{s.replace(t, stand), {pos: end, end: end, text: plainDecls}}})
	}
	for _, d := range s.f.ast.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range g.Specs {
			switch spec := spec.(type) {
			case *ast.TypeSpec:
				if st, ok := spec.Type.(*ast.StructType); ok {
					for _, f := range st.Fields.List {
						plain(spec.Name.Name, f.Type)
					}
				}
			case *ast.ValueSpec:
				if spec.Type != nil {
					plain(spec.Names[0].Name, spec.Type)
				}
			}
		}
	}
	// sync/atomic's functions: atomic.AddInt64(&x, d) and friends.
	s.nodes(func(fn string, n ast.Node) {
		c, ok := n.(*ast.CallExpr)
		if !ok || len(c.Args) == 0 {
			return
		}
		callee := s.callee(c)
		addr, ok := c.Args[0].(*ast.UnaryExpr)
		if !ok || addr.Op != token.AND || !strings.HasPrefix(callee, "sync/atomic.") {
			return
		}
		x := s.text(addr.X)
		op := strings.TrimPrefix(callee, "sync/atomic.")
		var text string
		switch {
		case strings.HasPrefix(op, "Load") && len(c.Args) == 1:
			text = "(" + x + ")"
		case strings.HasPrefix(op, "Add") && len(c.Args) == 2:
			text = "func() " + s.info.Types[c].Type.String() + " {\n" + x + " += " + s.text(c.Args[1]) + "\nreturn " + x + "\n}()"
		case strings.HasPrefix(op, "Store") && len(c.Args) == 2:
			text = "func() {\n" + x + " = " + s.text(c.Args[1]) + "\n}()"
		default:
			return
		}
		out = append(out, change{fn, []edit{s.replace(c, text)}})
	})
	return out
}

// ---- Channels ----

func chanCap(s *scope) []change {
	var out []change
	// The element types sent anywhere in the file: a channel that is only
	// ever closed (a done channel) behaves the same at any capacity.
	sent := map[string]bool{}
	s.nodes(func(_ string, n ast.Node) {
		if send, ok := n.(*ast.SendStmt); ok {
			if ch, ok := s.info.Types[send.Chan].Type.Underlying().(*types.Chan); ok {
				sent[types.TypeString(ch.Elem(), nil)] = true
			}
		}
	})
	s.calls(func(fn string, c *ast.CallExpr, _ string) {
		if len(c.Args) == 0 {
			return
		}
		ch, ok := s.info.Types[c.Args[0]].Type.Underlying().(*types.Chan)
		if !ok || !sent[types.TypeString(ch.Elem(), nil)] {
			return // capacity only matters to a send
		}
		if len(c.Args) == 1 {
			at := s.off(c.Args[0].End())
			out = append(out, change{fn, []edit{{pos: at, end: at, text: ", 1"}}})
			return
		}
		size := s.text(c.Args[1])
		out = append(out,
			change{fn, []edit{s.replace(c.Args[1], "("+size+")+1")}},
			change{fn, []edit{s.replace(c.Args[1], "("+size+")-1")}})
	}, "make")
	return out
}

func removeClose(s *scope) []change {
	var out []change
	s.stmts(func(b block, i int, c *ast.CallExpr) {
		out = append(out, change{b.fn, []edit{s.remove(b.list[i])}})
	}, "close")
	return out
}

func duplicateClose(s *scope) []change {
	var out []change
	s.stmts(func(b block, i int, c *ast.CallExpr) {
		out = append(out, change{b.fn, []edit{s.insertAfter(b.list[i], s.text(b.list[i]))}})
	}, "close")
	return out
}

func dropSelectCase(s *scope) []change {
	var out []change
	s.nodes(func(fn string, n ast.Node) {
		sel, ok := n.(*ast.SelectStmt)
		if !ok || len(sel.Body.List) < 2 {
			return
		}
		for _, clause := range sel.Body.List {
			out = append(out, change{fn, []edit{s.remove(clause)}})
		}
	})
	return out
}

// ---- Once, copies, contexts ----

func onceToCall(s *scope) []change {
	var out []change
	s.calls(func(fn string, c *ast.CallExpr, callee string) {
		if len(c.Args) != 1 {
			return
		}
		f := "(" + s.text(c.Args[0]) + ")"
		if callee == "sync.Once.Do" {
			f += "()"
		}
		out = append(out, change{fn, []edit{s.replace(c, f)}})
	}, "sync.Once.Do", "sync.OnceFunc", "sync.OnceValue", "sync.OnceValues")
	return out
}

func returnInternal(s *scope) []change {
	var out []change
	s.calls(func(fn string, c *ast.CallExpr, callee string) {
		switch {
		case callee != "append" && len(c.Args) == 1:
			out = append(out, change{fn, []edit{s.replace(c, s.text(c.Args[0]))}})
		case callee == "append" && len(c.Args) == 2 && c.Ellipsis.IsValid() && emptySlice(c.Args[0]):
			out = append(out, change{fn, []edit{s.replace(c, s.text(c.Args[1]))}})
		}
	}, "maps.Clone", "slices.Clone", "bytes.Clone", "strings.Clone", "append")
	return out
}

// emptySlice reports whether e is a new empty slice: nil, []T(nil), []T{}
// or x[:0:0], the start of a copy made with append.
func emptySlice(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name == "nil"
	case *ast.CallExpr:
		_, conv := e.Fun.(*ast.ArrayType)
		return conv && len(e.Args) == 1 && emptySlice(e.Args[0])
	case *ast.CompositeLit:
		return len(e.Elts) == 0
	case *ast.SliceExpr:
		return e.Slice3 && e.High != nil
	}
	return false
}

func removeCancel(s *scope) []change {
	var out []change
	s.walk(func(b block) {
		for _, st := range b.list {
			c := call(st)
			if c == nil {
				continue
			}
			if callee := s.callee(c); callee == "context.CancelFunc" || callee == "context.CancelCauseFunc" {
				out = append(out, change{b.fn, []edit{s.replace(st, "_ = "+s.text(c.Fun))}})
			}
		}
	})
	return out
}
