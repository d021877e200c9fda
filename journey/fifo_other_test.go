//go:build !unix

package journey

import "errors"

func mkfifo(path string) error { return errors.New("no named pipes") }
