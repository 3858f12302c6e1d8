// want: pass
// no WaitGroup: every task sends its result on an unbuffered channel and Run receives exactly len(tasks) results, keeping the first failure
package firsterr

func Run(tasks ...func() error) error {
	results := make(chan error)
	for _, task := range tasks {
		go func() { results <- task() }()
	}
	var first error
	for range tasks {
		if e := <-results; e != nil && first == nil {
			first = e
		}
	}
	return first
}
