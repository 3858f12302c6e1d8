// want: fail
// Atomic counters made under Lock, but Lookup adds with Load then Store: no data race, yet two Lookups at once count one hit (breaks "Every call counts as a hit").
package registry

import (
	"maps"
	"slices"
	"sync"
	"sync/atomic"
)

type Registry struct {
	mu       sync.RWMutex
	services map[string]string
	hits     map[string]*atomic.Int64
}

func New() *Registry {
	return &Registry{services: make(map[string]string), hits: make(map[string]*atomic.Int64)}
}

func (r *Registry) Register(name, addr string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.services[name] = addr
}

func (r *Registry) Lookup(name string) (addr string, ok bool) {
	r.mu.Lock()
	c := r.hits[name]
	if c == nil {
		c = new(atomic.Int64)
		r.hits[name] = c
	}
	addr, ok = r.services[name]
	r.mu.Unlock()
	c.Store(c.Load() + 1)
	return addr, ok
}

func (r *Registry) hitsLocked(name string) int {
	if c := r.hits[name]; c != nil {
		return int(c.Load())
	}
	return 0
}

func (r *Registry) Hits(name string) int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.hitsLocked(name)
}

func (r *Registry) Each(fn func(name, addr string, hits int)) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, name := range slices.Sorted(maps.Keys(r.services)) {
		fn(name, r.services[name], r.hitsLocked(name))
	}
}
