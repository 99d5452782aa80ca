package terraform

import (
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// The file functions read files relative to the module directory (which
// is Terraform's working directory for a root module) and refuse any path
// that, once symbolic links are resolved, leaves the scanned tree: a
// refused call returns an unknown value and reports why.

// maxGlobEntries bounds the directory entries one fileset() visits.
const maxGlobEntries = 100000

// refusal is the error of a call the scope does not allow: the function
// returns an unknown value that says why (the refusal has been reported).
type refusal struct{ why string }

func (r refusal) Error() string { return r.why }

// refused tells whether err is a refusal, and why.
func refused(err error) (string, bool) {
	var r refusal
	if errors.As(err, &r) {
		return r.why, true
	}
	return "", false
}

// noScope refuses file access when the scope is zero.
var noScope = refusal{"file functions are evaluated only within a scanned directory"}

// roots returns the absolute, symlink-free module directory and tree root,
// or ok=false for a zero scope; worked out once per function set.
func (st *funcState) roots() (dir, root string, ok bool) {
	st.rootsOnce.Do(func() {
		st.dir, st.root, st.rootsOK = st.findRoots()
	})
	return st.dir, st.root, st.rootsOK
}

func (st *funcState) findRoots() (dir, root string, ok bool) {
	if st.fs.Dir == "" || st.fs.Root == "" {
		return "", "", false
	}
	dir, err := filepath.Abs(st.fs.Dir)
	if err != nil {
		return "", "", false
	}
	root, err = filepath.Abs(st.fs.Root)
	if err != nil {
		return "", "", false
	}
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	return dir, root, true
}

// maxLinksKept bounds the resolved paths a function set remembers.
const maxLinksKept = 1 << 14

// evalSymlinks is filepath.EvalSymlinks, remembered for the function set:
// a file function called for every instance of a resource, and the tests
// locate makes before resolve, resolve the same paths again, at a system
// call per component of the path.
func (st *funcState) evalSymlinks(p string) (string, error) {
	st.mu.Lock()
	r, ok := st.links[p]
	st.mu.Unlock()
	if ok {
		return r.real, r.err
	}
	r.real, r.err = filepath.EvalSymlinks(p)
	st.mu.Lock()
	if len(st.links) < maxLinksKept {
		if st.links == nil {
			st.links = map[string]resolvedLink{}
		}
		st.links[p] = r
	}
	st.mu.Unlock()
	return r.real, r.err
}

// resolvedLink is what filepath.EvalSymlinks returned for a path.
type resolvedLink struct {
	real string
	err  error
}

// within tells whether p is root or below it.
func within(p, root string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// resolve returns the real path of name as fn sees it. exists is false
// when nothing is there; a refusal when the path leaves the tree (or the
// scope is zero), in which case the refusal has been reported.
func (st *funcState) resolve(fn, name string) (real string, exists bool, err error) {
	return st.resolveFor(fmt.Sprintf("%s(%q)", fn, name), name)
}

// resolveFor is resolve with call describing the call in reports.
func (st *funcState) resolveFor(call, name string) (real string, exists bool, err error) {
	dir, root, ok := st.roots()
	if !ok {
		return "", false, noScope
	}
	if strings.HasPrefix(name, "~") {
		st.report("File function refers to the home directory",
			fmt.Sprintf("%s refers to a home directory, outside the scanned directory; its result is unknown.", call))
		return "", false, refusal{call + " refers to a home directory"}
	}
	p := st.locate(dir, root, name)
	real, err = st.evalSymlinks(p)
	if err == nil {
		exists = true
	} else {
		// Nothing there (or a file used as a directory): the path is
		// checked as written.
		real = filepath.Clean(p)
	}
	if !within(real, root) {
		st.report("File function refused",
			fmt.Sprintf("%s resolves to a path outside the scanned directory, which soc2lint does not read; its result is unknown.", call))
		return "", false, refusal{call + " reads outside the scanned directory"}
	}
	return real, exists, nil
}

// locate makes a relative name absolute. Terraform resolves it against
// its working directory, the root module's directory, which is dir. But
// the evaluator's path.module is the module directory as reported,
// relative to the linter's own working directory, so a name built from it
// ("${path.module}/x") exists relative to that directory instead: it is
// used when nothing exists relative to dir and it stays within root.
func (st *funcState) locate(dir, root, name string) string {
	if filepath.IsAbs(name) {
		return name
	}
	// Not filepath.Join: ".." after a symbolic link must be resolved the
	// way the operating system does, from the link's target.
	p := dir + string(filepath.Separator) + name
	if _, err := st.evalSymlinks(p); err == nil {
		return p
	}
	if cwd, err := os.Getwd(); err == nil {
		alt := cwd + string(filepath.Separator) + name
		if real, err := st.evalSymlinks(alt); err == nil && within(real, root) {
			return alt
		}
	}
	return p
}

// readFile reads a regular file allowed by the scope, through a cache so
// that a file read in a loop costs its size once.
func (st *funcState) readFile(fn, name string) ([]byte, error) {
	real, exists, err := st.resolve(fn, name)
	if err != nil {
		return nil, err
	}
	if !exists {
		return nil, fmt.Errorf("no file exists at %s; this function works only with files that are distributed as part of the configuration source code", name)
	}
	st.mu.Lock()
	b, cached := st.files[real]
	st.mu.Unlock()
	if cached {
		return b, nil
	}
	fi, err := os.Stat(real)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s is a directory, not a file", name)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", name)
	}
	limit := st.fs.MaxFileSize
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	if fi.Size() > limit {
		st.report("File too large for a file function",
			fmt.Sprintf("%s(%q): the file has %d bytes, more than the limit of %d; its result is unknown.", fn, name, fi.Size(), limit))
		return nil, refusal{fmt.Sprintf("%s(%q) reads a file larger than %d bytes", fn, name, limit)}
	}
	st.mu.Lock()
	over := st.read+fi.Size() > maxTotalRead
	if !over {
		st.read += fi.Size()
	}
	st.mu.Unlock()
	if over {
		st.report("Too much data read by file functions",
			fmt.Sprintf("%s(%q): the module's file functions have read more than %d bytes; the result is unknown.", fn, name, maxTotalRead))
		return nil, refusal{fmt.Sprintf("%s(%q): file functions read more than %d bytes", fn, name, maxTotalRead)}
	}
	f, err := os.Open(real)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err = io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, refusal{fmt.Sprintf("%s(%q) reads a file larger than %d bytes", fn, name, limit)}
	}
	st.mu.Lock()
	st.files[real] = b
	st.mu.Unlock()
	return b, nil
}

