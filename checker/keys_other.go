//go:build !linux

package main

import (
	"errors"
	"os"
)

// keysOneByOne is only written for Linux; elsewhere a key is read once
// Enter is pressed.
func keysOneByOne(*os.File) (func(), error) {
	return nil, errors.New("keys one by one: Linux only")
}
