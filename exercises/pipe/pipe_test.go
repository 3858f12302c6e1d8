package pipe

// These tests use only the exported API, so any correct fix passes: done
// channels closed once with sync.Once, a mutex guarding a closed flag,
// context cancellation. A test that waits on a call that never returns just
// blocks: the checker stops it and shows where each goroutine waits.

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"testing"
	"testing/synctest"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests: a
// Send or Recv still waiting after both ends were closed has leaked.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// async runs f in a new goroutine and returns a channel that gets its result.
func async(f func() error) <-chan error {
	res := make(chan error, 1)
	go func() { res <- f() }()
	return res
}

// recvWant receives from e and checks it got want.
func recvWant(e *End, want any) error {
	v, err := e.Recv()
	if err != nil {
		return fmt.Errorf("Recv returned error %v, want the value %v", err, want)
	}
	if v != want {
		return fmt.Errorf("Recv returned %v, want %v: values must arrive in the order they were sent", v, want)
	}
	return nil
}

// The seed's exchange: the child sends "11" and then receives, the parent
// receives and then sends "44".
func TestSeedExchange(t *testing.T) {
	parent, child := Pipe()
	defer parent.Close()
	defer child.Close()
	childDone := async(func() error {
		if err := child.Send("11"); err != nil {
			return fmt.Errorf("the child's Send(\"11\") returned %v, want nil", err)
		}
		return recvWant(child, "44")
	})
	if err := recvWant(parent, "11"); err != nil {
		t.Fatalf("parent: %v", err)
	}
	if err := parent.Send("44"); err != nil {
		t.Fatalf("the parent's Send(\"44\") returned %v, want nil", err)
	}
	if err := <-childDone; err != nil {
		t.Fatalf("child: %v", err)
	}
}

// Both directions at the same time, each in order.
func TestMessagesFlowBothWaysInOrder(t *testing.T) {
	const n = 5
	a, b := Pipe()
	defer a.Close()
	defer b.Close()
	sender := func(e *End, base int) func() error {
		return func() error {
			for i := range n {
				if err := e.Send(base + i); err != nil {
					return fmt.Errorf("Send(%d) returned %v, want nil", base+i, err)
				}
			}
			return nil
		}
	}
	receiver := func(e *End, base int) func() error {
		return func() error {
			for i := range n {
				if err := recvWant(e, base+i); err != nil {
					return err
				}
			}
			return nil
		}
	}
	results := []<-chan error{
		async(sender(a, 0)), async(receiver(b, 0)), // a to b
		async(sender(b, 100)), async(receiver(a, 100)), // b to a
	}
	for _, res := range results {
		if err := <-res; err != nil {
			t.Error(err)
		}
	}
}

// Several goroutines may send on the same end: every value arrives once, and
// each sender's values arrive in the order it sent them.
func TestConcurrentSendersEveryValueArrives(t *testing.T) {
	const senders, each = 4, 3
	a, b := Pipe()
	defer a.Close()
	defer b.Close()
	var wg sync.WaitGroup
	for s := range senders {
		wg.Go(func() {
			for i := range each {
				if err := a.Send(s*10 + i); err != nil {
					t.Errorf("Send(%d) returned %v, want nil", s*10+i, err)
				}
			}
		})
	}
	next := make([]int, senders) // the next value expected from each sender
	for range senders * each {
		v, err := b.Recv()
		if err != nil {
			t.Fatalf("Recv returned error %v while %d senders were sending", err, senders)
		}
		n, ok := v.(int)
		if !ok || n < 0 || n/10 >= senders || n%10 != next[n/10] {
			t.Fatalf("Recv returned %v, want one of %v (the next value of each sender)", v, expected(next))
		}
		next[n/10]++
	}
	wg.Wait()
}

func expected(next []int) []int {
	var want []int
	for s, i := range next {
		want = append(want, s*10+i)
	}
	return want
}

func TestCloseTwiceIsHarmless(t *testing.T) {
	a, b := Pipe()
	for i := 1; i <= 2; i++ {
		if err := a.Close(); err != nil {
			t.Errorf("Close #%d on the first end returned %v, want nil", i, err)
		}
		if err := b.Close(); err != nil {
			t.Errorf("Close #%d on the second end returned %v, want nil", i, err)
		}
	}
}

// Close may be called from several goroutines at once, on both ends.
func TestConcurrentClosesAreSafe(t *testing.T) {
	const closers = 8
	a, b := Pipe()
	ends := []*End{a, b}
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range closers {
		wg.Go(func() {
			<-start
			if err := ends[i%2].Close(); err != nil {
				t.Errorf("Close returned %v, want nil", err)
			}
		})
	}
	close(start)
	wg.Wait()
}

