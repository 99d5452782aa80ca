//go:build !unix

package terraform

import "errors"

func mkfifo(string) error { return errors.New("no FIFOs here") }
