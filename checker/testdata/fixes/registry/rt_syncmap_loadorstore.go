// want: pass
// Hits live in a sync.Map of *atomic.Int64 made with LoadOrStore; services stay under the RWMutex; Each never takes a lock twice.
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
	hits     sync.Map // name → *atomic.Int64
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
	c, _ := r.hits.LoadOrStore(name, new(atomic.Int64))
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
