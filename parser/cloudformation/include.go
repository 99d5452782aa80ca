package cloudformation

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// IncludeScope lets the AWS::Include transform read its snippet when the
// Location is a local path: Dir is the template's directory on disk and
// Root the scanned tree the snippet must stay within (symbolic links are
// resolved first). The zero scope reads nothing: includes stay unresolved.
type IncludeScope struct {
	Dir, Root string
	// MaxFileSize bounds one snippet; 0 means 10 MiB.
	MaxFileSize int64
}

// Limits of AWS::Include expansion.
const (
	maxIncludeDepth = 8  // snippets that include snippets
	maxIncludes     = 64 // snippets read for one template
)

// includer splices AWS::Include snippets into the template as written,
// before anything is evaluated, so that rules see the resources and
// properties they hold, with positions in the snippet file.
type includer struct {
	scope IncludeScope
	root  string // Root with symbolic links resolved
	diags *parser.Diagnostics
	count int
	nest  int // snippets being expanded
}

func (inc *includer) note(rng parser.Range, summary, detail string) {
	*inc.diags = append(*inc.diags, parser.Diagnostic{Severity: parser.SevNote, Summary: summary, Detail: detail, Range: rng})
}

func (inc *includer) warn(rng parser.Range, summary, detail string) {
	*inc.diags = append(*inc.diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: summary, Detail: detail, Range: rng})
}

// expand returns v with every Fn::Transform of AWS::Include whose
// Location is a readable local file replaced by the snippet: a value that
// is only the transform becomes the snippet; a mapping that holds the
// transform beside other keys (a Resources section, a Properties mapping)
// gets the snippet's entries, its own entries winning. dir is the
// reported directory and diskDir the directory on disk of the file v comes
// from. v is not changed.
func (inc *includer) expand(v *parser.Value, dir, diskDir string, depth int) *parser.Value {
	if v == nil || depth > 4*maxDepth {
		return v
	}
	switch v.Kind {
	case parser.List:
		var out *parser.Value
		for i, el := range v.Elems {
			if n := inc.expand(el, dir, diskDir, depth+1); n != el {
				if out == nil {
					c := *v
					c.Elems = append([]*parser.Value(nil), v.Elems...)
					out = &c
				}
				out.Elems[i] = n
			}
		}
		if out != nil {
			return out
		}
		return v
	case parser.Object:
	default:
		return v
	}
	arg, isTransform := v.Attrs["Fn::Transform"]
	if isTransform {
		if snippet, sdir, sdisk, ok := inc.read(arg, dir, diskDir); ok {
			inc.nest++
			snippet = inc.expand(snippet, sdir, sdisk, depth+1)
			inc.nest--
			if len(v.Attrs) == 1 {
				snippet.KeyRange = v.KeyRange
				return snippet
			}
			if snippet.Kind != parser.Object {
				inc.warn(arg.Range, "invalid AWS::Include", "the snippet included beside other keys must be a mapping; it is not used")
			} else {
				out := (&parser.Value{Kind: parser.Object, Attrs: make(map[string]*parser.Value, len(v.Attrs)+len(snippet.Attrs)), Range: v.Range, KeyRange: v.KeyRange}).SetExtra(parser.Extra{Via: v.Via()})
				for k, a := range snippet.Attrs {
					out.Attrs[k] = a
				}
				for _, k := range sourceOrder(v.Attrs) {
					if k != "Fn::Transform" {
						out.Attrs[k] = inc.expand(v.Attrs[k], dir, diskDir, depth+1)
					}
				}
				return out
			}
		}
	}
	var out *parser.Value
	for _, k := range sourceOrder(v.Attrs) {
		a := v.Attrs[k]
		if n := inc.expand(a, dir, diskDir, depth+1); n != a {
			if out == nil {
				c := *v
				c.Attrs = make(map[string]*parser.Value, len(v.Attrs))
				for k2, a2 := range v.Attrs {
					c.Attrs[k2] = a2
				}
				out = &c
			}
			out.Attrs[k] = n
		}
	}
	if out != nil {
		return out
	}
	return v
}

