// want: fail
// Double-checked locking on an atomic.Pointer, with nil meaning not loaded: a load that returns nil is run again by every Get.
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
