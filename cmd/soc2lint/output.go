package main

import (
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
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return replaceFile(path, data, 0o644)
	case err != nil:
		return err
	case info.Mode()&fs.ModeSymlink != 0:
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			// A dangling link, or one into /proc naming a pipe: write
			// through the link, as any program writing to it would.
			return writeThrough(path, data, os.O_CREATE)
		}
		if ti, err := os.Stat(target); err == nil && ti.Mode().IsRegular() {
			return replaceFile(target, data, ti.Mode().Perm())
		}
		return writeThrough(target, data, os.O_CREATE)
	case info.Mode().IsRegular():
		return replaceFile(path, data, info.Mode().Perm())
	case info.IsDir():
		return fmt.Errorf("%s is a directory", path)
	}
	return writeThrough(path, data, 0)
}

// replaceFile writes data to a temporary file beside path and renames it
// over path.
func replaceFile(path string, data chunks, perm fs.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := data.writeTo(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), perm); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// writeThrough opens path for writing, without replacing it, and writes
// data.
func writeThrough(path string, data chunks, flag int) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC|flag, 0o644)
	if err != nil {
		// Devices such as /dev/stdout may refuse O_TRUNC.
		if f, err = os.OpenFile(path, os.O_WRONLY|flag, 0o644); err != nil {
			return err
		}
	}
	if err := data.writeTo(f); err != nil {
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