// mayHold reports whether a file whose text is b may hold a key or tag
// containing word: only if b holds word as written, or an escape that
// could spell it otherwise: % in YAML tags and %TAG directives, and a
// backslash in a JSON or YAML string that could stand for a letter
// (letterEscape).
func mayHold(b []byte, word string) bool {
	return bytes.Contains(b, []byte(word)) || bytes.IndexByte(b, '%') >= 0 || letterEscape(b)
}

// letterEscape reports whether b holds a backslash followed by anything
// but the escapes that stand for no letter: JSON's \" \\ \/ \b \f \n \r
// \t and YAML's besides (\0 \a \v \e, \ and tab, \N \_ \L \P, which are
// U+0085, U+00A0, U+2028 and U+2029), and the code points in hex (\u, \x,
// YAML's \U) that are not ASCII letters. What is left can spell a
// letter: a hex escape of one, YAML's escaped line break, which joins the
// two lines of a double-quoted string without a space, and anything
// malformed. A backslash
// outside a string (a plain scalar's, a comment's) is taken as an escape
// too, and so is the second of an escaped backslash: either only costs
// the walk the text test saves (the generated templates and most real
// ones escape only line breaks and quotes, in user data and policies).
func letterEscape(b []byte) bool {
	for {
		i := bytes.IndexByte(b, '\\')
		if i < 0 || i+1 >= len(b) {
			return false
		}
		switch b[i+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't', '0', 'a', 'v', 'e', ' ', '\t', 'N', '_', 'L', 'P':
		case 'u', 'x', 'U':
			// A code point in hex (JSON's \u, YAML's \x, \u and \U)
			// spells a letter of a key only when it is an ASCII letter:
			// encoding/json writes <, > and & as \u003c, \u003e and
			// \u0026, which spell none. Anything else (not hex, cut
			// short) is taken as an escape that could.
			n := 4
			switch b[i+1] {
			case 'x':
				n = 2
			case 'U':
				n = 8
			}
			if i+2+n > len(b) {
				return true
			}
			r := 0
			for _, c := range b[i+2 : i+2+n] {
				d := hexDigit(c)
				if d < 0 {
					return true
				}
				r = r<<4 | d
			}
			if l := r | 0x20; 'a' <= l && l <= 'z' {
				return true
			}
		default:
			return true
		}
		b = b[i+1:]
	}
}

