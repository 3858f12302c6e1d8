// want: pass
// Double-checked locking done right, the way sync.Once works inside: an
// atomic flag, stored only after config is written, for the fast path; the
// mutex, and a second look at the flag, for the slow one.
package lazyinit

import (
	"sync"
	"sync/atomic"
)

// Config is a program's settings, as its load function builds them.
type Config struct {
	Values map[string]string
}

// Lazy holds a *Config that is loaded on first use, not before.
type Lazy struct {
	load   func() *Config
	done   atomic.Bool
	mu     sync.Mutex
	config *Config
}

// New returns a Lazy whose first Get calls load.
func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

// Get returns the Config, calling load first if no Get has called it yet.
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
