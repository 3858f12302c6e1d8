// Package manager is the seed's Manager (section 3c): a dict and a list that
// several workers fill at the same time, like manager.dict() and
// manager.list() shared by the seed's processes.
//
// Your task: Record is called from many goroutines at once, and a plain map
// and slice are not safe for that. Make Registry safe for concurrent use
// without changing its API: each Record changes the map and the list in one
// step, and Map and List return copies.
package manager

// Registry is a map and a list shared by workers. It must be safe for
// concurrent use: Record, Map and List may be called from many goroutines at
// once.
type Registry struct {
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
	r.latest[worker] = value
	r.all = append(r.all, value)
}

// Map returns a copy of the map from each worker to the last value it
// recorded, as the map was at one instant. Changing the copy does not change
// the registry, and later Records do not change the copy.
func (r *Registry) Map() map[int]int {
	m := make(map[int]int, len(r.latest))
	for worker, value := range r.latest {
		m[worker] = value
	}
	return m
}

// List returns a copy of the list of every value recorded, in the order
// they were recorded, as the list was at one instant. Changing the copy does
// not change the registry, and later Records do not change the copy.
func (r *Registry) List() []int {
	return append([]int(nil), r.all...)
}

// Close releases what the registry holds, such as a goroutine it started,
// so that nothing of it is left running. Call it once, when no worker uses
// the registry any more (like leaving the seed's `with Manager() as
// manager:` block), and call nothing after it. This Registry holds nothing
// that needs releasing yet.
func (r *Registry) Close() {}
