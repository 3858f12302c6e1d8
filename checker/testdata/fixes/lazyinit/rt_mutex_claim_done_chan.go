// want: pass
// The mutex is held only to claim: the first Get makes a done channel, unlocks, loads and closes it; later Gets take the channel under the mutex and wait on it.
package lazyinit

import "sync"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load   func() *Config
	mu     sync.Mutex
	done   chan struct{}
	config *Config
}

func New(load func() *Config) *Lazy {
	return &Lazy{load: load}
}

func (l *Lazy) Get() *Config {
	l.mu.Lock()
	if l.done == nil {
		l.done = make(chan struct{})
		l.mu.Unlock()
		l.config = l.load()
		close(l.done)
		return l.config
	}
	done := l.done
	l.mu.Unlock()
	<-done
	return l.config
}
