// want: fail panic
// Every access to the registry's fields is locked, but Map and List copy
// after Unlock: Map's maps.Clone reads the live map while a Record writes it.
// The race detector does not see inside maps.Clone; the copy can be a map the
// registry never held, or the runtime stops the program ("concurrent map
// clone and map write"). (List's late copy is harmless on its own: the
// elements it copies are never written again.)
package manager

import (
	"maps"
	"slices"
	"sync"
)

type Registry struct {
	mu     sync.Mutex
	latest map[int]int
	all    []int
}

func New() *Registry { return &Registry{latest: make(map[int]int)} }

func (r *Registry) Record(worker, value int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.latest[worker] = value
	r.all = append(r.all, value)
}

func (r *Registry) Map() map[int]int {
	r.mu.Lock()
	latest := r.latest
	r.mu.Unlock()
	return maps.Clone(latest)
}

func (r *Registry) List() []int {
	r.mu.Lock()
	all := r.all
	r.mu.Unlock()
	return slices.Clone(all)
}

func (r *Registry) Close() {}