// fileFunc is a function of a file's contents.
func (st *funcState) fileFunc(name string, impl func(b []byte) (string, error)) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			b, err := st.readFile(name, args[0].AsString())
			if why, ok := refused(err); ok {
				return unknownWhy(cty.String, why), nil
			}
			if err != nil {
				return cty.UnknownVal(cty.String), err
			}
			s, err := impl(b)
			if err != nil {
				return cty.UnknownVal(cty.String), err
			}
			return cty.StringVal(s), nil
		},
	})
}

func fileFunctions(st *funcState) map[string]function.Function {
	hashOf := func(name string, h func() hash.Hash, enc func([]byte) string) function.Function {
		return st.fileFunc(name, func(b []byte) (string, error) { return digest(h, enc, b), nil })
	}
	return map[string]function.Function{
		"file": st.fileFunc("file", func(b []byte) (string, error) {
			if !utf8.Valid(b) {
				return "", errors.New("contents are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents")
			}
			return string(b), nil
		}),
		"filebase64":       st.fileFunc("filebase64", func(b []byte) (string, error) { return b64Enc(b), nil }),
		"filemd5":          hashOf("filemd5", md5New, hexEnc),
		"filesha1":         hashOf("filesha1", sha1New, hexEnc),
		"filesha256":       hashOf("filesha256", sha256New, hexEnc),
		"filesha512":       hashOf("filesha512", sha512New, hexEnc),
		"filebase64sha256": hashOf("filebase64sha256", sha256New, b64Enc),
		"filebase64sha512": hashOf("filebase64sha512", sha512New, b64Enc),
		"fileexists":       fileExistsFunc(st),
		"fileset":          fileSetFunc(st),
	}
}

