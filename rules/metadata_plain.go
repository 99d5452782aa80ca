package rules

import (
	"bytes"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// plainMetadata reads a metadata file written in the plain form every
// rule's file uses, without yaml.v3, whose parse of the ~200 files was
// most of soc2lint's start-up (about 45 ms of CPU of every run, and of
// the pre-commit path's few files): a rule id at the start of a line and
// a colon, then its fields indented by two spaces, each a plain or
// single-quoted scalar on its line, a folded block (>-) of lines of one
// indentation, a flow list of plain words ([DATA-1, LOG-2]) or a block
// list of plain scalars indented by four. It returns ok false for
// anything else (comment lines, tabs, blank or more-indented lines inside
// a block, a double-quoted value, an unknown or repeated field, a value
// that YAML would read as null, a boolean, a number or a mapping, and so
// on), and readMetadata then reads the file with yaml.v3 as before. TestPlainMetadataAsYAML checks that
// every file it reads gives yaml.v3's entries.
func plainMetadata(data []byte) (map[string]ruleMetadata, bool) {
	if bytes.ContainsAny(data, "\t\r") {
		return nil, false
	}
	lines := strings.Split(string(data), "\n")
	out := map[string]ruleMetadata{}
	var id string
	var m *ruleMetadata
	var seen map[string]bool
	flush := func() bool {
		if m != nil {
			if len(seen) == 0 {
				return false // null, as YAML reads it: left to yaml.v3
			}
			out[id] = *m
		}
		return true
	}
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		switch ind := indentOf(line); {
		case strings.TrimSpace(line) == "":
			continue
		case ind == 0:
			name, ok := strings.CutSuffix(line, ":")
			if !ok || !isRuleID(name) {
				return nil, false
			}
			if _, dup := out[name]; dup || name == id && m != nil {
				return nil, false
			}
			if !flush() {
				return nil, false
			}
			id, m, seen = name, &ruleMetadata{}, map[string]bool{}
		case ind == 2 && m != nil:
			key, value, ok := strings.Cut(line[2:], ":")
			if !ok || seen[key] || !isWord(key) {
				return nil, false
			}
			seen[key] = true
			if value != "" && value[0] != ' ' {
				return nil, false
			}
			value = strings.TrimPrefix(value, " ")
			var text string
			var list []string
			isList := key == "checklist" || key == "links" || key == "formats"
			switch {
			case value == ">-":
				var n int
				text, n, ok = foldedBlock(lines[i+1:])
				i += n
			case value == "" && isList:
				var n int
				list, n, ok = blockList(lines[i+1:])
				i += n
			case strings.HasPrefix(value, "["):
				list, ok = flowList(value)
			case strings.HasPrefix(value, "'"):
				text, ok = singleQuoted(value)
			default:
				text, ok = value, isPlain(value)
			}
			if !ok || isList != (list != nil) {
				return nil, false
			}
			// A scalar continued on the next line, more indented, is
			// one YAML folds: left to yaml.v3.
			if i+1 < len(lines) && indentOf(lines[i+1]) > 2 && strings.TrimSpace(lines[i+1]) != "" {
				return nil, false
			}
			switch key {
			case "title":
				m.Title = text
			case "severity":
				m.Severity = text
			case "precision":
				m.Precision = text
			case "description":
				m.Description = text
			case "fix":
				m.Fix = text
			case "why":
				m.FormatsWhy = text
			case "checklist":
				m.Checklist = list
			case "links":
				m.Links = list
			case "formats":
				for _, f := range list {
					m.Formats = append(m.Formats, parser.Format(f))
				}
			default:
				return nil, false
			}
		default:
			return nil, false
		}
	}
	if !flush() || len(out) == 0 {
		return nil, false
	}
	return out, true
}

