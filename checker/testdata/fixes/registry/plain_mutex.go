// want: pass
// A plain Mutex instead of the RWMutex: readers no longer share the lock,
// and a Mutex is no more reentrant than RLock, so Each reads r.hits itself.
package registry

import (
	"maps"
	"slices"
	"sync"
)

type Registry struct {
	mu       sync.Mutex
	services map[string]string
	hits     map[string]int
}

func New() *Registry {
	return &Registry{services: make(map[string]string), hits: make(map[string]int)}
}

func (r *Registry) Register(name, addr string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.services[name] = addr
}

func (r *Registry) Lookup(name string) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hits[name]++
	addr, ok := r.services[name]
	return addr, ok
}

func (r *Registry) Hits(name string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.hits[name]
}

func (r *Registry) Each(fn func(name, addr string, hits int)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, name := range slices.Sorted(maps.Keys(r.services)) {
		fn(name, r.services[name], r.hits[name])
	}
}
