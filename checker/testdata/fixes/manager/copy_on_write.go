// want: pass
// Copy-on-write: Record takes a mutex, copies the current snapshot, changes
// the copy and publishes it through an atomic.Pointer; Map and List Load the
// snapshot without locking and copy it. A published snapshot is never written
// again, so readers never see half a Record.
package manager

import (
	"maps"
	"sync"
	"sync/atomic"
)

type state struct {
	latest map[int]int
	all    []int
}

type Registry struct {
	mu  sync.Mutex // serialises writers
	cur atomic.Pointer[state]
}

func New() *Registry {
	r := &Registry{}
	r.cur.Store(&state{latest: map[int]int{}})
	return r
}

func (r *Registry) Record(worker, value int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	old := r.cur.Load()
	next := &state{latest: maps.Clone(old.latest)}
	next.latest[worker] = value
	next.all = make([]int, len(old.all), len(old.all)+1)
	copy(next.all, old.all)
	next.all = append(next.all, value)
	r.cur.Store(next)
}

func (r *Registry) Map() map[int]int {
	s := r.cur.Load()
	m := make(map[int]int, len(s.latest))
	maps.Copy(m, s.latest)
	return m
}

func (r *Registry) List() []int {
	s := r.cur.Load()
	out := make([]int, len(s.all))
	copy(out, s.all)
	return out
}

func (r *Registry) Close() {}
