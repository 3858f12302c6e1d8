// want: pass
// Map copies under the lock; List takes the slice header under the lock and
// copies after Unlock. That is right, if only just: Record only ever writes
// past the end of every header it has handed out (append), so the elements
// List copies were written before the Unlock and are never written again.
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

func (r *Registry) Map() map[int]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return maps.Clone(r.latest)
}

func (r *Registry) List() []int {
	r.mu.Lock()
	all := r.all
	r.mu.Unlock()
	return slices.Clone(all)
}

func (r *Registry) Close() {}
