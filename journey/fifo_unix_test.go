//go:build unix

package journey

import "syscall"

func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }
