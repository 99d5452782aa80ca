package cloudformation

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/soc2lint/soc2lint/parser"
)

const fixtures = "../../testdata/cloudformation/parse"

func readFixture(t testing.TB, name string) parser.Source {
	t.Helper()
	path := filepath.Join(fixtures, name)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return parser.Source{Path: "testdata/" + name, Abs: path, Bytes: b}
}

func parseFixture(t testing.TB, name string) (*Template, parser.Diagnostics) {
	t.Helper()
	return Parse(readFixture(t, name))
}

// fileLines splits a file into lines the way positions count them: after a
// byte order mark, at \r\n, \r, \n, NEL, LS and PS.
var lineBreakRE = regexp.MustCompile("\r\n|\r|\n|\u0085|\u2028|\u2029")

func fileLines(b []byte) []string {
	s := strings.TrimPrefix(string(b), "\ufeff")
	return lineBreakRE.Split(s, -1)
}

// textAt returns the text of the file from a position to the end of its
// line, or an error when the position is not in the file.
func textAt(lines []string, p parser.Pos) (string, error) {
	if p.Line < 1 || int(p.Line) > len(lines) {
		return "", fmt.Errorf("line %d out of 1..%d", p.Line, len(lines))
	}
	line := lines[p.Line-1]
	n := utf8.RuneCountInString(line)
	if p.Column < 1 || int(p.Column) > n+1 {
		return "", fmt.Errorf("column %d out of 1..%d on line %d", p.Column, n+1, p.Line)
	}
	i := 0
	for c := 1; c < int(p.Column); c++ {
		_, w := utf8.DecodeRuneInString(line[i:])
		i += w
	}
	return line[i:], nil
}

// checkRange verifies that a range lies within the file and is ordered.
func checkRange(lines []string, size int, file string, r parser.Range) error {
	if r.File != file {
		return fmt.Errorf("range file %q, want %q", r.File, file)
	}
	for _, p := range []parser.Pos{r.Start, r.End} {
		if _, err := textAt(lines, p); err != nil {
			return err
		}
		if p.Byte < 0 || int(p.Byte) > size {
			return fmt.Errorf("byte %d out of 0..%d", p.Byte, size)
		}
	}
	if r.End.Byte < r.Start.Byte || r.End.Line < r.Start.Line {
		return fmt.Errorf("range %d:%d-%d:%d ends before it starts", r.Start.Line, r.Start.Column, r.End.Line, r.End.Column)
	}
	return nil
}

// walk visits v and everything below it, including the branches an
// undecided Fn::If keeps.
func walk(v *parser.Value, path, key string, fn func(path, key string, v *parser.Value)) {
	if v == nil {
		return
	}
	fn(path, key, v)
	keys := make([]string, 0, len(v.Attrs))
	for k := range v.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		walk(v.Attrs[k], path+"."+k, k, fn)
	}
	for i, el := range v.Elems {
		walk(el, fmt.Sprintf("%s[%d]", path, i), "", fn)
	}
}

// allValues returns every value of a template, as written and resolved.
func allValues(tm *Template) map[string]*parser.Value {
	out := map[string]*parser.Value{}
	for i, r := range tm.Resources {
		kind := "resolved "
		if isDerived(tm, r) {
			kind = "derived "
		}
		out[fmt.Sprintf("%s%s#%d", kind, r.Name, i)] = r.Body
	}
	for id, v := range tm.RawResources {
		out["raw "+id] = v
	}
	for n, p := range tm.Parameters {
		out["param "+n] = p.Raw
	}
	for n, v := range tm.Mappings {
		out["mapping "+n] = v
	}
	for n, v := range tm.Conditions {
		out["condition "+n] = v
	}
	for n, v := range tm.Outputs {
		out["output "+n] = v
	}
	for n, v := range tm.Rules {
		out["rule "+n] = v
	}
	return out
}

// isDerived reports whether r is not written as such in the template: a
// resource the SAM transform deploys, or one an implicit API needs.
func isDerived(tm *Template, r *parser.Resource) bool {
	raw := tm.RawResources[r.Name]
	if raw == nil {
		return true
	}
	typ, _ := raw.Get("Type").AsString()
	return typ != r.Type
}

// generatedKey reports whether source text holds a key that Fn::ForEach
// fills in.
func generatedKey(at string) bool {
	key, _, _ := strings.Cut(at, ":")
	return strings.Contains(key, "${") || strings.Contains(key, "&{")
}

