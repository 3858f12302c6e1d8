// want: fail
// Hits in a sync.Map of *atomic.Int64, but a new counter is made with Load, then Store: two first Lookups of a name each store their own and one hit is lost.
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
	hits     sync.Map
}

func New() *Registry {
	return &Registry{services: make(map[string]string)}
}

func (r *Registry) Register(name, addr string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.services[name] = addr
}

func (r *Registry) Lookup(name string) (addr string, ok bool) {
	c, found := r.hits.Load(name)
	if !found {
		c = new(atomic.Int64)
		r.hits.Store(name, c)
	}
	c.(*atomic.Int64).Add(1)
	r.mu.RLock()
	defer r.mu.RUnlock()
	addr, ok = r.services[name]
	return addr, ok
}

func (r *Registry) Hits(name string) int {
	if c, ok := r.hits.Load(name); ok {
		return int(c.(*atomic.Int64).Load())
	}
	return 0
}

func (r *Registry) Each(fn func(name, addr string, hits int)) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, name := range slices.Sorted(maps.Keys(r.services)) {
		fn(name, r.services[name], r.Hits(name))
	}
}
