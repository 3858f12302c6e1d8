// Package manager is the reference solution: one mutex guards both the map
// and the list, like the seed's lock around d[...] = ... and l.append(...),
// and Map and List copy under that lock.
package manager

import (
	"maps"
	"slices"
	"sync"
)

// Registry is a map and a list shared by workers. It is safe for concurrent
// use: Record, Map and List may be called from many goroutines at once.
type Registry struct {
	mu     sync.Mutex  // guards latest and all
	latest map[int]int // worker -> the last value it recorded
	all    []int       // every value recorded, in the order recorded
}

// New returns an empty registry.
func New() *Registry {
	return &Registry{latest: make(map[int]int)}
}

// Record stores value as worker's latest value in the map and appends it to
// the list, in one step: Map and List never see one change without the other.
func (r *Registry) Record(worker, value int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.latest[worker] = value
	r.all = append(r.all, value)
}

// Map returns a copy of the map from each worker to the last value it
// recorded, as the map was at one instant. Changing the copy does not change
// the registry, and later Records do not change the copy.
func (r *Registry) Map() map[int]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	// A copy, taken under the lock: handing out r.latest itself would let the
	// caller read it while Record writes it, outside any lock, and so would
	// cloning it after Unlock (a mistake the race detector does not see in
	// maps.Clone; the tests see the mixed-up map it returns).
	return maps.Clone(r.latest)
}

// List returns a copy of the list of every value recorded, in the order
// they were recorded, as the list was at one instant. Changing the copy does
// not change the registry, and later Records do not change the copy.
func (r *Registry) List() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.all)
}

// Close releases what the registry holds, such as a goroutine it started,
// so that nothing of it is left running. Call it once, when no worker uses
// the registry any more (like leaving the seed's `with Manager() as
// manager:` block), and call nothing after it. A mutex needs no releasing.
func (r *Registry) Close() {}