// shortTag returns the short-form tag of a long-form intrinsic key.
func shortTag(key string) string {
	if key == "Ref" || key == "Condition" {
		return "!" + key
	}
	return "!" + strings.TrimPrefix(key, "Fn::")
}

// plainPrefix returns the start of s up to the first character that a
// quoted form might escape.
func plainPrefix(s string) string {
	for i, c := range s {
		if c == '\\' || c == '"' || c == '\'' || c == '/' || c < ' ' || c >= utf8.RuneSelf {
			return s[:i]
		}
	}
	return s
}

// startsWithLiteral reports whether source text at a position begins with
// the literal text lit, quoted or not.
func startsWithLiteral(at, lit string) bool {
	if strings.HasPrefix(at, lit) {
		return true
	}
	if at != "" && (at[0] == '"' || at[0] == '\'') {
		// A quoted scalar may go on over several lines.
		rest, p := at[1:], plainPrefix(lit)
		if strings.HasPrefix(rest, p) || (len(rest) < len(p) && strings.HasPrefix(p, strings.TrimRight(rest, " "))) {
			return true
		}
	}
	// A plain scalar folded over lines: its first line.
	if first, _, ok := strings.Cut(lit, " "); ok && strings.HasPrefix(at, first) {
		return true
	}
	return false
}

