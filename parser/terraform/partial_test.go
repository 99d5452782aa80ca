package terraform

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"encoding/json"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"

	"github.com/soc2lint/soc2lint/parser"
)

// partialCases are expressions over var.u (a string) and var.ul (a list
// of strings), both without a value, with the known parts we keep. The
// differential test checks every one against Terraform with values given.
var partialCases = []struct {
	expr  string
	parts []string
}{
	{`format("arn:%s:iam::aws:policy/AdministratorAccess", var.u)`, []string{"arn:", ":iam::aws:policy/AdministratorAccess"}},
	{`join(":", ["arn", var.u, "iam::aws:policy/AdministratorAccess"])`, []string{"arn:", ":iam::aws:policy/AdministratorAccess"}},
	{`"/subscriptions/${var.u}"`, []string{"/subscriptions/", ""}},
	{`format("/subscriptions/%s", var.u)`, []string{"/subscriptions/", ""}},
	{`format("%05d-%s-%q-%[1]d/%[2]v|%[4]t|%.2f|%x|%%", 42, var.u, "x", true, 3.14159, 255)`, []string{"00042-", `-"x"-42/`, "|true|3.14|ff|%"}},
	{`format("%5s:%d", var.u, 1)`, []string{"", ":1"}},
	{`join("/", ["a", var.u], ["b", "c"])`, []string{"a/", "/b/c"}},
	{`join("-", ["a"], var.ul, ["b"])`, []string{"a", "b"}},
	{`join("-", var.ul, ["b"])`, []string{"", "b"}},
	{`join(",", [1, true, var.u])`, []string{"1,true,", ""}},
	{`"${format("%s-%s", var.u, "x")}:${join(",", ["y", var.u])}"`, []string{"", "-x:y,", ""}},
	{`format("arn:%s:%s", var.u, format("iam::%s:policy/%s", "aws", "X"))`, []string{"arn:", ":iam::aws:policy/X"}},
	{`(format("p-%s", var.u))`, []string{"p-", ""}},
	{`format("%s%s", "arn:", local.partial)`, []string{"arn:aws-", ":x"}},
	{`join("", ["arn:", local.partial])`, []string{"arn:aws-", ":x"}},
}

// partialVars declares the unknowns of partialCases and a partly known
// local.
const partialVars = `
variable "u" { type = string }
variable "ul" { type = list(string) }
locals {
  partial = "aws-${var.u}:x"
}
`

// evalPartial evaluates each expression of exprs as an attribute e<i> of
// one resource and returns its body.
func evalPartial(t *testing.T, exprs []string) *parser.Value {
	t.Helper()
	var src strings.Builder
	src.WriteString(partialVars)
	src.WriteString("resource \"r\" \"a\" {\n")
	for i, e := range exprs {
		fmt.Fprintf(&src, "  e%d = %s\n", i, e)
	}
	src.WriteString("}\n")
	f, diags := ParseFile(parser.Source{Path: "m/main.tf", Bytes: []byte(src.String())})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	rs, _ := (&Module{Dir: "m", Files: []*File{f}}).Resources(Options{})
	for _, r := range rs {
		if r.Address == "r.a" {
			return r.Body
		}
	}
	t.Fatal("no r.a")
	return nil
}

func TestPartlyKnownCalls(t *testing.T) {
	exprs := make([]string, len(partialCases))
	for i, c := range partialCases {
		exprs[i] = c.expr
	}
	body := evalPartial(t, exprs)
	for i, c := range partialCases {
		v := body.Get(fmt.Sprintf("e%d", i))
		if v.IsKnown() {
			t.Errorf("%s: known %q, want unknown", c.expr, v.Str)
			continue
		}
		if got := v.KnownParts(); !reflect.DeepEqual(got, c.parts) {
			t.Errorf("%s: parts %q, want %q", c.expr, got, c.parts)
		}
	}
}

// TestPartlyKnownNothing: calls whose known text is nothing, or that
// Terraform refuses, keep no parts.
func TestPartlyKnownNothing(t *testing.T) {
	exprs := []string{
		`format(var.u, "a")`,         // unknown format string
		`format("%s-%s", var.u)`,     // too few arguments
		`format("%z", var.u)`,        // no such verb
		`join(var.u, ["a", "b"])`,    // unknown separator
		`join(",", var.ul)`,          // nothing known
		`upper("a-${var.u}")`,        // not a call we read
		`format("%s", var.u)`,        // only the unknown
		`join(",", ["a", "b"], "c")`, // not a list
		`format("a%s", var.u, "x")`,  // too many arguments
	}
	body := evalPartial(t, exprs)
	for i, e := range exprs {
		v := body.Get(fmt.Sprintf("e%d", i))
		if v.IsKnown() || v.KnownParts() != nil {
			t.Errorf("%s: %+v, want unknown without parts", e, v)
		}
	}
}

