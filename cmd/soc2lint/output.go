package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// writeFileAtomic writes a report or baseline to path.
//
//   - A regular file, or a path that does not exist yet, is replaced by a
//     temporary file beside it renamed into place, so an interrupted run
//     never leaves a half-written report (the file keeps its permissions).
//   - A symbolic link is resolved first: its target is written, the link
//     stays.
//   - Anything else (a device such as /dev/stdout or /dev/null, a named
//     pipe) is written straight through: renaming over it would replace
//     the device node or pipe with a regular file.
//
// Every failure, including a short or failed write, is returned.
func writeFileAtomic(path string, data chunks) error {
	p, err := prepareFile(path, data.writeTo)
	if err != nil {
		return err
	}
	return p.commit()
}

// pendingFile is a file prepared by prepareFile: its content written to
// a temporary file that commit renames into place, or, for a target that
// is written straight through, to be written by commit.
type pendingFile struct {
	path  string
	tmp   string
	write func(io.Writer) error
	flag  int
}

// prepareFile resolves path as writeFileAtomic says and, when it is to be
// replaced, writes the content (write, given a buffered writer) to a
// temporary file beside it now. Nothing is at path until commit; abort
// removes the temporary file.
func prepareFile(path string, write func(io.Writer) error) (*pendingFile, error) {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return replaceFile(path, write, 0o644)
	case err != nil:
		return nil, err
	case info.Mode()&fs.ModeSymlink != 0:
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			// A dangling link, or one into /proc naming a pipe: write
			// through the link, as any program writing to it would.
			return &pendingFile{path: path, write: write, flag: os.O_CREATE}, nil
		}
		if ti, err := os.Stat(target); err == nil && ti.Mode().IsRegular() {
			return replaceFile(target, write, ti.Mode().Perm())
		}
		return &pendingFile{path: target, write: write, flag: os.O_CREATE}, nil
	case info.Mode().IsRegular():
		return replaceFile(path, write, info.Mode().Perm())
	case info.IsDir():
		return nil, fmt.Errorf("%s is a directory", path)
	}
	return &pendingFile{path: path, write: write}, nil
}

// commit renames the temporary file over the path, or writes the path
// straight through.
func (p *pendingFile) commit() error {
	if p.tmp == "" {
		return writeThrough(p.path, p.write, p.flag)
	}
	if err := os.Rename(p.tmp, p.path); err != nil {
		os.Remove(p.tmp)
		return err
	}
	return nil
}

// abort removes the temporary file, if any.
func (p *pendingFile) abort() {
	if p.tmp != "" {
		os.Remove(p.tmp)
	}
}

// replaceFile writes the content to a temporary file beside path, with
// perm, to be renamed over path.
func replaceFile(path string, write func(io.Writer) error, perm fs.FileMode) (*pendingFile, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return nil, err
	}
	err = writeBuffered(tmp, write)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), perm)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return nil, err
	}
	return &pendingFile{path: path, tmp: tmp.Name()}, nil
}

// writeBuffered gives write a buffered writer over w and flushes it.
func writeBuffered(w io.Writer, write func(io.Writer) error) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	return bw.Flush()
}

// writeThrough opens path for writing, without replacing it, and writes
// the content.
func writeThrough(path string, write func(io.Writer) error, flag int) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC|flag, 0o644)
	if err != nil {
		// Devices such as /dev/stdout may refuse O_TRUNC.
		if f, err = os.OpenFile(path, os.O_WRONLY|flag, 0o644); err != nil {
			return err
		}
	}
	if err := writeBuffered(f, write); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// chunks is a report held in pieces of at most maxChunk bytes, written
// one after the other. A report rendered into a bytes.Buffer grew it by
// doubling: on one file of 30,000 resources, 45 MB of JSON in a buffer
// grown to 64 MB, every grown copy cleared and faulted in (about 128 MB
// of memory touched, a twentieth of lint's CPU), and the last two copies
// live at once.
type chunks [][]byte

const (
	minChunk = 64 << 10
	maxChunk = 1 << 20
)

// Write appends p to the last piece, starting a new one when it is full:
// each new piece holds as much as the report so far, between minChunk
// and maxChunk.
func (c *chunks) Write(p []byte) (int, error) {
	n, total := len(p), 0
	for len(p) > 0 {
		if len(*c) == 0 || len((*c)[len(*c)-1]) == cap((*c)[len(*c)-1]) {
			for _, b := range *c {
				total += len(b)
			}
			*c = append(*c, make([]byte, 0, min(maxChunk, max(minChunk, total))))
		}
		last := &(*c)[len(*c)-1]
		k := min(len(p), cap(*last)-len(*last))
		*last = append(*last, p[:k]...)
		p = p[k:]
	}
	return n, nil
}

// writeTo writes the pieces to w in order, stopping at the first error.
func (c chunks) writeTo(w io.Writer) error {
	for _, b := range c {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// bytes returns the report in one slice.
func (c chunks) bytes() []byte {
	if len(c) == 1 {
		return c[0]
	}
	var out []byte
	for _, b := range c {
		out = append(out, b...)
	}
	return out
}
