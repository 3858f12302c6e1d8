// want: pass
// Each copies names, addresses and hits under RLock, unlocks, then calls fn on the copy; Lookup under Lock.
package registry

import (
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
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.hits[name]
}

type entry struct {
	name, addr string
	hits       int
}

func (r *Registry) Each(fn func(name, addr string, hits int)) {
	r.mu.RLock()
	entries := make([]entry, 0, len(r.services))
	for name, addr := range r.services {
		entries = append(entries, entry{name, addr, r.hits[name]})
	}
	r.mu.RUnlock()
	slices.SortFunc(entries, func(a, b entry) int {
		if a.name < b.name {
			return -1
		}
		if a.name > b.name {
			return 1
		}
		return 0
	})
	for _, e := range entries {
		fn(e.name, e.addr, e.hits)
	}
}
