// want: fail
// The same immutable snapshot behind an atomic.Pointer, but Record loads it,
// builds the next one and Stores it without checking that nobody else stored
// one in between: two Records at once both start from the same snapshot, and
// the one stored last erases the other. Every access is atomic, so the race
// detector has nothing to say; the lost Records are the bug.
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
	old := r.state.Load()
	next := &snapshot{latest: maps.Clone(old.latest), all: append(slices.Clip(old.all), value)}
	next.latest[worker] = value
	r.state.Store(next)
}

func (r *Registry) Map() map[int]int { return maps.Clone(r.state.Load().latest) }

func (r *Registry) List() []int { return slices.Clone(r.state.Load().all) }

func (r *Registry) Close() {}
