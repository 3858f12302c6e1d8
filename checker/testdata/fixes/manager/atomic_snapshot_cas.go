// want: pass
// No lock: the map and the list live in an immutable snapshot behind an
// atomic.Pointer. Record copies the snapshot, changes the copy and swaps it
// in with CompareAndSwap, trying again if another Record got there first, so
// both change in one step. Map and List copy the snapshot they loaded.
package manager

import (
	"maps"
	"slices"
	"sync/atomic"
)

type snapshot struct {
	latest map[int]int
	all    []int
}

type Registry struct {
	state atomic.Pointer[snapshot]
}

func New() *Registry {
	r := &Registry{}
	r.state.Store(&snapshot{latest: map[int]int{}})
	return r
}

func (r *Registry) Record(worker, value int) {
	for {
		old := r.state.Load()
		next := &snapshot{latest: maps.Clone(old.latest), all: append(slices.Clip(old.all), value)}
		next.latest[worker] = value
		if r.state.CompareAndSwap(old, next) {
			return
		}
	}
}

func (r *Registry) Map() map[int]int { return maps.Clone(r.state.Load().latest) }

func (r *Registry) List() []int { return slices.Clone(r.state.Load().all) }

func (r *Registry) Close() {}
