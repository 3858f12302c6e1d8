// want: leak
// An owner goroutine keeps the items and serves Put and Get over channels,
// offering each only when it can be served. It works, but the buffer has
// no Close, so the goroutine New starts never ends: every buffer leaks one.
package bounded

type Buffer struct {
	puts chan int
	gets chan int
}

func New(capacity int) *Buffer {
	b := &Buffer{puts: make(chan int), gets: make(chan int)}
	go func() {
		var items []int
		for {
			puts, gets := b.puts, b.gets
			if len(items) == capacity {
				puts = nil // full: take no Put
			}
			var front int
			if len(items) == 0 {
				gets = nil // empty: serve no Get
			} else {
				front = items[0]
			}
			select {
			case v := <-puts:
				items = append(items, v)
			case gets <- front:
				items = items[1:]
			}
		}
	}()
	return b
}

func (b *Buffer) Put(v int) { b.puts <- v }

func (b *Buffer) Get() int { return <-b.gets }
