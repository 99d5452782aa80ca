package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// FingerprintVersion is the version of Fingerprint's input. SARIF's
// partialFingerprints key and baseline files carry it, so that a change
// of the input is a new key, never a silent mismatch.
const FingerprintVersion = 2

// AccountType is the resource type of the place an account-level finding
// (Pass.ReportMissing) is attached to: its root module or template.
const AccountType = "(account)"

// Fingerprint identifies a finding apart from its position and its words:
// a hash of the rule id, the file (for an account-level finding, its root
// module directory or template), the resource address without instance
// keys, and the path of the offending attribute. It never hashes the
// message, a value or the list of instances, so a finding keeps its
// identity when lines move, its message is reworded, a value changes or an
// instance is added. SARIF's partialFingerprints and baseline entries use
// it; file is the finding's path as the caller writes it.
func Fingerprint(f *Finding, file string) string {
	return hashParts(f.Rule.ID, identityFile(f, file), StableAddress(f), f.Attr)
}

// identityFile is file, except for account-level findings, which are
// identified by their root whatever file they are shown in.
func identityFile(f *Finding, file string) string {
	if f.Resource != nil && f.Resource.Type == AccountType {
		return "root:" + f.Resource.Root
	}
	return file
}

// StableAddress is the finding's resource address without instance keys:
// module.net["a"].aws_vpc.main[0] becomes module.net.aws_vpc.main.
func StableAddress(f *Finding) string {
	if f.Resource == nil {
		return ""
	}
	if f.Resource.Type == AccountType {
		return AccountType
	}
	return stripInstanceKeys(f.Resource.Address)
}

func hashParts(parts ...string) string {
	// Each part length-prefixed, so that no two different inputs hash
	// alike: "LEN:PART\n", hashed at once (written with fmt to the hash
	// a part at a time, it was most of a large scan's fingerprinting).
	n := 0
	for _, part := range parts {
		n += len(part) + 12
	}
	var small [256]byte
	b := small[:0]
	if n > len(small) {
		b = make([]byte, 0, n)
	}
	for _, part := range parts {
		b = strconv.AppendInt(b, int64(len(part)), 10)
		b = append(b, ':')
		b = append(b, part...)
		b = append(b, '\n')
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// stripInstanceKeys removes the [key] parts of a Terraform address,
// keeping brackets inside quoted keys from confusing it.
func stripInstanceKeys(addr string) string {
	if !strings.Contains(addr, "[") {
		return addr
	}
	var b strings.Builder
	depth := 0
	inQuote, escaped := false, false
	for _, c := range addr {
		switch {
		case inQuote:
			if escaped {
				escaped = false
			} else if c == '\\' {
				escaped = true
			} else if c == '"' {
				inQuote = false
			}
			continue
		case depth > 0 && c == '"':
			inQuote = true
			continue
		case c == '[':
			depth++
			continue
		case c == ']' && depth > 0:
			depth--
			continue
		}
		if depth == 0 {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// attrPath returns the path of v within body, such as
// "ingress[1].cidr_blocks": the value itself when body holds it, else the
// value written at the same place, else the innermost value whose range
// contains v's. It returns "" when v is nil or not inside body.
func attrPath(body, v *parser.Value) string {
	if body == nil || v == nil {
		return ""
	}
	if p, ok := findPath(body, "", func(x *parser.Value) bool { return x == v }); ok {
		return p
	}
	if v.Range.IsZero() {
		return ""
	}
	if p, ok := findPath(body, "", func(x *parser.Value) bool { return x.Range == v.Range }); ok {
		return p
	}
	best, bestLen := "", -1
	walkPaths(body, "", func(p string, x *parser.Value) {
		r := x.Range
		if p == "" || r.File != v.Range.File || r.Start.Byte > v.Range.Start.Byte || r.End.Byte < v.Range.End.Byte {
			return
		}
		if size := int(r.End.Byte - r.Start.Byte); bestLen < 0 || size < bestLen || size == bestLen && len(p) > len(best) {
			best, bestLen = p, size
		}
	})
	return best
}

// findPath returns the path of the first value under v (v excluded) for
// which match is true, in walkPaths's order (from prefix). It stops at
// that value and makes its path only then: walking the whole body with
// every value's path made, for each finding reported, was about 4% of
// the CPU of a scan of a large file (Pass.Report).
func findPath(v *parser.Value, prefix string, match func(*parser.Value) bool) (string, bool) {
	f := pathFinder{match: match, path: append([]byte(nil), prefix...)}
	if !f.find(v, 0) {
		return "", false
	}
	return string(f.path), true
}

// pathFinder is findPath's walk: the path of the value visited, in a
// buffer, and the keys of the objects on the way, sorted, on one stack.
type pathFinder struct {
	match func(*parser.Value) bool
	path  []byte
	keys  []string
}

// find reports whether v or a value under it matches (v only when its
// path is not empty, as findPath skips the value at ""), leaving the
// path of the first in f.path.
func (f *pathFinder) find(v *parser.Value, depth int) bool {
	if v == nil || depth > 64 {
		return false
	}
	if len(f.path) > 0 && f.match(v) {
		return true
	}
	n := len(f.path)
	switch v.Kind {
	case parser.Object:
		from := len(f.keys)
		for k := range v.Attrs {
			f.keys = append(f.keys, k)
		}
		slices.Sort(f.keys[from:])
		for i := from; i < len(f.keys); i++ {
			k := f.keys[i]
			if n > 0 {
				f.path = append(f.path, '.')
			}
			f.path = append(f.path, k...)
			if f.find(v.Attrs[k], depth+1) {
				return true
			}
			f.path = f.path[:n]
		}
		clear(f.keys[from:])
		f.keys = f.keys[:from]
	case parser.List:
		for i, e := range v.Elems {
			f.path = append(f.path, '[')
			f.path = strconv.AppendInt(f.path, int64(i), 10)
			f.path = append(f.path, ']')
			if f.find(e, depth+1) {
				return true
			}
			f.path = f.path[:n]
		}
	}
	return false
}

// walkPaths calls fn for v and every value under it with its path, object
// keys in sorted order.
func walkPaths(v *parser.Value, p string, fn func(string, *parser.Value)) {
	walkDepth(v, p, fn, 0)
}

func walkDepth(v *parser.Value, p string, fn func(string, *parser.Value), depth int) {
	if v == nil || depth > 64 {
		return
	}
	fn(p, v)
	switch v.Kind {
	case parser.Object:
		keys := make([]string, 0, len(v.Attrs))
		for k := range v.Attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			next := k
			if p != "" {
				next = p + "." + k
			}
			walkDepth(v.Attrs[k], next, fn, depth+1)
		}
	case parser.List:
		for i, e := range v.Elems {
			walkDepth(e, p+"["+strconv.Itoa(i)+"]", fn, depth+1)
		}
	}
}
