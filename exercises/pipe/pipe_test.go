package pipe

// These tests use only the exported API, so any correct fix passes: done
// channels closed once with sync.Once, a mutex guarding a closed flag,
// context cancellation. A test that waits on a call that never returns just
// blocks: the checker stops it and shows where each goroutine waits.

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"go.uber.org/goleak"
)

// TestMain fails the run if any goroutine is still alive after the tests: a
// Send or Recv still waiting after both ends were closed has leaked.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testAsync runs f in a new goroutine and returns a channel that gets its result.
func testAsync(f func() error) <-chan error {
	res := make(chan error, 1)
	go func() { res <- f() }()
	return res
}

// testRecvWant receives from e and checks it got want.
func testRecvWant(e *End, want any) error {
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
	childDone := testAsync(func() error {
		if err := child.Send("11"); err != nil {
			return fmt.Errorf("the child's Send(\"11\") returned %v, want nil", err)
		}
		return testRecvWant(child, "44")
	})
	if err := testRecvWant(parent, "11"); err != nil {
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
				if err := testRecvWant(e, base+i); err != nil {
					return err
				}
			}
			return nil
		}
	}
	results := []<-chan error{
		testAsync(sender(a, 0)), testAsync(receiver(b, 0)), // a to b
		testAsync(sender(b, 100)), testAsync(receiver(a, 100)), // b to a
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
			t.Fatalf("Recv returned %v, want one of %v (the next value of each sender)", v, testExpected(next))
		}
		next[n/10]++
	}
	wg.Wait()
}

func testExpected(next []int) []int {
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

// Close may be called from many goroutines at once, twice each, on both
// ends, while a Send and a Recv wait. The rounds are many so that two Closes
// really do run side by side in some of them: a close guarded by a plain
// bool races on it, and one guarded by a check and a set done in two steps
// may close the done channel twice (a panic).
func TestConcurrentClosesAreSafe(t *testing.T) {
	const rounds, closers = 200, 16
	for range rounds {
		a, b := Pipe()
		sent := testAsync(func() error { return a.Send(1) })
		received := testAsync(func() error { _, err := a.Recv(); return err })
		ends := []*End{a, b}
		start := make(chan struct{})
		var wg sync.WaitGroup
		for i := range closers {
			wg.Go(func() {
				<-start
				for range 2 {
					if err := ends[i%2].Close(); err != nil {
						t.Errorf("Close returned %v, want nil", err)
					}
				}
			})
		}
		close(start)
		wg.Wait()
		<-sent
		<-received
	}
}

// Two goroutines close the same ten thousand ends, in the same order, at
// the same time. A Close that finds its end already closed does less work
// than the first one, so whichever goroutine falls behind catches up, and
// the two keep meeting on the same end: a close guarded by a check and a set
// done in two steps (an atomic Load, then a Store) then lets both through,
// and the done channel is closed twice, a panic.
func TestClosesRacingOnManyPipesAreSafe(t *testing.T) {
	const pipes, closers = 5000, 2
	var ends []*End
	for range pipes {
		a, b := Pipe()
		ends = append(ends, a, b)
	}
	start := make(chan struct{})
	var wg sync.WaitGroup
	for range closers {
		wg.Go(func() {
			<-start
			for _, e := range ends {
				e.Close()
			}
		})
	}
	close(start)
	wg.Wait()
}

// testAtOnce runs f in a synctest bubble, where time only moves while every
// goroutine waits: a call that returns "at once" leaves the clock where it
// was, one that sleeps or polls moves it.
func testAtOnce(t *testing.T, what string, f func(t *testing.T)) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		f(t)
		if waited := time.Since(start); waited > 0 {
			t.Errorf("%s waited %v: it must return at once once an end is closed", what, waited)
		}
	})
}

// Send on a pipe whose other end is closed must fail at once, not wait
// forever for a Recv that will never come.
func TestSendAfterPeerClosedFails(t *testing.T) {
	testAtOnce(t, "Send after the other end was closed", func(t *testing.T) {
		a, b := Pipe()
		defer a.Close()
		if err := b.Close(); err != nil {
			t.Fatalf("Close returned %v, want nil", err)
		}
		if err := a.Send("hello"); !errors.Is(err, io.ErrClosedPipe) {
			t.Fatalf("Send after the other end was closed returned %v, want io.ErrClosedPipe", err)
		}
	})
}

