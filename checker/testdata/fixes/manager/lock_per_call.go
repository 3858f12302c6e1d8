// want: race panic
// Each call locks a mutex of its own: nobody else ever locks it, so it
// excludes nothing, and the workers still write at the same time.
package manager

import (
	"maps"
	"slices"
	"sync"
)

type Registry struct {
	latest map[int]int
	all    []int
}

func New() *Registry { return &Registry{latest: make(map[int]int)} }

func (r *Registry) Record(worker, value int) {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	r.latest[worker] = value
	r.all = append(r.all, value)
}

func (r *Registry) Map() map[int]int {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	return maps.Clone(r.latest)
}

func (r *Registry) List() []int {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	return slices.Clone(r.all)
}

func (r *Registry) Close() {}
