// want: fail
// One mutex for the map and another for the list, each held only while its
// own data is touched. Nothing races, but Record is two steps: between them a
// Map or List call sees the map changed and the list not yet, and two Records
// for one worker can leave the map and the list disagreeing on its last value.
package manager

import (
	"maps"
	"slices"
	"sync"
)

type Registry struct {
	mapMu  sync.Mutex
	latest map[int]int

	listMu sync.Mutex
	all    []int
}

func New() *Registry { return &Registry{latest: make(map[int]int)} }

func (r *Registry) Record(worker, value int) {
	r.mapMu.Lock()
	r.latest[worker] = value
	r.mapMu.Unlock()

	r.listMu.Lock()
	r.all = append(r.all, value)
	r.listMu.Unlock()
}

func (r *Registry) Map() map[int]int {
	r.mapMu.Lock()
	defer r.mapMu.Unlock()
	return maps.Clone(r.latest)
}

func (r *Registry) List() []int {
	r.listMu.Lock()
	defer r.listMu.Unlock()
	return slices.Clone(r.all)
}

func (r *Registry) Close() {}
