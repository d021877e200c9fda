//go:build !unix

package main

import "io/fs"

// fileIdentity is not told on this system: files are known by their paths.
func fileIdentity(fs.FileInfo) (string, bool) { return "", false }
