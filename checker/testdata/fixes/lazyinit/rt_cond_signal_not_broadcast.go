// want: deadlock timeout fail leak
// The first Get loads while the others wait on a sync.Cond in a for loop, but the loader calls Signal: only one waiter wakes, the rest wait forever.
package lazyinit

import "sync"

type Config struct {
	Values map[string]string
}

type Lazy struct {
	load    func() *Config
	mu      sync.Mutex
	cond    *sync.Cond
	loading bool
	loaded  bool
	config  *Config
}

func New(load func() *Config) *Lazy {
	l := &Lazy{load: load}
	l.cond = sync.NewCond(&l.mu)
	return l
}

func (l *Lazy) Get() *Config {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.loading {
		l.loading = true
		l.mu.Unlock()
		c := l.load()
		l.mu.Lock()
		l.config = c
		l.loaded = true
		l.cond.Signal()
		return l.config
	}
	for !l.loaded {
		l.cond.Wait()
	}
	return l.config
}
