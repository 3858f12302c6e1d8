// Package registry is a service registry guarded by a sync.RWMutex. A
// method that writes, even just a counter, takes the write lock; a method
// that holds the lock never calls one that takes it again.
package registry

import (
	"maps"
	"slices"
	"sync"
)

// Registry maps service names to addresses and counts how often each name
// is looked up. It is safe to use from any goroutine. Each call does its
// work before it returns and leaves no goroutine running.
type Registry struct {
	mu       sync.RWMutex
	services map[string]string // name → address
	hits     map[string]int    // name → calls of Lookup
}

// New returns an empty registry.
func New() *Registry {
	return &Registry{services: make(map[string]string), hits: make(map[string]int)}
}

// Register adds the service called name at addr, or moves it there if it
// is already registered. Its hits stay as they were.
func (r *Registry) Register(name, addr string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.services[name] = addr
}

// Lookup returns the address of the service called name, and whether there
// is one. Every call counts as a hit of name, found or not.
func (r *Registry) Lookup(name string) (addr string, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hits[name]++
	addr, ok = r.services[name]
	return addr, ok
}

// Hits returns how many times Lookup(name) has been called.
func (r *Registry) Hits(name string) int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.hits[name]
}

// Each calls fn once for every service registered when Each began, in
// name order, with its address and hits. fn must not call the registry's
// methods itself, as Each may hold the registry's lock while fn runs, but
// other goroutines may call any of them meanwhile, Register included. A
// service registered meanwhile may or may not be visited.
func (r *Registry) Each(fn func(name, addr string, hits int)) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for _, name := range slices.Sorted(maps.Keys(r.services)) {
		fn(name, r.services[name], r.hits[name])
	}
}
