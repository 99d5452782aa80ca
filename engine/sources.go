package engine

import "os"

// Sources gives writers the content of the files findings point at, by
// reported path, for quoting the offending lines.
type Sources interface {
	// Source returns the content of the file at the reported path p, or
	// nil when it is not one findings point at or cannot be read.
	Source(p string) []byte
}

// SourceMap is Sources held in memory, for results built by hand.
type SourceMap map[string][]byte

// Source returns the content held for p.
func (m SourceMap) Source(p string) []byte { return m[p] }

// sourceFiles is the Sources of a scan: the reported path of each file
// findings point at, and the path it is read again from. A scan holds no
// file's content: the writer that quotes (text) reads one file at a time,
// in the order of the findings, which is by file; the other formats read
// none. A file that changed since the scan is quoted as it is now, as when
// the scan read it again at its end.
type sourceFiles map[string]string

// Source reads the file at the reported path p again; nil when it is not
// one findings point at or cannot be read.
func (m sourceFiles) Source(p string) []byte {
	abs, ok := m[p]
	if !ok {
		return nil
	}
	b, err := os.ReadFile(abs)
	if err != nil {
		return nil
	}
	return b
}
