//go:build unix

package main

import (
	"fmt"
	"io/fs"
	"syscall"
)

// fileIdentity is the device and inode of a file.
func fileIdentity(info fs.FileInfo) (string, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("file %d:%d", st.Dev, st.Ino), true
}
