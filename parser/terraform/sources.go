package terraform

import (
	"bytes"
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"

	"github.com/soc2lint/soc2lint/parser/terraform/hclscan"
)

// ModuleSources returns the literal sources of the module calls in the
// top level of one configuration file (.tf or .tf.json), for finding
// which modules call which before the files are parsed: a scan evaluates
// each root module as soon as it knows that no other module calls it, and
// parses a module only when a root needs it.
//
// It reads only the top-level items of a native-syntax file that may be
// module blocks (those where the word "module" starts a line, not as
// module.NAME), cut by hclscan: the sources written as plain strings
// (source = "./net"), the way nearly every call is written, are read from
// the bytes; an item with another kind of source is parsed alone at its
// place in the file. A JSON file that mentions "module" is parsed whole. What it returns holds every
// source the parsed module would give (Project.LocalCalls), and may hold
// more: it reads a file with syntax errors, which the module leaves out,
// and the sources of override files, which may be replaced.
func ModuleSources(name string, src []byte) []string {
	if !bytes.Contains(src, moduleWord) {
		return nil
	}
	src = stripBOM(src)
	if strings.HasSuffix(name, ".json") {
		f, _ := hcljson.Parse(src, name)
		return sourcesOf(f, nil)
	}
	bounds, ok := hclscan.Boundaries(src)
	if !ok {
		return wholeSources(name, src)
	}
	var out []string
	for i, b := range bounds {
		end := len(src)
		if i+1 < len(bounds) {
			end = bounds[i+1].Byte
		}
		piece := src[b.Byte:end]
		if !mayHoldModuleBlock(piece) {
			continue
		}
		if more, ok := plainSources(piece, out); ok {
			out = more
			continue
		}
		f, diags := hclsyntax.ParseConfig(piece, name, hcl.Pos{Line: b.Line, Column: 1, Byte: b.Byte})
		if diags.HasErrors() {
			// The pieces of a file without syntax errors parse alone;
			// to be sure of what a file with errors says, read it whole.
			return wholeSources(name, src)
		}
		out = sourcesOf(f, out)
	}
	return out
}

var (
	moduleWord = []byte("module")
	sourceWord = []byte("source")
)

// plainSources appends to out the value of every "source = "..."" in
// src, at any depth (a nested one gives a source too many, never one
// too few), and reports whether each such argument is a plain string:
// quoted, without escapes or templates, and followed by nothing but the
// end of the line, a comment, a comma or a closing brace. When one is
// not, the item must be parsed.
func plainSources(src []byte, out []string) ([]string, bool) {
	for i := 0; ; {
		j := bytes.Index(src[i:], sourceWord)
		if j < 0 {
			return out, true
		}
		at, k := i+j, i+j+len(sourceWord)
		i = k
		if at > 0 && isNameByte(src[at-1]) {
			continue
		}
		k = skipBlanks(src, k)
		if k == len(src) || src[k] != '=' || k+1 < len(src) && src[k+1] == '=' {
			continue // not an argument named source
		}
		k = skipBlanks(src, k+1)
		if k == len(src) || src[k] != '"' {
			return out, false
		}
		end := k + 1
		for ; end < len(src) && src[end] != '"'; end++ {
			// HCL turns escapes and templates into other bytes, and
			// writes non-ASCII text in normal form C.
			if c := src[end]; c == '\\' || c == '\n' || c >= 0x80 || c == '{' && (src[end-1] == '$' || src[end-1] == '%') {
				return out, false
			}
		}
		if end == len(src) || !endsExpression(src, skipBlanks(src, end+1)) {
			return out, false
		}
		value := src[k+1 : end]
		out = append(out, string(value))
		i = end + 1
	}
}

// endsExpression reports whether what stands at src[i] ends an
// expression: the end of the line or of src, a comment, a comma or a
// closing brace.
func endsExpression(src []byte, i int) bool {
	if i == len(src) {
		return true
	}
	switch src[i] {
	case '\r', '\n', '#', ',', '}':
		return true
	case '/':
		return i+1 < len(src) && (src[i+1] == '/' || src[i+1] == '*')
	}
	return false
}

// skipBlanks returns the index of the first byte of src from i that is
// not a space or a tab.
func skipBlanks(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

// wholeSources is ModuleSources on the whole syntax tree of a
// native-syntax file.
func wholeSources(name string, src []byte) []string {
	f, _ := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	return sourcesOf(f, nil)
}

// sourcesOf appends to out the literal sources of the module blocks of f.
func sourcesOf(f *hcl.File, out []string) []string {
	if f == nil || f.Body == nil {
		return out
	}
	content, _, _ := f.Body.PartialContent(rootSchema)
	for _, b := range content.Blocks {
		if b.Type != "module" {
			continue
		}
		if src, ok := literalSource(b); ok {
			out = append(out, src)
		}
	}
	return out
}

// mayHoldModuleBlock reports whether the word "module" stands alone in
// src where a top-level block may start: at the start of a line, after
// blanks or a block comment (HCL starts every top-level item on a line of
// its own), not part of a longer name, and not followed by a dot
// (module.NAME refers to a call, it does not make one).
func mayHoldModuleBlock(src []byte) bool {
	for i := 0; ; {
		j := bytes.Index(src[i:], moduleWord)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(moduleWord)
		if (end == len(src) || !isNameByte(src[end]) && src[end] != '.') && startsItem(src, at) {
			return true
		}
		i = end
	}
}

// startsItem reports whether only blanks or the end of a block comment
// stand between the start of the line and src[at].
func startsItem(src []byte, at int) bool {
	k := at
	for k > 0 && (src[k-1] == ' ' || src[k-1] == '\t') {
		k--
	}
	return k == 0 || src[k-1] == '\n' || src[k-1] == '\r' || k >= 2 && src[k-2] == '*' && src[k-1] == '/'
}

func isNameByte(b byte) bool {
	return b == '_' || b == '-' || b == '.' || b >= '0' && b <= '9' || b|0x20 >= 'a' && b|0x20 <= 'z' || b >= 0x80
}

// LocalDirs returns the directories that the module in dir calls through
// the local ones among sources ("./net", "../shared"), other than itself,
// without duplicates, in the order of sources.
func LocalDirs(dir string, sources []string) []string {
	var out []string
	for _, src := range sources {
		if !isLocalSource(src) {
			continue
		}
		if child := path.Clean(path.Join(dir, src)); child != dir && !slices.Contains(out, child) {
			out = append(out, child)
		}
	}
	return out
}
