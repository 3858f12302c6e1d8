// want: race
// Record locks, but Map and List don't, because "only reading is safe" (the
// seed says so of Python): in Go a read racing a write is a data race.
package manager

import (
	"maps"
	"slices"
	"sync"
)

type Registry struct {
	mu     sync.Mutex
	latest map[int]int
	all    []int
}

func New() *Registry { return &Registry{latest: make(map[int]int)} }

func (r *Registry) Record(worker, value int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.latest[worker] = value
	r.all = append(r.all, value)
}

func (r *Registry) Map() map[int]int { return maps.Clone(r.latest) }

func (r *Registry) List() []int { return slices.Clone(r.all) }

func (r *Registry) Close() {}
