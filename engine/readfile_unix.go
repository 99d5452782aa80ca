//go:build unix

package engine

import (
	"io"
	"os"
	"syscall"
)

// fileHandle is a file opened to be read whole, by its descriptor: an
// os.File costs, on Linux, four fcntl calls and an epoll_ctl that fails
// for a regular file at every open (five system calls more per file than
// reading it needs, twice for most .tf files: moduleSources, then
// parseFile), and an object with a cleanup. Errors are os.Open's,
// File.Stat's and File.Read's, with the same operation and path.
type fileHandle struct {
	fd   int
	path string
}

func openFile(path string) (fileHandle, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == nil {
			return fileHandle{fd, path}, nil
		}
		if err != syscall.EINTR {
			return fileHandle{fd: -1}, &os.PathError{Op: "open", Path: path, Err: err}
		}
	}
}

// size returns the file's size as fstat gives it.
func (h fileHandle) size() (int64, error) {
	var st syscall.Stat_t
	for {
		err := syscall.Fstat(h.fd, &st)
		if err == nil {
			return st.Size, nil
		}
		if err != syscall.EINTR {
			return 0, &os.PathError{Op: "stat", Path: h.path, Err: err}
		}
	}
}

// read reads into p, io.EOF at the end of the file.
func (h fileHandle) read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(h.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, &os.PathError{Op: "read", Path: h.path, Err: err}
		}
		if n == 0 && len(p) > 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

func (h fileHandle) close() { syscall.Close(h.fd) }
