// Package manager is the seed's Manager (section 3c): a dict and a list that
// several workers fill at the same time, like manager.dict() and
// manager.list() shared by the seed's processes.
//
// Your task: Record is called from many goroutines at once, and a plain map
// and slice are not safe for that. Make Registry safe for concurrent use
// without changing its API; Map and List must return copies.
package manager

// Registry is a map and a list shared by workers. It must be safe for
// concurrent use.
type Registry struct {
	latest map[int]int // worker -> the last value it recorded
	all    []int       // every value recorded, in the order recorded
}

// New returns an empty registry.
func New() *Registry {
	return &Registry{latest: make(map[int]int)}
}

// Record stores value as worker's latest value in the map, and appends it to
// the list.
func (r *Registry) Record(worker, value int) {
	r.latest[worker] = value
	r.all = append(r.all, value)
}

// Map returns a copy of the map from each worker to the last value it
// recorded. Changing the copy does not change the registry.
func (r *Registry) Map() map[int]int {
	m := make(map[int]int, len(r.latest))
	for worker, value := range r.latest {
		m[worker] = value
	}
	return m
}

// List returns a copy of the list of every value recorded, in the order
// they were recorded. Changing the copy does not change the registry.
func (r *Registry) List() []int {
	return append([]int(nil), r.all...)
}

// Close releases the registry once no worker uses it any more, like leaving
// the seed's `with Manager() as manager:` block. Call it once; call nothing
// else after it. This Registry holds nothing that needs releasing.
func (r *Registry) Close() {}
