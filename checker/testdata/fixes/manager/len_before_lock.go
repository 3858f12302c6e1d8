// want: race
// List sizes its copy from len(r.all) read before taking the lock, then
// copies under the lock: the length read races Record's append, and values
// recorded in between are left out, so List is not the list at one instant.
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

func New() *Registry {
	return &Registry{latest: make(map[int]int)}
}

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
	out := make([]int, len(r.all))
	r.mu.Lock()
	copy(out, r.all)
	r.mu.Unlock()
	return out
}

func (r *Registry) Close() {}
