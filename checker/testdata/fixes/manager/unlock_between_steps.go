// want: fail
// One mutex, but Record unlocks between the map write and the append ("keep
// the critical sections short"): no data race, yet a Map or List call in
// between sees half a Record, and two Records for one worker can leave the
// map and the list disagreeing on its last value.
package manager

import "sync"

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
	r.latest[worker] = value
	r.mu.Unlock()

	r.mu.Lock()
	r.all = append(r.all, value)
	r.mu.Unlock()
}

func (r *Registry) Map() map[int]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	m := make(map[int]int, len(r.latest))
	for k, v := range r.latest {
		m[k] = v
	}
	return m
}

func (r *Registry) List() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]int(nil), r.all...)
}

func (r *Registry) Close() {}
