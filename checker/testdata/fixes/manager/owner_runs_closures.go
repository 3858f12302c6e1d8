// want: pass
// An owner goroutine runs closures sent on one channel, one at a time; each
// call sends its closure and waits until it has run. Close closes the channel
// and waits for the owner to end.
package manager

import (
	"maps"
	"slices"
	"sync"
)

type Registry struct {
	ops chan func()
	wg  sync.WaitGroup

	// Touched only by the owner goroutine.
	latest map[int]int
	all    []int
}

func New() *Registry {
	r := &Registry{ops: make(chan func()), latest: make(map[int]int)}
	r.wg.Go(func() {
		for op := range r.ops {
			op()
		}
	})
	return r
}

// do runs f on the owner goroutine and waits for it.
func (r *Registry) do(f func()) {
	done := make(chan struct{})
	r.ops <- func() { f(); close(done) }
	<-done
}

func (r *Registry) Record(worker, value int) {
	r.do(func() {
		r.latest[worker] = value
		r.all = append(r.all, value)
	})
}

func (r *Registry) Map() map[int]int {
	var m map[int]int
	r.do(func() { m = maps.Clone(r.latest) })
	return m
}

func (r *Registry) List() []int {
	var l []int
	r.do(func() { l = slices.Clone(r.all) })
	return l
}

func (r *Registry) Close() {
	close(r.ops)
	r.wg.Wait()
}
