package engine

import (
	"maps"
	"os"
	"path"
	"path/filepath"
	"sort"
	"sync"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform"
)

// moduleLoader reads Terraform module directories that the walk did not
// scan (registry modules under .terraform/modules, local sources outside
// the given paths but inside the scanned tree). It refuses anything outside
// the scanned roots.
type moduleLoader struct {
	cwd   string
	roots []string
	// read reads and parses the module files.
	read fileReader

	mu sync.Mutex
	// files maps the reported path of each module file loaded to the path
	// it was read from; comments holds its ignore comments.
	files    map[string]string
	comments map[string]fileComments
	// resolved memoizes resolve: every root asks for its directory's
	// modules.json and file scope, and resolving a path costs a system
	// call per component.
	resolved map[string]resolvedPath
}

// resolvedPath is what resolve returned for a reported path.
type resolvedPath struct {
	real string
	ok   bool
}

// fileComments are the ignore comments of one file, and the problems with
// them.
type fileComments struct {
	comments []*Suppression
	diags    parser.Diagnostics
}

// loaded records a file read outside the walk: where to read it again
// for quoting, and its ignore comments.
func (l *moduleLoader) loaded(reported, abs string, r parsed) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.files == nil {
		l.files, l.comments = map[string]string{}, map[string]fileComments{}
	}
	l.files[reported] = abs
	l.comments[reported] = fileComments{r.comments, r.commentDiags}
}

// loadedComments returns the ignore comments of the loaded module files,
// in path order.
func (l *moduleLoader) loadedComments() fileComments {
	l.mu.Lock()
	defer l.mu.Unlock()
	names := make([]string, 0, len(l.comments))
	for p := range l.comments {
		names = append(names, p)
	}
	sort.Strings(names)
	var out fileComments
	for _, p := range names {
		out.comments = append(out.comments, l.comments[p].comments...)
		out.diags = append(out.diags, l.comments[p].diags...)
	}
	return out
}

// readable maps the reported paths of the loaded module files to the
// paths they are read from.
func (l *moduleLoader) readable() map[string]string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return maps.Clone(l.files)
}

// scanRoots returns the symlink-free absolute directories a scan covers.
func scanRoots(paths []string) []string {
	var roots []string
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			continue
		}
		real, err := filepath.EvalSymlinks(abs)
		if err != nil {
			continue
		}
		if info, err := os.Stat(real); err == nil && !info.IsDir() {
			real = filepath.Dir(real)
		}
		roots = append(roots, real)
	}
	return roots
}

// resolve maps a reported path to a real path inside the scanned tree,
// once per path and scan.
func (l *moduleLoader) resolve(reported string) (string, bool) {
	l.mu.Lock()
	r, ok := l.resolved[reported]
	l.mu.Unlock()
	if ok {
		return r.real, r.ok
	}
	r.real, r.ok = l.resolveOnce(reported)
	l.mu.Lock()
	if l.resolved == nil {
		l.resolved = map[string]resolvedPath{}
	}
	l.resolved[reported] = r
	l.mu.Unlock()
	return r.real, r.ok
}

func (l *moduleLoader) resolveOnce(reported string) (string, bool) {
	abs := filepath.FromSlash(reported)
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(l.cwd, abs)
	}
	// Most paths asked for (a root's .terraform/modules/modules.json) do
	// not exist: one stat says so, where resolving the links would look
	// at every component. A path that cannot be stat'ed cannot be
	// resolved either.
	if _, err := os.Stat(abs); err != nil {
		return "", false
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", false
	}
	for _, r := range l.roots {
		if within(r, real) {
			return real, true
		}
	}
	return "", false
}

func (l *moduleLoader) load(dir string) (*terraform.Module, parser.Diagnostics) {
	real, ok := l.resolve(dir)
	if !ok {
		if _, err := os.Stat(filepath.Join(l.cwd, filepath.FromSlash(dir))); err != nil && !filepath.IsAbs(dir) {
			return nil, nil
		}
		return nil, parser.Diagnostics{{
			Severity: parser.SevWarning, Summary: "module outside the scanned tree not read",
			Detail: dir + " is outside the scanned paths; scan a directory that contains it to include it",
			Range:  parser.Range{File: dir},
		}}
	}
	entries, err := os.ReadDir(real)
	if err != nil {
		return nil, parser.Diagnostics{{Severity: parser.SevWarning, Summary: "cannot read module directory", Detail: err.Error(), Range: parser.Range{File: dir}}}
	}
	m := &terraform.Module{Dir: dir}
	var diags parser.Diagnostics
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if e.Type().IsRegular() && terraform.IsConfigFile(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, name := range names {
		c := candidate{path: path.Join(dir, name), abs: filepath.Join(real, name), root: real}
		r := l.read.parseFile(c)
		diags = append(diags, r.diags...)
		if r.tf != nil {
			m.Files = append(m.Files, r.tf)
			l.loaded(c.path, c.abs, r)
		}
	}
	return m, diags
}

// manifestLimit bounds the size of modules.json read.
const manifestLimit = 4 << 20

func (l *moduleLoader) manifest(root string) []byte {
	real, ok := l.resolve(path.Join(root, ".terraform", "modules", "modules.json"))
	if !ok {
		return nil
	}
	info, err := os.Stat(real)
	if err != nil || !info.Mode().IsRegular() || info.Size() > manifestLimit {
		return nil
	}
	data, err := os.ReadFile(real)
	if err != nil {
		return nil
	}
	return data
}

// fileScope confines the Terraform file functions of a module directory
// to the scanned tree that holds it.
func (l *moduleLoader) fileScope(dir string) terraform.FileScope {
	real, ok := l.resolve(dir)
	if !ok {
		return terraform.FileScope{}
	}
	for _, r := range l.roots {
		if within(r, real) {
			return terraform.FileScope{Dir: real, Root: r, MaxFileSize: l.read.maxSize}
		}
	}
	return terraform.FileScope{}
}
