// want: pass
// An RWMutex: Record takes the write lock, Map and List the read lock, so
// readers may copy at the same time while writers wait their turn.
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
	r.mu.Lock()
	defer r.mu.Unlock()
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
