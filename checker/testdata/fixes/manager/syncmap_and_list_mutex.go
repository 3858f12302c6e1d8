// want: fail
// A sync.Map holds the map; a mutex guards only the list. Each is safe on its
// own, but Record is two steps (Store, then append under the lock): a Map or
// List call between them sees half a Record, and two Records for one worker
// can leave the map and the list disagreeing on its last value.
package manager

import (
	"slices"
	"sync"
)

type Registry struct {
	latest sync.Map // int -> int

	mu  sync.Mutex
	all []int
}

func New() *Registry { return &Registry{} }

func (r *Registry) Record(worker, value int) {
	r.latest.Store(worker, value)
	r.mu.Lock()
	r.all = append(r.all, value)
	r.mu.Unlock()
}

func (r *Registry) Map() map[int]int {
	m := make(map[int]int)
	r.latest.Range(func(k, v any) bool {
		m[k.(int)] = v.(int)
		return true
	})
	return m
}

func (r *Registry) List() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.all)
}

func (r *Registry) Close() {}