func fileExistsFunc(st *funcState) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			name := args[0].AsString()
			real, exists, err := st.resolve("fileexists", name)
			if why, ok := refused(err); ok {
				return unknownWhy(cty.Bool, why), nil
			}
			if err != nil {
				return cty.UnknownVal(cty.Bool), err
			}
			if !exists {
				return cty.False, nil
			}
			fi, err := os.Stat(real)
			if err != nil {
				return cty.UnknownVal(cty.Bool), fmt.Errorf("failed to stat %s", name)
			}
			if fi.Mode().IsRegular() {
				return cty.True, nil
			}
			if fi.IsDir() {
				return cty.UnknownVal(cty.Bool), function.NewArgErrorf(0, "%q is a directory, not a file", name)
			}
			return cty.UnknownVal(cty.Bool), function.NewArgErrorf(0, "%q is not a regular file", name)
		},
	})
}

// fileSetFunc is fileset(path, pattern): the regular files under path
// matching pattern (with *, ?, [...], {a,b} and ** for any number of
// directories), relative to path, with forward slashes.
func fileSetFunc(st *funcState) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "path", Type: cty.String},
			{Name: "pattern", Type: cty.String},
		},
		Type: function.StaticReturnType(cty.Set(cty.String)),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			out, err := st.fileset(args[0].AsString(), args[1].AsString())
			if why, ok := refused(err); ok {
				return unknownWhy(retType, why), nil
			}
			if err != nil {
				return cty.UnknownVal(retType), err
			}
			if len(out) == 0 {
				return cty.SetValEmpty(cty.String), nil
			}
			vals := make([]cty.Value, len(out))
			for i, s := range out {
				vals[i] = cty.StringVal(s)
			}
			return cty.SetVal(vals), nil
		},
	})
}

