package standin

import (
	"strconv"
	"strings"
)

// version is a release version, major.minor.patch.
type version [3]int

func (v version) less(w version) bool {
	for i := range v {
		if v[i] != w[i] {
			return v[i] < w[i]
		}
	}
	return false
}

// constraint is one operator and version of a Terraform version
// constraint ("~> 5.0", ">= 4.2, < 6").
type constraint struct {
	op string
	v  version
	// parts is how many parts the version was written with, which "~>"
	// reads: "~> 5.1" admits 5.x from 5.1, "~> 5.1.2" only 5.1.x.
	parts int
}

type constraints []constraint

// parseConstraints reads a comma-separated version constraint. Versions
// with a pre-release or build suffix are not read (ok is false).
func parseConstraints(s string) (constraints, bool) {
	var out constraints
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		op := "="
		for _, o := range []string{"~>", ">=", "<=", "!=", ">", "<", "="} {
			if strings.HasPrefix(part, o) {
				op, part = o, strings.TrimSpace(part[len(o):])
				break
			}
		}
		part = strings.TrimPrefix(part, "v")
		fields := strings.Split(part, ".")
		if len(fields) == 0 || len(fields) > 3 {
			return nil, false
		}
		var v version
		for i, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil || n < 0 {
				return nil, false
			}
			v[i] = n
		}
		out = append(out, constraint{op: op, v: v, parts: len(fields)})
	}
	return out, len(out) > 0
}

// admits reports whether version v satisfies the constraint.
func (c constraint) admits(v version) bool {
	switch c.op {
	case "=":
		return v == c.v
	case "!=":
		return v != c.v
	case ">":
		return c.v.less(v)
	case ">=":
		return !v.less(c.v)
	case "<":
		return v.less(c.v)
	case "<=":
		return !c.v.less(v)
	case "~>":
		if v.less(c.v) {
			return false
		}
		// The last written part may grow; the ones before it are fixed
		// ("~> 5" is read as "~> 5.0").
		fixed := c.parts - 1
		if fixed < 1 {
			fixed = 1
		}
		for i := 0; i < fixed; i++ {
			if v[i] != c.v[i] {
				return false
			}
		}
		return true
	}
	return false
}

// admitsMajor reports whether some version of major version major
// satisfies every constraint. The versions a conjunction of these
// operators admits within a major version form intervals, each starting
// at the major's first version, at a constraint's version or just after
// one: testing those is enough.
func (cs constraints) admitsMajor(major int) bool {
	candidates := []version{{major, 0, 0}}
	for _, c := range cs {
		if c.v[0] == major {
			candidates = append(candidates, c.v, version{c.v[0], c.v[1], c.v[2] + 1})
		}
	}
	for _, v := range candidates {
		ok := true
		for _, c := range cs {
			if !c.admits(v) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// admitsOneOf reports whether every constraint admits one of the releases
// (major.minor.patch): true when there are none to choose from.
func (cs constraints) admitsOneOf(releases []string) bool {
	if len(releases) == 0 {
		return true
	}
	for _, r := range releases {
		rc, ok := parseConstraints(r)
		if !ok {
			continue
		}
		ok = true
		for _, c := range cs {
			if !c.admits(rc[0].v) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
