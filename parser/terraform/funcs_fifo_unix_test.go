//go:build unix

package terraform

import "syscall"

func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }
