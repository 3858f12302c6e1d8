// Package sink uses every primitive the mutation operators know, so that
// the operators' tests can see each one at work.
package sink

import (
	"context"
	"maps"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

type Store struct {
	mu    sync.Mutex
	rw    sync.RWMutex
	other sync.Mutex
	cond  *sync.Cond
	once  sync.Once
	done  chan struct{}
	sem   chan struct{}
	m     map[string]int
	list  []int
	n     int
	hits  atomic.Int64
	ready atomic.Bool
	raw   int64
}

func New() *Store {
	s := &Store{done: make(chan struct{}), sem: make(chan struct{}, 3), m: map[string]int{}}
	s.cond = sync.NewCond(&s.mu)
	return s
}

// Add takes the lock with a deferred release and returns early once.
func (s *Store) Add(k string, v int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v < 0 {
		return false
	}
	s.m[k] = v
	s.list = append(s.list, v)
	s.cond.Broadcast()
	return true
}

// Inc releases the lock by hand, before an early return too.
func (s *Store) Inc() int {
	before := 0
	s.mu.Lock()
	s.n++
	if s.n > 100 {
		s.mu.Unlock()
		return -1
	}
	n := s.n
	s.mu.Unlock()
	return before + n
}

// Snapshot copies under a read lock.
func (s *Store) Snapshot() (map[string]int, []int) {
	s.rw.RLock()
	defer s.rw.RUnlock()
	return maps.Clone(s.m), slices.Clone(s.list)
}

func (s *Store) List() []int {
	s.rw.Lock()
	defer s.rw.Unlock()
	return append([]int(nil), s.list...)
}

// Both takes two locks.
func (s *Store) Both() {
	s.mu.Lock()
	s.other.Lock()
	s.n++
	s.other.Unlock()
	s.mu.Unlock()
}

// WaitFor waits on the condition variable.
func (s *Store) WaitFor(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.list) < n {
		s.cond.Wait()
	}
}

func (s *Store) Close() {
	s.once.Do(func() { close(s.done) })
}

func (s *Store) Fan(ctx context.Context, jobs []int) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	results := make([]int, len(jobs))
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.sem <- struct{}{}
			defer func() { <-s.sem }()
			results[i] = j
		}()
	}
	wg.Go(func() { s.hits.Add(1) })
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	select {
	case <-ctx.Done():
	case <-s.done:
	default:
	}
	return total
}

func (s *Store) Wait(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-s.done:
		return true
	case <-t.C:
		return false
	}
}

func (s *Store) Ready() bool {
	if !s.ready.CompareAndSwap(false, true) {
		return false
	}
	atomic.AddInt64(&s.raw, 1)
	return atomic.LoadInt64(&s.raw) > 0
}
