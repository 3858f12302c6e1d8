// want: race fail
// Lookup guards hits with a mutex of their own, but Each and Hits read them under the RWMutex's read lock only: a data race with Lookup.
package registry

import (
	"maps"
	"slices"
	"sync"
)

type Registry struct {
	mu       sync.RWMutex
	services map[string]string
	hitsMu   sync.Mutex
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
	r.mu.RLock()
	defer r.mu.RUnlock()
	r.hitsMu.Lock()
	r.hits[name]++
	r.hitsMu.Unlock()
	addr, ok = r.services[name]
	return addr, ok
}

func (r *Registry) Hits(name string) int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.hits[name]
}

func (r *Registry) Each(fn func(name, addr string, hits int)) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, name := range slices.Sorted(maps.Keys(r.services)) {
		fn(name, r.services[name], r.hits[name])
	}
}
