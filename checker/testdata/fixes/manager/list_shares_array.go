// want: fail
// List returns the registry's slice cut to its length (all[:n:n]), thinking
// that is a copy because appends to it reallocate. It is not: the caller's
// slice and the registry's share one array, so a caller who changes an
// element changes the registry's list.
package manager

import (
	"maps"
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
	defer r.mu.Unlock()
	return r.all[:len(r.all):len(r.all)]
}

func (r *Registry) Close() {}
