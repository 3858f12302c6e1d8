// want: pass
// An atomic.Pointer to a "flight": the Get whose CompareAndSwap installs it
// loads and then closes its done channel; every other Get waits on done.
package lazyinit

import "sync/atomic"

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

type flight struct {
	done   chan struct{}
	config *Config // written before done is closed
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load  func() *Config
	state atomic.Pointer[flight]
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

// Get returns the Config, calling load first if no Get has called it yet.
func (l *Lazy) Get() *Config {
	f := l.state.Load()
	if f == nil {
		mine := &flight{done: make(chan struct{})}
		if l.state.CompareAndSwap(nil, mine) {
			mine.config = l.load()
			close(mine.done)
			return mine.config
		}
		f = l.state.Load()
	}
	<-f.done
	return f.config
}
