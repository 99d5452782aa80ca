// Package terraform reads Terraform modules (.tf and .tf.json files) into
// positioned resources, evaluating what can be known statically.
package terraform

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"

	"github.com/soc2lint/soc2lint/parser"
)

// File is one parsed Terraform file.
type File struct {
	Path string
	HCL  *hcl.File
}

// IsConfigFile reports whether name is a Terraform configuration file.
func IsConfigFile(name string) bool {
	return strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")
}

// IsVarsFile reports whether name is a tfvars file Terraform loads by itself.
func IsVarsFile(name string) bool {
	return name == "terraform.tfvars" || name == "terraform.tfvars.json" ||
		strings.HasSuffix(name, ".auto.tfvars") || strings.HasSuffix(name, ".auto.tfvars.json")
}

// ParseFile parses one .tf, .tf.json or .tfvars(.json) file. The syntax is
// chosen by the file name. A file with syntax errors still returns what
// could be parsed, together with error diagnostics.
func ParseFile(src parser.Source) (*File, parser.Diagnostics) {
	data := stripBOM(src.Bytes)
	var f *hcl.File
	var diags hcl.Diagnostics
	isJSON := strings.HasSuffix(src.Path, ".json")
	if isJSON {
		f, diags = hcljson.Parse(data, src.Path)
	} else {
		f, diags = hclsyntax.ParseConfig(data, src.Path, hcl.InitialPos)
	}
	ds := convertDiags(diags)
	// HCL's JSON parser can place an unterminated string one byte past
	// the end of the file: keep positions inside it.
	for i := range ds {
		clampRange(&ds[i].Range, data)
	}
	return &File{Path: src.Path, HCL: f}, ds
}

func clampRange(r *parser.Range, data []byte) {
	clamp := func(p *parser.Pos) {
		if p.Byte > len(data) {
			lines := strings.Count(string(data), "\n")
			last := strings.LastIndexByte(string(data), '\n')
			*p = parser.Pos{Line: lines + 1, Column: len(data) - last, Byte: len(data)}
		}
	}
	clamp(&r.Start)
	clamp(&r.End)
}

func stripBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		// Editors do not count the byte order mark as a column.
		return b[3:]
	}
	return b
}

func convertRange(r hcl.Range) parser.Range {
	return parser.Range{
		File:  r.Filename,
		Start: parser.Pos{Line: r.Start.Line, Column: r.Start.Column, Byte: r.Start.Byte},
		End:   parser.Pos{Line: r.End.Line, Column: r.End.Column, Byte: r.End.Byte},
	}
}

func convertDiags(ds hcl.Diagnostics) parser.Diagnostics {
	var out parser.Diagnostics
	for _, d := range ds {
		sev := parser.SevWarning
		if d.Severity == hcl.DiagError {
			sev = parser.SevError
		}
		pd := parser.Diagnostic{Severity: sev, Summary: d.Summary, Detail: d.Detail}
		if d.Subject != nil {
			pd.Range = convertRange(*d.Subject)
		}
		out = append(out, pd)
	}
	return out
}
