package engine

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// Exclude is a set of path patterns that the walk does not read. Patterns
// use forward slashes and are relative to Base:
//
//   - a pattern without a slash ("*.generated.tf", "fixtures") matches the
//     name of a file or directory at any depth;
//   - a pattern with a slash ("legacy/**", "modules/*/test") matches the
//     path from Base, where * matches within one path element and **
//     matches any number of elements;
//   - a trailing slash ("build/") matches directories only.
//
// A directory that matches is not descended into. Paths given explicitly
// on the command line are always read.
type Exclude struct {
	// Base is the absolute directory the patterns are relative to.
	Base     string
	Patterns []string
}

// ValidatePattern reports a pattern that path.Match cannot use.
func ValidatePattern(p string) error {
	if strings.TrimSpace(p) == "" {
		return fmt.Errorf("empty pattern")
	}
	for _, el := range strings.Split(strings.TrimSuffix(p, "/"), "/") {
		if el == "**" {
			continue
		}
		if _, err := path.Match(el, ""); err != nil {
			return fmt.Errorf("bad pattern %q: %v", p, err)
		}
	}
	return nil
}

// Match reports whether the file or directory at abs is excluded.
func (e *Exclude) Match(abs string, isDir bool) bool {
	if e == nil || len(e.Patterns) == 0 {
		return false
	}
	rel, err := filepath.Rel(e.Base, abs)
	if err != nil {
		return false
	}
	rel = filepath.ToSlash(rel)
	if rel == "." || rel == ".." || strings.HasPrefix(rel, "../") {
		return false
	}
	parts := strings.Split(rel, "/")
	for _, p := range e.Patterns {
		dirOnly := strings.HasSuffix(p, "/")
		p = strings.TrimSuffix(p, "/")
		if dirOnly && !isDir {
			continue
		}
		if !strings.Contains(p, "/") {
			if ok, _ := path.Match(p, parts[len(parts)-1]); ok {
				return true
			}
			continue
		}
		if matchElems(strings.Split(strings.TrimPrefix(p, "/"), "/"), parts) {
			return true
		}
	}
	return false
}

// matchElems matches path elements against pattern elements, where "**"
// stands for any number of elements.
func matchElems(pat, parts []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			// Collapse repeated ** and try every split.
			for len(pat) > 0 && pat[0] == "**" {
				pat = pat[1:]
			}
			if len(pat) == 0 {
				return true
			}
			for i := range parts {
				if matchElems(pat, parts[i:]) {
					return true
				}
			}
			return false
		}
		if len(parts) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], parts[0]); !ok {
			return false
		}
		pat, parts = pat[1:], parts[1:]
	}
	return len(parts) == 0
}

// sparing returns the exclusion to apply below the directory abs that the
// user named: without the patterns that match abs itself or a directory
// it is in, since a named path is always scanned ("legacy/**" must not
// empty "soc2lint lint legacy/"). Patterns that only match deeper down
// still apply.
func (e *Exclude) sparing(abs string) *Exclude {
	if e == nil || len(e.Patterns) == 0 {
		return e
	}
	var kept []string
	for _, p := range e.Patterns {
		one := &Exclude{Base: e.Base, Patterns: []string{p}}
		hit := false
		for d := abs; ; d = filepath.Dir(d) {
			if one.Match(d, true) {
				hit = true
				break
			}
			if filepath.Dir(d) == d {
				break
			}
		}
		if !hit {
			kept = append(kept, p)
		}
	}
	return &Exclude{Base: e.Base, Patterns: kept}
}