func (st *funcState) fileset(base, pattern string) ([]string, error) {
	call := fmt.Sprintf("fileset(%q, %q)", base, pattern)
	dir, root, ok := st.roots()
	if !ok {
		return nil, noScope
	}
	if strings.HasPrefix(base, "~") {
		_, _, err := st.resolveFor(call, base)
		return nil, err
	}
	base = filepath.Clean(st.locate(dir, root, base))
	full := filepath.ToSlash(filepath.Join(base, pattern))
	// The static directory is the part of the pattern before the first
	// component with a glob character in it.
	comps := strings.Split(full, "/")
	n := 0
	for n < len(comps) && !strings.ContainsAny(comps[n], `*?[{\`) {
		n++
	}
	if n == len(comps) {
		n-- // no glob character: the last component is a file name
	}
	static := strings.Join(comps[:n], "/")
	if static == "" {
		static = "/"
	}
	rest := strings.Join(comps[n:], "/")
	real, exists, err := st.resolveFor(call, filepath.FromSlash(static))
	if err != nil || !exists {
		return nil, err
	}
	patterns, err := expandBraces(rest, 0)
	if err != nil {
		return nil, fmt.Errorf("failed to glob pattern (%s): %s", pattern, err)
	}
	deepest, unbounded := 0, false
	for _, p := range patterns {
		parts := strings.Split(p, "/")
		deepest = max(deepest, len(parts))
		for _, c := range parts {
			if c == "**" {
				unbounded = true
			}
			if _, err := path.Match(c, ""); err != nil {
				return nil, fmt.Errorf("failed to glob pattern (%s): syntax error in pattern", pattern)
			}
		}
	}
	var out []string
	visited := 0
	err = filepath.WalkDir(real, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable entries are skipped, as a glob does
		}
		if visited++; visited > maxGlobEntries {
			return refusal{fmt.Sprintf("%s visits more than %d directory entries", call, maxGlobEntries)}
		}
		if p == real {
			return nil
		}
		rel, _ := filepath.Rel(real, p)
		rel = filepath.ToSlash(rel)
		depth := strings.Count(rel, "/") + 1
		if d.IsDir() {
			if !unbounded && depth >= deepest {
				return fs.SkipDir
			}
			return nil
		}
		matched := false
		for _, pat := range patterns {
			if globMatch(strings.Split(pat, "/"), strings.Split(rel, "/")) {
				matched = true
				break
			}
		}
		if !matched {
			return nil
		}
		if fi, err := os.Stat(p); err != nil || !fi.Mode().IsRegular() {
			return nil
		}
		r, err := filepath.Rel(base, filepath.Join(filepath.FromSlash(static), filepath.FromSlash(rel)))
		if err != nil {
			return nil
		}
		out = append(out, filepath.ToSlash(r))
		return nil
	})
	if _, ok := refused(err); ok {
		st.report("fileset() visits too many files",
			fmt.Sprintf("%s would visit more than %d directory entries; its result is unknown.", call, maxGlobEntries))
	}
	return out, err
}

// expandBraces expands {a,b} alternatives into separate patterns.
func expandBraces(p string, depth int) ([]string, error) {
	if depth > 16 {
		return nil, errors.New("too many nested alternatives")
	}
	open := -1
	for i := 0; i < len(p); i++ {
		if p[i] == '\\' {
			i++
			continue
		}
		if p[i] == '{' {
			open = i
			break
		}
	}
	if open < 0 {
		return []string{p}, nil
	}
	level, start := 0, open+1
	var alts []string
	for i := open; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '{':
			level++
		case '/':
			return nil, errors.New("syntax error in pattern")
		case ',':
			if level == 1 {
				alts = append(alts, p[start:i])
				start = i + 1
			}
		case '}':
			level--
			if level == 0 {
				alts = append(alts, p[start:i])
				var out []string
				for _, a := range alts {
					more, err := expandBraces(p[:open]+a+p[i+1:], depth+1)
					if err != nil {
						return nil, err
					}
					out = append(out, more...)
					if len(out) > 1024 {
						return nil, errors.New("too many alternatives")
					}
				}
				return out, nil
			}
		}
	}
	return nil, errors.New("syntax error in pattern")
}

// globMatch matches path components against pattern components, where a
// "**" component matches any number of components.
func globMatch(pat, name []string) bool {
	memo := make(map[[2]int]bool)
	var match func(i, j int) bool
	match = func(i, j int) bool {
		key := [2]int{i, j}
		if v, ok := memo[key]; ok {
			return v
		}
		var r bool
		switch {
		case i == len(pat):
			r = j == len(name)
		case pat[i] == "**":
			r = match(i+1, j) || (j < len(name) && match(i, j+1))
		case j == len(name):
			r = false
		default:
			ok, err := path.Match(pat[i], name[j])
			r = err == nil && ok && match(i+1, j+1)
		}
		memo[key] = r
		return r
	}
	return match(0, 0)
}

// absPathFunc is abspath(path), relative to the module directory.
func absPathFunc(st *funcState) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			dir, _, ok := st.roots()
			if !ok {
				return unknownWhy(cty.String, noScope.why), nil
			}
			p := args[0].AsString()
			if !filepath.IsAbs(p) {
				p = filepath.Join(dir, p)
			}
			return cty.StringVal(filepath.ToSlash(filepath.Clean(p))), nil
		},
	})
}

var baseNameFunc = stringFunc("path", func(s string) (string, error) { return filepath.Base(s), nil })
var dirNameFunc = stringFunc("path", func(s string) (string, error) { return filepath.Dir(s), nil })

// pathExpandFunc is pathexpand(path): a path starting with ~ depends on
// the home directory, unknown here; any other path is returned as is.
var pathExpandFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "path", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		if strings.HasPrefix(args[0].AsString(), "~") {
			return unknownWhy(cty.String, "pathexpand() of a home directory"), nil
		}
		return args[0], nil
	},
})
