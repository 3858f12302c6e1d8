// want: race panic
// An RWMutex, but Record takes the read lock: read locks don't exclude each
// other, so writers still write the map and the list at the same time.
package manager

import (
	"maps"
	"slices"
	"sync"
)

type Registry struct {
	mu     sync.RWMutex
	latest map[int]int
	all    []int
}

func New() *Registry { return &Registry{latest: make(map[int]int)} }

func (r *Registry) Record(worker, value int) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	r.latest[worker] = value
	r.all = append(r.all, value)
}

func (r *Registry) Map() map[int]int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return maps.Clone(r.latest)
}

func (r *Registry) List() []int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return slices.Clone(r.all)
}

func (r *Registry) Close() {}
