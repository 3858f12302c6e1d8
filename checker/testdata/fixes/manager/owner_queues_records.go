// want: fail
// An owner goroutine, but Record only queues its value on a buffered channel
// and returns ("faster"). The owner's select may serve a Map or List request
// before the queued Records, so a Record that has returned is not yet in Map
// or List.
package manager

type record struct{ worker, value int }

type Registry struct {
	records chan record
	maps    chan chan map[int]int
	lists   chan chan []int
	quit    chan struct{}
	exited  chan struct{}
}

func New() *Registry {
	r := &Registry{
		records: make(chan record, 1024),
		maps:    make(chan chan map[int]int),
		lists:   make(chan chan []int),
		quit:    make(chan struct{}),
		exited:  make(chan struct{}),
	}
	go r.loop()
	return r
}

func (r *Registry) loop() {
	defer close(r.exited)
	latest := make(map[int]int)
	var all []int
	for {
		select {
		case rec := <-r.records:
			latest[rec.worker] = rec.value
			all = append(all, rec.value)
		case reply := <-r.maps:
			m := make(map[int]int, len(latest))
			for k, v := range latest {
				m[k] = v
			}
			reply <- m
		case reply := <-r.lists:
			reply <- append([]int(nil), all...)
		case <-r.quit:
			return
		}
	}
}

func (r *Registry) Record(worker, value int) {
	r.records <- record{worker, value}
}

func (r *Registry) Map() map[int]int {
	reply := make(chan map[int]int)
	r.maps <- reply
	return <-reply
}

func (r *Registry) List() []int {
	reply := make(chan []int)
	r.lists <- reply
	return <-reply
}

func (r *Registry) Close() {
	close(r.quit)
	<-r.exited
}
