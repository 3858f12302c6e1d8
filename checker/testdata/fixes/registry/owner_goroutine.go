// want: leak
// One goroutine owns the maps and serves every call through a channel: no
// lock at all. But nothing ever stops it, and the API has no Close: every
// Registry leaves a goroutine running.
package registry

import (
	"maps"
	"slices"
)

type Registry struct {
	calls chan func(services map[string]string, hits map[string]int)
}

func New() *Registry {
	r := &Registry{calls: make(chan func(map[string]string, map[string]int))}
	go func() {
		services, hits := map[string]string{}, map[string]int{}
		for call := range r.calls {
			call(services, hits)
		}
	}()
	return r
}

// do runs f in the owner goroutine and waits for it.
func (r *Registry) do(f func(services map[string]string, hits map[string]int)) {
	done := make(chan struct{})
	r.calls <- func(s map[string]string, h map[string]int) { f(s, h); close(done) }
	<-done
}

func (r *Registry) Register(name, addr string) {
	r.do(func(s map[string]string, _ map[string]int) { s[name] = addr })
}

func (r *Registry) Lookup(name string) (addr string, ok bool) {
	r.do(func(s map[string]string, h map[string]int) {
		h[name]++
		addr, ok = s[name]
	})
	return addr, ok
}

func (r *Registry) Hits(name string) (n int) {
	r.do(func(_ map[string]string, h map[string]int) { n = h[name] })
	return n
}

func (r *Registry) Each(fn func(name, addr string, hits int)) {
	type entry struct {
		name, addr string
		hits       int
	}
	var entries []entry
	r.do(func(s map[string]string, h map[string]int) {
		for _, name := range slices.Sorted(maps.Keys(s)) {
			entries = append(entries, entry{name, s[name], h[name]})
		}
	})
	for _, e := range entries {
		fn(e.name, e.addr, e.hits)
	}
}
