// want: pass
// A channel with room for one is the lock: a send takes it (a second send
// waits until someone receives), a receive gives it back. Every method holds
// it around all it touches, copies included.
package manager

type Registry struct {
	sem    chan struct{}
	latest map[int]int
	all    []int
}

func New() *Registry {
	return &Registry{sem: make(chan struct{}, 1), latest: make(map[int]int)}
}

func (r *Registry) lock()   { r.sem <- struct{}{} }
func (r *Registry) unlock() { <-r.sem }

func (r *Registry) Record(worker, value int) {
	r.lock()
	defer r.unlock()
	r.latest[worker] = value
	r.all = append(r.all, value)
}

func (r *Registry) Map() map[int]int {
	r.lock()
	defer r.unlock()
	m := make(map[int]int, len(r.latest))
	for k, v := range r.latest {
		m[k] = v
	}
	return m
}

func (r *Registry) List() []int {
	r.lock()
	defer r.unlock()
	return append([]int{}, r.all...)
}

func (r *Registry) Close() {}
