// want: pass
// No goroutine of its own: time.AfterFunc calls tick one period later, and
// tick beats and arms the next one. A mutex held across beat makes Stop wait
// for a running beat, and the stopped flag keeps a tick that is already
// waiting for the lock from beating after Stop.
package ticker

import (
	"sync"
	"time"
)

type Heartbeat struct {
	period  time.Duration
	beat    func()
	mu      sync.Mutex
	stopped bool
	timer   *time.Timer
}

func Start(period time.Duration, beat func()) *Heartbeat {
	h := &Heartbeat{period: period, beat: beat}
	h.mu.Lock()
	h.timer = time.AfterFunc(period, h.tick)
	h.mu.Unlock()
	return h
}

func (h *Heartbeat) tick() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stopped {
		return
	}
	h.beat()
	h.timer.Reset(h.period)
}

func (h *Heartbeat) Stop() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.stopped = true
	h.timer.Stop()
}
