package cloudformation

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parser"
)

func dumpV(v *parser.Value, ind string) string {
	if v == nil {
		return ind + "<nil>\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s %q %d:%d-%d:%d key=%d:%d-%d:%d", ind, v.Kind, v.Str, v.Range.Start.Line, v.Range.Start.Column, v.Range.End.Line, v.Range.End.Column, v.KeyRange.Start.Line, v.KeyRange.Start.Column, v.KeyRange.End.Line, v.KeyRange.End.Column)
	if v.Kind == parser.Bool {
		fmt.Fprintf(&b, " %v", v.Bool)
	}
	if v.Why != "" {
		fmt.Fprintf(&b, " why=%q", v.Why)
	}
	if len(v.Refs) > 0 {
		fmt.Fprintf(&b, " refs=%v", v.Refs)
	}
	for _, s := range v.Via {
		fmt.Fprintf(&b, " via(%s %s)", s.Range, s.Note)
	}
	b.WriteString("\n")
	keys := make([]string, 0)
	for k := range v.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b.WriteString(ind + "  ." + k + "\n")
		b.WriteString(dumpV(v.Attrs[k], ind+"    "))
	}
	for _, e := range v.Elems {
		b.WriteString(dumpV(e, ind+"  - "))
	}
	return b.String()
}

func TestDbg(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	tm, ds := Parse(parser.Source{Path: f, Bytes: b})
	for _, d := range ds {
		fmt.Println("DIAG", d.Severity, d.Error())
	}
	if tm == nil {
		fmt.Println("nil template")
		return
	}
	for _, r := range tm.Resources {
		fmt.Printf("RES %s %s %v deps=%v\n", r.Name, r.Type, r.Range, r.DependsOn)
		fmt.Print(dumpV(r.Body, "  "))
	}
	fmt.Println("conds", tm.conds, tm.ResourceConditions)
}
