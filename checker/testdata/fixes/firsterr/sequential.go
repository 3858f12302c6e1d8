// want: fail
// No goroutines, so no race: the tasks run one after the other.
package firsterr

import ()

func Run(tasks ...func() error) error {
	var first error
	for _, task := range tasks {
		if err := task(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
