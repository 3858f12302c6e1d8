// want: pass
// Double-checked locking on an atomic.Pointer: a non-nil pointer is the fast path, and a mutex slow path looks again before loading (load returns a non-nil *Config).
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
	mu     sync.Mutex
	config atomic.Pointer[Config]
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	if c := l.config.Load(); c != nil {
		return c
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if c := l.config.Load(); c != nil {
		return c
	}
	c := l.load()
	l.config.Store(c)
	return c
}