// Recv on a pipe whose other end is closed returns io.EOF, every time.
func TestRecvAfterPeerClosedReturnsEOF(t *testing.T) {
	testAtOnce(t, "Recv after the other end was closed", func(t *testing.T) {
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
	})
}

// An end that is closed refuses both Send and Recv.
func TestUseAfterOwnCloseFails(t *testing.T) {
	testAtOnce(t, "Send or Recv on a closed end", func(t *testing.T) {
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
	})
}

// With both ends closed, an end is itself closed, so Recv returns
// io.ErrClosedPipe, not io.EOF, every time: a Recv whose select finds both
// "closed" cases ready would pick one at random. Send fails too.
func TestBothEndsClosedRefuseEverything(t *testing.T) {
	testAtOnce(t, "Send or Recv with both ends closed", func(t *testing.T) {
		a, b := Pipe()
		a.Close()
		b.Close()
		for range 20 {
			for _, e := range []*End{a, b} {
				if v, err := e.Recv(); !errors.Is(err, io.ErrClosedPipe) || v != nil {
					t.Fatalf("Recv with both ends closed returned (%v, %v), want (nil, io.ErrClosedPipe): "+
						"the end itself is closed, whatever the other end did", v, err)
				}
				if err := e.Send("hello"); !errors.Is(err, io.ErrClosedPipe) {
					t.Fatalf("Send with both ends closed returned %v, want io.ErrClosedPipe", err)
				}
			}
		}
	})
}

// testCall is a Send or Recv started in its own goroutine, and what it must
// return once an end is closed.
type testCall struct {
	name string
	want error
	res  <-chan error
}

func testStartSend(e *End, name string, want error) testCall {
	return testCall{name + ".Send", want, testAsync(func() error { return e.Send("hello") })}
}

func testStartRecv(e *End, name string, want error) testCall {
	return testCall{name + ".Recv", want, testAsync(func() error {
		v, err := e.Recv()
		if v != nil {
			return fmt.Errorf("the value %v", v)
		}
		return err
	})}
}

// Sends, or Recvs, wait on both ends; then one end is closed. Every waiting
// call must return at once with the error for its end. synctest.Wait makes
// the order certain: the calls are really waiting before the Close, and the
// Close has had its whole effect before the test looks.
func TestCloseWakesEveryWaitingCall(t *testing.T) {
	for _, c := range []struct {
		name   string
		closeA bool                       // close the first end, else the second
		start  func(a, b *End) []testCall // two calls waiting on each end
	}{
		{"Sends on both ends, the first end closes", true, func(a, b *End) []testCall {
			return []testCall{testStartSend(a, "a", io.ErrClosedPipe), testStartSend(a, "a", io.ErrClosedPipe),
				testStartSend(b, "b", io.ErrClosedPipe), testStartSend(b, "b", io.ErrClosedPipe)}
		}},
		{"Sends on both ends, the second end closes", false, func(a, b *End) []testCall {
			return []testCall{testStartSend(a, "a", io.ErrClosedPipe), testStartSend(a, "a", io.ErrClosedPipe),
				testStartSend(b, "b", io.ErrClosedPipe), testStartSend(b, "b", io.ErrClosedPipe)}
		}},
		{"Recvs on both ends, the first end closes", true, func(a, b *End) []testCall {
			return []testCall{testStartRecv(a, "a", io.ErrClosedPipe), testStartRecv(a, "a", io.ErrClosedPipe),
				testStartRecv(b, "b", io.EOF), testStartRecv(b, "b", io.EOF)}
		}},
		{"Recvs on both ends, the second end closes", false, func(a, b *End) []testCall {
			return []testCall{testStartRecv(a, "a", io.EOF), testStartRecv(a, "a", io.EOF),
				testStartRecv(b, "b", io.ErrClosedPipe), testStartRecv(b, "b", io.ErrClosedPipe)}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				goroutines := runtime.NumGoroutine()
				a, b := Pipe()
				closing, closingName := b, "b"
				if c.closeA {
					closing, closingName = a, "a"
				}
				started := c.start(a, b)
				synctest.Wait()      // every call is waiting now
				var calls []testCall // the calls that did wait
				for _, cl := range started {
					select {
					case err := <-cl.res:
						t.Errorf("%s returned %v while nothing could complete it: it must wait", cl.name, err)
					default:
						calls = append(calls, cl)
					}
				}
				if err := closing.Close(); err != nil {
					t.Errorf("Close returned %v, want nil", err)
				}
				synctest.Wait() // the Close has woken whatever it wakes
				var still []testCall
				for _, cl := range calls {
					select {
					case err := <-cl.res:
						if !errors.Is(err, cl.want) {
							t.Errorf("a waiting %s returned %v after %s.Close, want %v", cl.name, err, closingName, cl.want)
						}
					default:
						t.Errorf("a waiting %s was still waiting after %s.Close: a Close must wake every call that "+
							"waits on either end, at once", cl.name, closingName)
						still = append(still, cl)
					}
				}
				a.Close()
				b.Close()
				for _, cl := range still {
					<-cl.res
				}
				// Every call has returned and both ends are closed, so nothing
				// the pipe started may still be waiting. synctest fails the
				// test if something is; this says why first.
				synctest.Wait()
				if left := runtime.NumGoroutine() - goroutines; left > 0 {
					t.Logf("every Send and Recv had returned and both ends were closed, yet %d goroutines the pipe "+
						"started were still blocked: a Send or Recv must not leave a goroutine behind (one still "+
						"sending v after Send returned could deliver it later)", left)
				}
			})
		})
	}
}