// checkValuePositions asserts that the source at every value's Range.Start
// and KeyRange.Start begins with the value's or key's literal text. For
// resolved values an expression may stand there instead (an intrinsic
// function, evaluated where it is used).
func checkValuePositions(t *testing.T, src parser.Source, tm *Template) {
	t.Helper()
	lines := fileLines(src.Bytes)
	for name, root := range allValues(tm) {
		resolved := strings.HasPrefix(name, "resolved ")
		derived := strings.HasPrefix(name, "derived ")
		walk(root, name, strings.Fields(name)[1], func(path, key string, v *parser.Value) {
			if err := checkRange(lines, len(src.Bytes), src.Path, v.Range); err != nil {
				t.Errorf("%s: %s: range: %v", src.Path, path, err)
				return
			}
			for _, s := range v.Via() {
				if s.Range.File != src.Path {
					continue // a value given from outside, such as a parameters file
				}
				if err := checkRange(lines, len(src.Bytes), src.Path, s.Range); err != nil {
					t.Errorf("%s: %s: via: %v", src.Path, path, err)
				}
			}
			at, _ := textAt(lines, v.Range.Start)
			if derived {
				// Made by the SAM transform: it stands at the SAM source
				// that produced it, which is some written text.
				if strings.TrimSpace(at) == "" && v.Kind != parser.Null && v.Kind != parser.Object {
					t.Errorf("%s: %s: derived %s value at %d:%d points at no text", src.Path, path, v.Kind, v.Range.Start.Line, v.Range.Start.Column)
				}
				if !v.KeyRange.IsZero() {
					if err := checkRange(lines, len(src.Bytes), src.Path, v.KeyRange); err != nil {
						t.Errorf("%s: %s: key range: %v", src.Path, path, err)
					}
				}
				return
			}
			if strings.HasPrefix(at, "&") { // an anchor
				_, at, _ = strings.Cut(at, " ")
			}
			expr := (resolved || len(v.Via()) > 0) && (len(v.Via()) > 0 || strings.HasPrefix(at, "!") || strings.HasPrefix(at, "{") ||
				strings.HasPrefix(strings.Trim(at, `"'`), "Ref") || strings.HasPrefix(strings.Trim(at, `"'`), "Fn::"))
			ok := expr
			switch v.Kind {
			case parser.String, parser.Number:
				ok = ok || startsWithLiteral(at, v.Str) || strings.HasPrefix(at, "|") || strings.HasPrefix(at, ">") || strings.HasPrefix(at, "!!")
			case parser.Bool:
				ok = ok || strings.HasPrefix(strings.ToLower(at), fmt.Sprint(v.Bool))
			case parser.Null:
				// An empty value: the end of the line or of a flow collection.
				ok = ok || strings.TrimSpace(at) == "" || strings.HasPrefix(at, "null") || strings.HasPrefix(at, "~") ||
					strings.HasPrefix(at, "#") || strings.HasPrefix(at, "}") || strings.HasPrefix(at, "]") || strings.HasPrefix(at, ",")
			case parser.Object:
				ok = ok || strings.HasPrefix(at, "{") || strings.HasPrefix(at, "!") || strings.HasPrefix(at, "<<")
				for k := range v.Attrs {
					ok = ok || startsWithLiteral(at, k)
				}
				if len(v.Attrs) == 0 && (v.KeyRange.IsZero() || strings.TrimSpace(at) == "") {
					ok = true // empty Properties: the resource's logical id, or nothing written
				}
			case parser.List:
				ok = ok || strings.HasPrefix(at, "[") || strings.HasPrefix(at, "-") || strings.HasPrefix(at, "!")
			case parser.Unknown:
				ok = ok || strings.HasPrefix(at, "!") || strings.HasPrefix(at, "{")
			}
			if !ok {
				t.Errorf("%s: %s: %s value %q at %d:%d, but the source there is %q", src.Path, path, v.Kind, v.Str, v.Range.Start.Line, v.Range.Start.Column, at)
			}
			if v.Kind == parser.String && !resolved && len(v.Via()) == 0 && v.Range.Start.Line == v.Range.End.Line && !strings.ContainsAny(v.Str, "\n\\\"'") {
				// A one-line scalar: the range covers exactly its text.
				line := lines[v.Range.Start.Line-1]
				got := string([]rune(line)[v.Range.Start.Column-1 : v.Range.End.Column-1])
				if got != v.Str && got != `"`+v.Str+`"` && got != "'"+v.Str+"'" && !strings.HasPrefix(got, "!") && !strings.HasPrefix(got, "|") && !strings.HasPrefix(got, ">") && utf8.ValidString(v.Str) && plainPrefix(v.Str) == v.Str {
					t.Errorf("%s: %s: range text %q, want %q", src.Path, path, got, v.Str)
				}
			}
			if v.KeyRange.IsZero() {
				return
			}
			if err := checkRange(lines, len(src.Bytes), src.Path, v.KeyRange); err != nil {
				t.Errorf("%s: %s: key range: %v", src.Path, path, err)
				return
			}
			kat, _ := textAt(lines, v.KeyRange.Start)
			if !startsWithLiteral(kat, key) && !strings.HasPrefix(kat, shortTag(key)) && !strings.HasPrefix(path, "resolved") && !generatedKey(kat) {
				t.Errorf("%s: %s: key %q at %d:%d, but the source there is %q", src.Path, path, key, v.KeyRange.Start.Line, v.KeyRange.Start.Column, kat)
			}
		})
	}
	for _, r := range tm.Resources {
		if err := checkRange(lines, len(src.Bytes), src.Path, r.Range); err != nil {
			t.Errorf("%s: resource %s: %v", src.Path, r.Name, err)
		}
		at, _ := textAt(lines, r.Range.Start)
		if isDerived(tm, r) {
			if strings.TrimSpace(at) == "" {
				t.Errorf("%s: derived resource %s at %d:%d points at no text", src.Path, r.Name, r.Range.Start.Line, r.Range.Start.Column)
			}
			continue
		}
		if !startsWithLiteral(at, r.Name) && !generatedKey(at) {
			t.Errorf("%s: resource %s at %d:%d, but the source there is %q", src.Path, r.Name, r.Range.Start.Line, r.Range.Start.Column, at)
		}
	}
}

// checkDiagPositions asserts that every diagnostic points into the file.
func checkDiagPositions(t testing.TB, src parser.Source, diags parser.Diagnostics) {
	t.Helper()
	lines := fileLines(src.Bytes)
	for _, d := range diags {
		if err := checkRange(lines, len(src.Bytes), src.Path, d.Range); err != nil {
			t.Errorf("%s: diagnostic %q: %v", src.Path, d.Error(), err)
		}
	}
}

// addFixtureSeeds adds every parse fixture to a fuzz target's seeds.
func addFixtureSeeds(f *testing.F) {
	entries, err := os.ReadDir(fixtures)
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(fixtures, e.Name()))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// templateFiles returns the YAML, JSON and .template files under root.
func templateFiles(t testing.TB, root string) []parser.Source {
	t.Helper()
	var srcs []parser.Source
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".yaml", ".yml", ".json", ".template":
		default:
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		srcs = append(srcs, parser.Source{Path: path, Bytes: b})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return srcs
}
