// want: leak
// One goroutine owns the map and the list, as it should, but Close does
// nothing: the goroutine waits on its channel after the tests are over.
package manager

type Registry struct {
	requests chan func(latest map[int]int, all *[]int)
}

func New() *Registry {
	r := &Registry{requests: make(chan func(map[int]int, *[]int))}
	go func() {
		latest := make(map[int]int)
		var all []int
		for req := range r.requests {
			req(latest, &all)
		}
	}()
	return r
}

func (r *Registry) Record(worker, value int) {
	done := make(chan struct{})
	r.requests <- func(latest map[int]int, all *[]int) {
		latest[worker] = value
		*all = append(*all, value)
		close(done)
	}
	<-done
}

func (r *Registry) Map() map[int]int {
	reply := make(chan map[int]int)
	r.requests <- func(latest map[int]int, _ *[]int) {
		m := make(map[int]int, len(latest))
		for k, v := range latest {
			m[k] = v
		}
		reply <- m
	}
	return <-reply
}

func (r *Registry) List() []int {
	reply := make(chan []int)
	r.requests <- func(_ map[int]int, all *[]int) {
		reply <- append([]int(nil), *all...)
	}
	return <-reply
}

func (r *Registry) Close() {}
