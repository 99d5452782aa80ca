//go:build !unix

package engine

import "os"

// fileHandle is a file opened to be read whole (see readfile_unix.go).
type fileHandle struct{ f *os.File }

func openFile(path string) (fileHandle, error) {
	f, err := os.Open(path)
	return fileHandle{f}, err
}

func (h fileHandle) size() (int64, error) {
	info, err := h.f.Stat()
	if err != nil {
		return 0, err
	}
	return info.Size(), nil
}

func (h fileHandle) read(p []byte) (int, error) { return h.f.Read(p) }

func (h fileHandle) close() { h.f.Close() }
