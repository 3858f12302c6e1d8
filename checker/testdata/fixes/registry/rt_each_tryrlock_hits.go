// want: fail
// Lookup under Lock; Each calls a Hits that uses TryRLock and reports 0 when it cannot get the lock "to avoid the deadlock": wrong hits while a writer waits.
package registry

import (
	"maps"
	"slices"
	"sync"
)

type Registry struct {
	mu       sync.RWMutex
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

func (r *Registry) Lookup(name string) (addr string, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hits[name]++
	addr, ok = r.services[name]
	return addr, ok
}

func (r *Registry) Hits(name string) int {
	if !r.mu.TryRLock() {
		return 0
	}
	defer r.mu.RUnlock()
	return r.hits[name]
}

func (r *Registry) Each(fn func(name, addr string, hits int)) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, name := range slices.Sorted(maps.Keys(r.services)) {
		fn(name, r.services[name], r.Hits(name))
	}
}