// A Send after Close never delivers its value, even when a Recv is waiting
// for one: a Send whose select finds both the waiting receiver and a closed
// end ready would pick one at random. The test tries it 20 times each way.
func TestSendAfterCloseNeverDelivers(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		for range 20 {
			for _, closeSender := range []bool{true, false} {
				a, b := Pipe() // a sends to b
				closed, closedName, want := b, "the receiving end", io.ErrClosedPipe
				if closeSender {
					closed, closedName, want = a, "the sending end", io.EOF
				}
				received := testStartRecv(b, "b", want)
				synctest.Wait() // b.Recv is waiting
				closed.Close()
				if err := a.Send("hello"); !errors.Is(err, io.ErrClosedPipe) {
					t.Errorf("Send after %s was closed, with a Recv waiting, returned %v, want io.ErrClosedPipe", closedName, err)
				}
				synctest.Wait()
				select {
				case err := <-received.res:
					if !errors.Is(err, want) {
						t.Errorf("a Recv waiting when %s was closed returned %v, want %v: a Send after Close must not deliver", closedName, err, want)
					}
				default:
					t.Errorf("a Recv waiting when %s was closed was still waiting: Close must wake it at once", closedName)
					a.Close()
					b.Close()
					<-received.res
				}
				a.Close()
				b.Close()
				if t.Failed() {
					return
				}
			}
		}
	})
}

// A Send that waits for its receiver must not stop anything else: the
// receiver must still get in, and Close must still get through. synctest.Wait
// returns only once the Send is really waiting, which makes the order certain.
func TestWaitingSendBlocksNothingElse(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		a, b := Pipe()
		defer a.Close()
		defer b.Close()

		sent := testAsync(func() error { return a.Send(1) })
		synctest.Wait()
		select {
		case err := <-sent:
			t.Fatalf("Send(1) returned %v while nobody called Recv: Send must wait until the other end receives the value", err)
		default:
		}
		if err := testRecvWant(b, 1); err != nil {
			t.Fatalf("while a Send was waiting, %v", err)
		}
		if err := <-sent; err != nil {
			t.Fatalf("Send(1) returned %v after the other end received it, want nil", err)
		}

		sent = testAsync(func() error { return a.Send(2) })
		synctest.Wait()
		if err := a.Close(); err != nil {
			t.Fatalf("Close returned %v, want nil", err)
		}
		if err := <-sent; !errors.Is(err, io.ErrClosedPipe) {
			t.Fatalf("a Send waiting when its own end was closed returned %v, want io.ErrClosedPipe", err)
		}
	})
}
