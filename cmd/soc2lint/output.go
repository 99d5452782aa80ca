package main

import (
	"errors"
	"fmt"
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
func writeFileAtomic(path string, data []byte) error {
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
func replaceFile(path string, data []byte, perm fs.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
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
func writeThrough(path string, data []byte, flag int) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_TRUNC|flag, 0o644)
	if err != nil {
		// Devices such as /dev/stdout may refuse O_TRUNC.
		if f, err = os.OpenFile(path, os.O_WRONLY|flag, 0o644); err != nil {
			return err
		}
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
