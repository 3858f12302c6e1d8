// want: race fail
// Every access is locked, but Map and List hand out the registry's own map
// and slice: the caller reads them later, outside the lock, while Record writes.
package manager

import "sync"

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
	return r.latest
}

func (r *Registry) List() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.all
}

func (r *Registry) Close() {}
