package engine

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform"
)

// skipDirs are directories never descended into. .terraform holds provider
// binaries and downloaded modules; later work reads modules.json from it.
var skipDirs = map[string]bool{".git": true, "node_modules": true, ".terraform": true}

// candidate is a file the walk found.
type candidate struct {
	path string // as reported
	abs  string
	root string // absolute, symlink-free root of the scan it belongs to
	// context is true for a file read only because it belongs to the
	// module of a .tf file named on the command line: it is evaluated
	// with it, and its own findings are not reported.
	context bool
}

// Relevant reports whether a file name is one soc2lint may read (bench/floor
// reads the same files).
func Relevant(name string) bool {
	if terraform.IsConfigFile(name) || terraform.IsVarsFile(name) {
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml", ".json", ".template":
		return true
	}
	return false
}

// walk lists the files under paths in a sorted, de-duplicated order. It
// never follows a symbolic link out of the scanned tree and never follows a
// link to a directory (which could loop); problems become diagnostics.
func walk(ctx context.Context, paths []string, cwd string, exclude *Exclude) (fileList, parser.Diagnostics, error) {
	var out []candidate
	var diags parser.Diagnostics
	seen := map[string]int{}
	add := func(c candidate) {
		// The reported path is most often the end of the absolute one
		// (a tree scanned from its parent or from inside it): share its
		// bytes rather than keep both for every file of the scan.
		if strings.HasSuffix(c.abs, c.path) {
			c.path = c.abs[len(c.abs)-len(c.path):]
		}
		if i, ok := seen[c.abs]; ok {
			out[i].context = out[i].context && c.context
			return
		}
		seen[c.abs] = len(out)
		out = append(out, c)
	}
	for _, arg := range paths {
		abs, err := filepath.Abs(arg)
		if err != nil {
			return fileList{}, nil, err
		}
		info, err := os.Stat(abs)
		if err != nil {
			return fileList{}, nil, &PathError{Path: arg, Err: err}
		}
		real, err := filepath.EvalSymlinks(abs)
		if err != nil {
			return fileList{}, nil, &PathError{Path: arg, Err: err}
		}
		if !info.IsDir() {
			add(candidate{path: display(abs, cwd), abs: real, root: filepath.Dir(real)})
			if name := filepath.Base(abs); terraform.IsConfigFile(name) || terraform.IsVarsFile(name) {
				// A Terraform file is part of its directory's module:
				// evaluate it with its siblings and tfvars.
				for _, sib := range moduleSiblings(abs, real) {
					sib.path = display(sib.path, cwd)
					add(sib)
				}
			}
			continue
		}
		root := real
		exclude := exclude.sparing(abs)
		// Walk the real directory (WalkDir does not enter a root that is a
		// link) and report paths under the name given.
		err = filepath.WalkDir(real, func(p string, d fs.DirEntry, err error) error {
			p = filepath.Join(abs, mustRel(real, p))
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				diags = append(diags, parser.Diagnostic{
					Severity: parser.SevWarning, Summary: "cannot read directory",
					Detail: err.Error(), Range: parser.Range{File: display(p, cwd)},
				})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if d.IsDir() {
				if p != abs && (skipDirs[name] || exclude.Match(p, true)) {
					return fs.SkipDir
				}
				return nil
			}
			if exclude.Match(p, false) {
				return nil
			}
			if !Relevant(name) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				target, err := filepath.EvalSymlinks(p)
				if err != nil {
					diags = append(diags, parser.Diagnostic{Severity: parser.SevNote, Summary: "broken symbolic link skipped", Range: parser.Range{File: display(p, cwd)}})
					return nil
				}
				if !within(root, target) {
					diags = append(diags, parser.Diagnostic{Severity: parser.SevNote, Summary: "symbolic link out of the scanned tree not followed", Range: parser.Range{File: display(p, cwd)}})
					return nil
				}
				if ti, err := os.Stat(target); err != nil || !ti.Mode().IsRegular() {
					return nil
				}
				add(candidate{path: display(p, cwd), abs: target, root: root})
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			add(candidate{path: display(p, cwd), abs: filepath.Join(root, mustRel(abs, p)), root: root})
			return nil
		})
		if err != nil {
			return fileList{}, nil, err
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return compactFiles(out), diags, nil
}

// fileList is the walk's list of candidates as the scan keeps it to its
// end: every path in one string and the files' places in it, so that the
// collector marks two objects, not a slice of three strings a file and
// a string each (2.8 MB and 16,596 paths on the corpus copied four times,
// marked by every one of its collections; bench/README.md, perf29e).
type fileList struct {
	// text holds each file's absolute path (and its reported path, when
	// that is not the end of the absolute one).
	text string
	ents []fileEnt
	// roots are the distinct roots of the scans the files belong to.
	roots []string
}

// fileEnt is one file of a fileList: its paths as offsets into text, its
// root as an index into roots. Pointer-free.
type fileEnt struct {
	absStart, absEnd, pathStart, pathEnd int
	root                                 int
	context                              bool
}

// compactFiles makes the fileList of cs, in their order.
func compactFiles(cs []candidate) fileList {
	n := 0
	for _, c := range cs {
		n += len(c.abs)
		if !strings.HasSuffix(c.abs, c.path) {
			n += len(c.path)
		}
	}
	var b strings.Builder
	b.Grow(n)
	l := fileList{ents: make([]fileEnt, len(cs))}
	rootOf := map[string]int{}
	for i, c := range cs {
		e := fileEnt{absStart: b.Len(), context: c.context}
		b.WriteString(c.abs)
		e.absEnd = b.Len()
		if strings.HasSuffix(c.abs, c.path) {
			e.pathStart, e.pathEnd = e.absEnd-len(c.path), e.absEnd
		} else {
			e.pathStart = b.Len()
			b.WriteString(c.path)
			e.pathEnd = b.Len()
		}
		r, ok := rootOf[c.root]
		if !ok {
			r = len(l.roots)
			rootOf[c.root] = r
			l.roots = append(l.roots, c.root)
		}
		e.root = r
		l.ents[i] = e
	}
	l.text = b.String()
	l.roots = slices.Clip(l.roots)
	return l
}

// len is the number of files.
func (l fileList) len() int { return len(l.ents) }

// at is the i-th file, its strings cut from the list's text.
func (l fileList) at(i int) candidate {
	e := &l.ents[i]
	return candidate{path: l.text[e.pathStart:e.pathEnd], abs: l.text[e.absStart:e.absEnd], root: l.roots[e.root], context: e.context}
}

// path is the reported path of the i-th file.
func (l fileList) path(i int) string {
	e := &l.ents[i]
	return l.text[e.pathStart:e.pathEnd]
}

// context reports whether the i-th file is read only as the module of a
// named .tf file (candidate.context).
func (l fileList) context(i int) bool { return l.ents[i].context }

// moduleSiblings lists the other Terraform files of the directory of the
// named file abs (real without symbolic links) as context candidates;
// path holds the absolute path under the name given.
func moduleSiblings(abs, real string) []candidate {
	dir, realDir := filepath.Dir(abs), filepath.Dir(real)
	entries, err := os.ReadDir(realDir)
	if err != nil {
		return nil
	}
	var out []candidate
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || name == filepath.Base(real) || !(terraform.IsConfigFile(name) || terraform.IsVarsFile(name)) {
			continue
		}
		out = append(out, candidate{path: filepath.Join(dir, name), abs: filepath.Join(realDir, name), root: realDir, context: true})
	}
	return out
}

func mustRel(base, p string) string {
	r, err := filepath.Rel(base, p)
	if err != nil {
		return p
	}
	return r
}

// within reports whether p is root or below it.
func within(root, p string) bool {
	r, err := filepath.Rel(root, p)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) && !filepath.IsAbs(r)
}

// display is the path a file is reported under: relative to the working
// directory with forward slashes (climbing with ../ when it lies outside
// it), or absolute when no relative path exists.
func display(abs, cwd string) string {
	if cwd != "" {
		if r, err := filepath.Rel(cwd, abs); err == nil {
			return filepath.ToSlash(r)
		}
	}
	return filepath.ToSlash(abs)
}

// PathError is a path given on the command line that cannot be scanned.
type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return "cannot scan " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }
