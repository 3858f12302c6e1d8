// want: fail
// Atomic counters made under the write lock, but without looking again
// once it holds it: two first Lookups of a name each make a counter, and
// the hits counted on the first one are lost.
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

func (r *Registry) counter(name string) *atomic.Int64 {
	r.mu.RLock()
	c := r.hits[name]
	r.mu.RUnlock()
	if c != nil {
		return c
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	c = new(atomic.Int64)
	r.hits[name] = c
	return c
}

func (r *Registry) Lookup(name string) (string, bool) {
	r.counter(name).Add(1)
	r.mu.RLock()
	defer r.mu.RUnlock()
	addr, ok := r.services[name]
	return addr, ok
}

func (r *Registry) Hits(name string) int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if c := r.hits[name]; c != nil {
		return int(c.Load())
	}
	return 0
}

func (r *Registry) Each(fn func(name, addr string, hits int)) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, name := range slices.Sorted(maps.Keys(r.services)) {
		var n int64
		if c := r.hits[name]; c != nil {
			n = c.Load()
		}
		fn(name, r.services[name], int(n))
	}
}