// hexDigit returns the value of the hexadecimal digit c, or -1.
func hexDigit(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// holdsKey reports whether v or a value in it, down to the depth expand
// goes, has an attribute named key.
func holdsKey(v *parser.Value, key string, depth int) bool {
	if v == nil || depth > 4*maxDepth {
		return false
	}
	if _, ok := v.Attrs[key]; ok {
		return true
	}
	for _, a := range v.Attrs {
		if holdsKey(a, key, depth+1) {
			return true
		}
	}
	for _, el := range v.Elems {
		if holdsKey(el, key, depth+1) {
			return true
		}
	}
	return false
}

// read reads the snippet an AWS::Include transform names, when it can:
// a literal Location that is a file in the scanned tree. Anything else is
// left as written (the evaluator reports it as a transform not read), with
// a note saying why when the Location is a remote or outside file.
func (inc *includer) read(arg *parser.Value, dir, diskDir string) (snippet *parser.Value, sdir, sdisk string, ok bool) {
	if name, _ := literal(arg.Get("Name")); name != "AWS::Include" {
		return nil, "", "", false
	}
	locV := arg.Path("Parameters", "Location")
	loc, isLit := literal(locV)
	at := arg.Range
	if locV != nil {
		at = locV.Range
	}
	switch {
	case !isLit || loc == "":
		return nil, "", "", false
	case strings.Contains(loc, "://"):
		inc.note(at, "include not read", "AWS::Include of "+loc+" is not read: only snippets that are files in the scanned tree are; what it adds is not checked")
		return nil, "", "", false
	case inc.scope.Dir == "" || inc.root == "":
		return nil, "", "", false
	case inc.nest >= maxIncludeDepth:
		inc.warn(at, "includes nest too deeply", fmt.Sprintf("AWS::Include of %s is more than %d snippets deep; it is not read", loc, maxIncludeDepth))
		return nil, "", "", false
	}
	inc.count++
	if inc.count > maxIncludes {
		if inc.count == maxIncludes+1 {
			inc.warn(at, "too many includes", fmt.Sprintf("the template includes more than %d snippets; the rest are not read", maxIncludes))
		}
		return nil, "", "", false
	}
	slash := filepath.ToSlash(loc)
	disk := filepath.FromSlash(slash)
	if !filepath.IsAbs(disk) {
		// Not filepath.Join: ".." after a symbolic link is resolved the
		// way the operating system does, from the link's target.
		disk = diskDir + string(filepath.Separator) + disk
	}
	real, err := filepath.EvalSymlinks(disk)
	if err != nil {
		inc.warn(at, "include not found", "AWS::Include of "+loc+": no such file")
		return nil, "", "", false
	}
	if !within(real, inc.root) {
		inc.warn(at, "include outside the scanned tree not read", "AWS::Include of "+loc+" names a file outside the scanned tree, which soc2lint does not read")
		return nil, "", "", false
	}
	info, err := os.Stat(real)
	if err != nil || !info.Mode().IsRegular() {
		inc.warn(at, "include not read", "AWS::Include of "+loc+" is not a regular file")
		return nil, "", "", false
	}
	limit := inc.scope.MaxFileSize
	if limit <= 0 {
		limit = 10 << 20
	}
	if info.Size() > limit {
		inc.warn(at, "include not read", fmt.Sprintf("AWS::Include of %s: the file has %d bytes, more than the limit of %d", loc, info.Size(), limit))
		return nil, "", "", false
	}
	data, err := os.ReadFile(real)
	if err != nil {
		inc.warn(at, "include not read", "AWS::Include of "+loc+": "+err.Error())
		return nil, "", "", false
	}
	reported := slash
	if !path.IsAbs(slash) {
		reported = path.Join(dir, slash)
	}
	n, ok := parseSnippet(parser.Source{Path: reported, Abs: real, Bytes: data}, inc.diags)
	if !ok {
		return nil, "", "", false
	}
	v := n
	return v, path.Dir(reported), filepath.Dir(real), true
}

// parseSnippet reads an included YAML or JSON document into Values as
// written whose positions are in that file. Problems are diagnostics.
func parseSnippet(src parser.Source, diags *parser.Diagnostics) (*parser.Value, bool) {
	t := newText(src)
	if looksLikeJSON(t.b) {
		root, fatal := readJSON(t, diags)
		if fatal == nil {
			return root, root != nil
		}
		if _, err := yamlDocs(src.Bytes); err != nil {
			*diags = append(*diags, *fatal)
			return nil, false
		}
	}
	docs, err := yamlDocs(src.Bytes)
	if err != nil {
		*diags = append(*diags, yamlError(t, err, "invalid YAML in included snippet"))
		return nil, false
	}
	if len(docs) == 0 {
		return nil, false
	}
	r := newYAMLReader(t)
	root := r.conv(docs[0], 0, -1)
	*diags = append(*diags, r.diags...)
	if r.fatal != nil {
		*diags = append(*diags, *r.fatal)
		return nil, false
	}
	return root, root != nil
}

// within tells whether p is root or below it.
func within(p, root string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// newIncluder prepares the scope of a template's includes, or returns nil
// when the scope is zero or its root cannot be resolved.
func newIncluder(scope IncludeScope, diags *parser.Diagnostics) *includer {
	if scope.Dir == "" || scope.Root == "" {
		return nil
	}
	root, err := filepath.Abs(scope.Root)
	if err != nil {
		return nil
	}
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	dir, err := filepath.Abs(scope.Dir)
	if err != nil {
		return nil
	}
	scope.Dir = dir
	return &includer{scope: scope, root: root, diags: diags}
}
