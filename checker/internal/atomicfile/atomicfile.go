// Package atomicfile writes files that readers see whole or not at all:
// the checker's progress, and each student's grade, which a resumed class
// run trusts.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write replaces file with data, readable by all (0644): written beside it,
// synced, then renamed, so an interruption leaves the old file or the new
// one, never half of one.
func Write(file string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(file), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil { // CreateTemp makes it 0600
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), file)
}
