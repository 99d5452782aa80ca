package engine

import (
	"fmt"
	"sort"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/parser/terraform"
)

// undeclaredVars warns about --var and --var-file values that no scanned
// root module declares: Terraform refuses them, and a silently dropped
// value would make a finding disappear without a word. declared holds the
// variables the root modules declare, as "var.NAME".
func undeclaredVars(vars []terraform.VarSource, declared map[string]bool) parser.Diagnostics {
	if len(vars) == 0 {
		return nil
	}
	var diags parser.Diagnostics
	warn := func(name, flag string, rng parser.Range) {
		if declared["var."+name] {
			return
		}
		diags = append(diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: "value for an undeclared variable",
			Detail: fmt.Sprintf("%s sets %s, but no scanned root module declares variable %q: the value is not used", flag, name, name), Range: rng})
	}
	for _, vs := range vars {
		if vs.File == nil {
			warn(vs.Name, "--var "+vs.Name+"=...", parser.Range{File: "--var"})
			continue
		}
		if vs.File.HCL == nil {
			continue
		}
		attrs, _ := vs.File.HCL.Body.JustAttributes()
		names := make([]string, 0, len(attrs))
		for n := range attrs {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			r := attrs[n].NameRange
			warn(n, "--var-file "+vs.File.Path, parser.Range{File: vs.File.Path,
				Start: parser.MakePos(r.Start.Line, r.Start.Column, r.Start.Byte),
				End:   parser.MakePos(r.End.Line, r.End.Column, r.End.Byte)})
		}
	}
	return diags
}