// TestConcatUnknownList: concat() with a list of unknown length keeps the
// known elements, the unknown list standing as one Rest element; such a
// list passed on is unknown (its length is not known).
func TestConcatUnknownList(t *testing.T) {
	body := evalPartial(t, []string{
		`concat(["0.0.0.0/0"], var.ul)`,
		`concat(var.ul, ["10.0.0.0/8", "0.0.0.0/0"], [])`,
		`length(concat(["a"], var.ul))`,
		`concat(["a"], "b")`,
		`concat(["a"], ["b"])`,
	})
	elems := func(v *parser.Value) []string {
		if v.Kind != parser.List {
			return []string{"not a list"}
		}
		var out []string
		for _, e := range v.Elems {
			switch {
			case e.Rest() && !e.IsKnown():
				out = append(out, "…")
			case e.IsKnown():
				out = append(out, e.Str)
			default:
				out = append(out, "?")
			}
		}
		return out
	}
	if got := elems(body.Get("e0")); !reflect.DeepEqual(got, []string{"0.0.0.0/0", "…"}) {
		t.Errorf("e0 = %q", got)
	}
	if got := elems(body.Get("e1")); !reflect.DeepEqual(got, []string{"…", "10.0.0.0/8", "0.0.0.0/0"}) {
		t.Errorf("e1 = %q", got)
	}
	if v := body.Get("e2"); v.IsKnown() {
		t.Errorf("length of a list with an unknown part = %+v, want unknown", v)
	}
	if v := body.Get("e3"); v.IsKnown() {
		t.Errorf("concat of a string = %+v, want unknown", v)
	}
	if got := elems(body.Get("e4")); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("e4 = %q", got)
	}
	if got := fromValue(body.Get("e0")); got.IsKnown() {
		t.Errorf("fromValue of a list with a Rest element = %#v, want unknown", got)
	}
}

