// want: race fail
// The mutex covers the map write but not the append: appends from several
// goroutines still race, and some are lost.
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
	r.latest[worker] = value
	r.mu.Unlock()
	r.all = append(r.all, value)
}

func (r *Registry) Map() map[int]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return maps.Clone(r.latest)
}

func (r *Registry) List() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.all)
}

func (r *Registry) Close() {}
