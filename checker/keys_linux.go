package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// keysOneByOne turns off the terminal's line editing and echo, so that a
// key reaches watch as soon as it is pressed; Ctrl-C still interrupts. It
// returns the function that puts the terminal back.
func keysOneByOne(f *os.File) (func(), error) {
	fd := int(f.Fd())
	old, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return nil, err
	}
	t := *old
	t.Lflag &^= unix.ICANON | unix.ECHO
	t.Cc[unix.VMIN], t.Cc[unix.VTIME] = 1, 0
	if err := unix.IoctlSetTermios(fd, unix.TCSETS, &t); err != nil {
		return nil, err
	}
	return func() { unix.IoctlSetTermios(fd, unix.TCSETS, old) }, nil
}