// Send on a pipe whose other end is closed must fail at once, not wait
// forever for a Recv that will never come.
func TestSendAfterPeerClosedFails(t *testing.T) {
	a, b := Pipe()
	defer a.Close()
	if err := b.Close(); err != nil {
		t.Fatalf("Close returned %v, want nil", err)
	}
	if err := a.Send("hello"); !errors.Is(err, io.ErrClosedPipe) {
		t.Fatalf("Send after the other end was closed returned %v, want io.ErrClosedPipe", err)
	}
}

// Recv on a pipe whose other end is closed returns io.EOF, every time.
func TestRecvAfterPeerClosedReturnsEOF(t *testing.T) {
	a, b := Pipe()
	defer b.Close()
	if err := a.Close(); err != nil {
		t.Fatalf("Close returned %v, want nil", err)
	}
	for i := 1; i <= 2; i++ {
		if v, err := b.Recv(); err != io.EOF || v != nil {
			t.Fatalf("Recv #%d after the other end was closed returned (%v, %v), want (nil, io.EOF)", i, v, err)
		}
	}
}

// An end that is closed refuses both Send and Recv.
func TestUseAfterOwnCloseFails(t *testing.T) {
	a, b := Pipe()
	defer b.Close()
	if err := a.Close(); err != nil {
		t.Fatalf("Close returned %v, want nil", err)
	}
	if err := a.Send("hello"); !errors.Is(err, io.ErrClosedPipe) {
		t.Errorf("Send on a closed end returned %v, want io.ErrClosedPipe", err)
	}
	if v, err := a.Recv(); !errors.Is(err, io.ErrClosedPipe) || v != nil {
		t.Errorf("Recv on a closed end returned (%v, %v), want (nil, io.ErrClosedPipe)", v, err)
	}
}

// A Send or Recv that is waiting when an end is closed must return. Whether
// the call starts waiting before the Close or after it, the result is the
// same, so the test does not care which happens first.
func TestCloseWakesWaitingCalls(t *testing.T) {
	recv := func(e *End) func() error {
		return func() error {
			v, err := e.Recv()
			if v != nil {
				return fmt.Errorf("Recv returned the value %v, want nil: nothing was sent", v)
			}
			return err
		}
	}
	send := func(e *End) func() error {
		return func() error { return e.Send("hello") }
	}
	for _, c := range []struct {
		name     string
		wait     func(a, b *End) func() error
		closeEnd func(a, b *End) *End
		want     error
	}{
		{"Recv then the other end's Close", func(a, b *End) func() error { return recv(b) }, func(a, b *End) *End { return a }, io.EOF},
		{"Recv then its own end's Close", func(a, b *End) func() error { return recv(a) }, func(a, b *End) *End { return a }, io.ErrClosedPipe},
		{"Send then the other end's Close", func(a, b *End) func() error { return send(a) }, func(a, b *End) *End { return b }, io.ErrClosedPipe},
		{"Send then its own end's Close", func(a, b *End) func() error { return send(a) }, func(a, b *End) *End { return a }, io.ErrClosedPipe},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, b := Pipe()
			defer a.Close()
			defer b.Close()
			res := async(c.wait(a, b))
			if err := c.closeEnd(a, b).Close(); err != nil {
				t.Fatalf("Close returned %v, want nil", err)
			}
			if err := <-res; !errors.Is(err, c.want) {
				t.Errorf("%s: the waiting call returned %v, want %v", c.name, err, c.want)
			}
		})
	}
}

// A Send that waits for its receiver must not stop anything else: the
// receiver must still get in, and Close must still get through. synctest.Wait
// returns only once the Send is really waiting, which makes the order certain.
func TestWaitingSendBlocksNothingElse(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		a, b := Pipe()
		defer a.Close()
		defer b.Close()

		sent := async(func() error { return a.Send(1) })
		synctest.Wait()
		select {
		case err := <-sent:
			t.Fatalf("Send(1) returned %v while nobody called Recv: Send must wait until the other end receives the value", err)
		default:
		}
		if err := recvWant(b, 1); err != nil {
			t.Fatalf("while a Send was waiting, %v", err)
		}
		if err := <-sent; err != nil {
			t.Fatalf("Send(1) returned %v after the other end received it, want nil", err)
		}

		sent = async(func() error { return a.Send(2) })
		synctest.Wait()
		if err := a.Close(); err != nil {
			t.Fatalf("Close returned %v, want nil", err)
		}
		if err := <-sent; !errors.Is(err, io.ErrClosedPipe) {
			t.Fatalf("a Send waiting when its own end was closed returned %v, want io.ErrClosedPipe", err)
		}
	})
}