// partsPattern is a regular expression that matches exactly the strings
// the known parts allow.
func partsPattern(parts []string) *regexp.Regexp {
	q := make([]string, len(parts))
	for i, p := range parts {
		q[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile(`(?s)\A` + strings.Join(q, ".*") + `\z`)
}

// TestPartsAgainstTerraform proves the known parts right: for several
// values of var.u and var.ul, Terraform's result of each expression
// matches the parts we keep when the values are unknown.
func TestPartsAgainstTerraform(t *testing.T) {
	tf, err := exec.LookPath("terraform")
	if err != nil {
		t.Skip("terraform is not installed")
	}
	if testing.Short() {
		t.Skip("runs terraform")
	}
	values := []struct{ u, ul string }{
		{`"aws-us-gov"`, `["x", "y"]`},
		{`""`, `[]`},
		{`"a:b%s-"`, `["", "z"]`},
	}
	var cfg strings.Builder
	for j, v := range values {
		fmt.Fprintf(&cfg, "locals {\n  u%d = %s\n  ul%d = %s\n  partial%d = \"aws-${local.u%d}:x\"\n}\n", j, v.u, j, v.ul, j, j)
		for i, c := range partialCases {
			e := strings.NewReplacer("var.ul", fmt.Sprintf("local.ul%d", j), "var.u", fmt.Sprintf("local.u%d", j),
				"local.partial", fmt.Sprintf("local.partial%d", j)).Replace(c.expr)
			fmt.Fprintf(&cfg, "output \"e%d_%d\" {\n  value = %s\n}\n", i, j, e)
		}
	}
	outs := runTerraform(t, tf, t.TempDir(), cfg.String())
	for i, c := range partialCases {
		re := partsPattern(c.parts)
		for j := range values {
			out, ok := outs[fmt.Sprintf("e%d_%d", i, j)]
			if !ok {
				t.Errorf("%s: terraform planned no output %d", c.expr, j)
				continue
			}
			var s string
			if err := json.Unmarshal(out.Value, &s); err != nil {
				t.Errorf("%s: terraform gave %s", c.expr, out.Value)
				continue
			}
			if !re.MatchString(s) {
				t.Errorf("%s with values %d: terraform gave %q, which our parts %q do not allow", c.expr, j, s, c.parts)
			}
		}
	}
}

// TestConcatArgumentsEvaluatedOnce: converting a known list made by
// concat() whose elements are unknown evaluates the call's arguments once
// more in all (to look for a list of unknown length), not once more per
// unknown element. tick() counts the evaluations of the for expression's
// body: n for the call itself, n for the conversion.
func TestConcatArgumentsEvaluatedOnce(t *testing.T) {
	const n = 40
	for _, src := range []string{
		`concat([for i in range(n) : tick(i) == 0 ? u : u], ["a"])`,
		`{ k = concat([for i in range(n) : tick(i) == 0 ? u : u]) }`,
		`[concat([for i in range(n) : tick(i) == 0 ? u : u], [u])]`,
	} {
		t.Run(src, func(t *testing.T) {
			expr, diags := hclsyntax.ParseExpression([]byte(src), "e.tf", hcl.InitialPos)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			ticks := 0
			ctx := &hcl.EvalContext{
				Variables: map[string]cty.Value{"n": cty.NumberIntVal(n), "u": cty.UnknownVal(cty.String)},
				Functions: map[string]function.Function{
					"concat": stdlib.ConcatFunc,
					"range":  stdlib.RangeFunc,
					"tick": function.New(&function.Spec{
						Params: []function.Parameter{{Name: "i", Type: cty.Number}},
						Type:   function.StaticReturnType(cty.Number),
						Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
							ticks++
							return cty.NumberIntVal(0), nil
						},
					}),
				},
			}
			val, diags := expr.Value(ctx)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			v := toValueRef(val, expr, ctx, 0, nil, nil)
			if v.Kind != parser.List && v.Kind != parser.Object {
				t.Fatalf("converted to %+v, want a list or object", v)
			}
			if ticks > 2*n {
				t.Errorf("%d evaluations of the body, want at most %d", ticks, 2*n)
			}
		})
	}
}

// TestTemplateFileParts: templatefile() whose variables are partly
// unknown keeps the template's text and its known interpolations around a
// gap for each unknown one, as a heredoc with the same interpolations
// does: a bucket policy kept in a .tpl file ("Resource": "${arn}/*")
// stays readable when the bucket's ARN is not known. A missing variable,
// an unknown path or a template that is all one unknown keeps nothing.
func TestTemplateFileParts(t *testing.T) {
	root, mod := fixtureDir(t)
	tpl := "{\"Resource\": \"${arn}/*\", \"Sid\": \"${sid}\", \"N\": ${n}}\n"
	if err := os.WriteFile(filepath.Join(mod, "p.tpl"), []byte(tpl), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mod, "one.tpl"), []byte("${arn}"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := &hcl.EvalContext{
		Functions: functions(FileScope{Dir: mod, Root: root}),
		Variables: map[string]cty.Value{
			"var": cty.ObjectVal(map[string]cty.Value{"u": cty.UnknownVal(cty.String), "p": cty.UnknownVal(cty.String)}),
		},
	}
	cases := []struct {
		expr  string
		parts []string
	}{
		{`templatefile("p.tpl", {arn = var.u, sid = "S1", n = 2})`, []string{`{"Resource": "`, `/*", "Sid": "S1", "N": 2}` + "\n"}},
		{`templatefile("p.tpl", {arn = "arn:aws:s3:::b", sid = var.u, n = 2})`, []string{`{"Resource": "arn:aws:s3:::b/*", "Sid": "`, `", "N": 2}` + "\n"}},
		{`templatefile("p.tpl", {arn = var.u, sid = "S1"})`, nil}, // n missing: Terraform refuses it
		{`templatefile(var.p, {arn = var.u, sid = "S1", n = 2})`, nil},
		{`templatefile("one.tpl", {arn = var.u})`, nil},
		{`templatefile("nonesuch.tpl", {arn = var.u})`, nil},
	}
	for _, c := range cases {
		expr, diags := hclsyntax.ParseExpression([]byte(c.expr), "t.tf", hcl.Pos{Line: 1, Column: 1})
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		if v, _ := expr.Value(ctx); v.IsWhollyKnown() {
			t.Errorf("%s: known %#v", c.expr, v)
		}
		if got := templateParts(expr, ctx, nil); !reflect.DeepEqual(got, c.parts) {
			t.Errorf("%s: parts %q, want %q", c.expr, got, c.parts)
		}
	}
}
