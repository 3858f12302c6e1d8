// want: pass
// Double-checked locking done right: an atomic.Bool fast path, set only after config is written, and a mutex slow path that looks again.
package lazyinit

import (
	"sync"
	"sync/atomic"
)

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load   func() *Config
	done   atomic.Bool
	mu     sync.Mutex
	config *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	if l.done.Load() {
		return l.config
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.done.Load() {
		l.config = l.load()
		l.done.Store(true)
	}
	return l.config
}