// foldedBlock reads the lines of a folded block scalar with strip
// chomping (>-): lines of one indentation, more than two spaces, none
// blank, none ending in a space, joined by spaces. It returns the text
// and the lines it took.
func foldedBlock(lines []string) (string, int, bool) {
	var b strings.Builder
	ind, n := 0, 0
	for ; n < len(lines); n++ {
		line := lines[n]
		if strings.TrimSpace(line) == "" {
			// A blank line ends the block only if no line of the block
			// follows it (strip chomping drops trailing blank lines).
			for _, next := range lines[n+1:] {
				if strings.TrimSpace(next) != "" {
					if indentOf(next) > 2 {
						return "", 0, false
					}
					break
				}
			}
			break
		}
		i := indentOf(line)
		if i <= 2 {
			break
		}
		if ind == 0 {
			ind = i
		} else if i != ind {
			return "", 0, false
		}
		if strings.HasSuffix(line, " ") {
			return "", 0, false
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(line[ind:])
	}
	if n == 0 {
		return "", 0, false
	}
	return b.String(), n, true
}

// blockList reads the items of a block list indented by four spaces
// ("    - item"), each a plain scalar. It returns the items and the lines
// it took.
func blockList(lines []string) ([]string, int, bool) {
	var out []string
	n := 0
	for ; n < len(lines); n++ {
		line := lines[n]
		if indentOf(line) <= 2 {
			break
		}
		item, ok := strings.CutPrefix(line, "    - ")
		if !ok || !isPlain(item) {
			return nil, 0, false
		}
		out = append(out, item)
	}
	if len(out) == 0 {
		return nil, 0, false
	}
	return out, n, true
}

// flowList reads a flow list of words on one line: [A-1, B-2].
func flowList(value string) ([]string, bool) {
	inner, ok := strings.CutSuffix(strings.TrimPrefix(value, "["), "]")
	if !ok || strings.TrimSpace(inner) == "" {
		return nil, false
	}
	var out []string
	for item := range strings.SplitSeq(inner, ",") {
		item = strings.TrimLeft(item, " ")
		if !isWord(item) {
			return nil, false
		}
		out = append(out, item)
	}
	return out, true
}

// singleQuoted reads a single-quoted scalar that ends on its line, where
// two quotes in a row stand for one.
func singleQuoted(value string) (string, bool) {
	if len(value) < 2 || !strings.HasSuffix(value, "'") {
		return "", false
	}
	inner := value[1 : len(value)-1]
	if strings.Count(inner, "'")%2 != 0 || strings.Count(inner, "'") != 2*strings.Count(inner, "''") {
		return "", false
	}
	return strings.ReplaceAll(inner, "''", "'"), true
}

// isPlain reports whether s is read by YAML as the plain string s, on one
// line in a block mapping or list: it starts with a letter or digit, has
// no ": " or " #" inside, ends in neither a colon nor a space, and is no
// null, boolean or number YAML might take it for.
func isPlain(s string) bool {
	if s == "" || !isAlnum(s[0]) || strings.HasSuffix(s, ":") || strings.HasSuffix(s, " ") ||
		strings.Contains(s, ": ") || strings.Contains(s, " #") {
		return false
	}
	switch strings.ToLower(s) {
	case "null", "true", "false", "yes", "no", "on", "off", "y", "n":
		return false
	}
	return !(s[0] >= '0' && s[0] <= '9' && strings.Trim(s, "0123456789.eE+-_xobXOB") == "")
}

// isWord reports whether s is a word of letters, digits, '.', '_', '/'
// and '-', starting with a letter: a field name or a flow list's item.
func isWord(s string) bool {
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) && !strings.ContainsRune("._/-", rune(s[i])) {
			return false
		}
	}
	switch strings.ToLower(s) {
	case "null", "true", "false", "yes", "no", "on", "off", "y", "n":
		return false
	}
	return true
}

// isRuleID reports whether s looks like a rule id: upper-case letters, a
// dash and digits.
func isRuleID(s string) bool {
	pre, num, ok := strings.Cut(s, "-")
	if !ok || pre == "" || num == "" {
		return false
	}
	for i := 0; i < len(pre); i++ {
		if pre[i] < 'A' || pre[i] > 'Z' {
			return false
		}
	}
	for i := 0; i < len(num); i++ {
		if num[i] < '0' || num[i] > '9' {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// indentOf counts the spaces a line starts with.
func indentOf(line string) int {
	return len(line) - len(strings.TrimLeft(line, " "))
}
