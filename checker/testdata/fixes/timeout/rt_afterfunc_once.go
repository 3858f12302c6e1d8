// want: pass
// time.AfterFunc and the work race to hand in the answer through a sync.Once into a channel of one; the timer is stopped when Do returns.
package timeout

import (
	"errors"
	"sync"
	"time"
)

var ErrTimeout = errors.New("timeout: the work did not return in time")

type result struct {
	v   string
	err error
}

func Do(timeout time.Duration, work func() (string, error)) (string, error) {
	answer := make(chan result, 1)
	var once sync.Once
	give := func(r result) { once.Do(func() { answer <- r }) }
	t := time.AfterFunc(timeout, func() { give(result{err: ErrTimeout}) })
	defer t.Stop()
	go func() {
		v, err := work()
		give(result{v, err})
	}()
	r := <-answer
	if r.err != nil {
		return "", r.err
	}
	return r.v, nil
}
