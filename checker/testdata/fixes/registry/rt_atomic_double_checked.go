// want: pass
// Hits are *atomic.Int64 in a map: Lookup reads under RLock and, for a new name, makes the counter under Lock after looking again.
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
	if c = r.hits[name]; c == nil {
		c = new(atomic.Int64)
		r.hits[name] = c
	}
	return c
}

func (r *Registry) Lookup(name string) (addr string, ok bool) {
	r.counter(name).Add(1)
	r.mu.RLock()
	defer r.mu.RUnlock()
	addr, ok = r.services[name]
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
