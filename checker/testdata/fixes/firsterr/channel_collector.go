// want: pass
// No WaitGroup: every goroutine sends its result, and Run receives exactly one per task,
// keeping the first error.
package firsterr

import ()

func Run(tasks ...func() error) error {
	results := make(chan error)
	for _, task := range tasks {
		go func() { results <- task() }()
	}
	var first error
	for range tasks {
		if err := <-results; err != nil && first == nil {
			first = err
		}
	}
	return first
}
