package terraform

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// reports collects the diagnostics of a FileScope.
type reports struct {
	mu   sync.Mutex
	msgs []string
}

func (r *reports) add(summary, detail string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, summary+": "+detail)
}

func (r *reports) all() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.msgs, "\n")
}

// scopeCtx is an evaluation context whose file functions are confined to
// root, with dir the module directory.
func scopeCtx(dir, root string, rep *reports, vars map[string]cty.Value) *hcl.EvalContext {
	fs := FileScope{Dir: dir, Root: root}
	if rep != nil {
		fs.Report = rep.add
	}
	if vars == nil {
		vars = map[string]cty.Value{}
	}
	return &hcl.EvalContext{Functions: functions(fs), Variables: vars}
}

// mustEval evaluates src, failing on errors.
func mustEval(t *testing.T, ctx *hcl.EvalContext, src string) cty.Value {
	t.Helper()
	v, diags := evalOurs(ctx, src)
	if diags.HasErrors() {
		t.Fatalf("%s: %v", src, diags)
	}
	return v
}

// wantUnknown evaluates src and requires an unknown result (an error is
// acceptable when allowErr is set). The time limit only catches a runaway
// evaluation (minutes, gigabytes): the caps are checked by the unknown
// result, and speed by benchmarks, so a loaded machine does not fail it.
func wantUnknown(t *testing.T, ctx *hcl.EvalContext, src string, allowErr bool) {
	t.Helper()
	start := time.Now()
	v, diags := evalOurs(ctx, src)
	if d := time.Since(start); d > 2*time.Minute {
		t.Errorf("%s took %s", src, d)
	} else if d > time.Second {
		t.Logf("%s took %s", src, d)
	}
	if diags.HasErrors() {
		if !allowErr {
			t.Errorf("%s: unexpected error %v", src, diags)
		}
		return
	}
	if v.IsWhollyKnown() {
		s := v.GoString()
		if len(s) > 200 {
			s = s[:200] + "..."
		}
		t.Errorf("%s: want unknown, got %s", src, s)
	}
}

// TestBuiltinCoverage checks that every built-in function of Terraform
// 1.11 is either implemented or deliberately left unknown, and that the
// map holds nothing else.
func TestBuiltinCoverage(t *testing.T) {
	funcs := functions(FileScope{})
	known := map[string]bool{}
	for _, n := range builtinNames {
		known[n] = true
		_, implemented := funcs[n]
		_, deliberate := unknownBuiltins[n]
		if implemented == deliberate {
			t.Errorf("%s: implemented=%v, deliberately unknown=%v", n, implemented, deliberate)
		}
	}
	var extra []string
	for n := range funcs {
		if !known[n] && n != templatePartsFunc {
			extra = append(extra, n)
		}
	}
	sort.Strings(extra)
	if len(extra) > 0 {
		t.Errorf("functions not in Terraform 1.11's list: %v", extra)
	}
}

// TestOutsideWorldFunctions checks that the functions depending on the
// time, randomness, the home directory or secrets give unknown values of
// the right type, not errors.
func TestOutsideWorldFunctions(t *testing.T) {
	ctx := scopeCtx("", "", nil, nil)
	for src, ty := range map[string]cty.Type{
		`timestamp()`:               cty.String,
		`plantimestamp()`:           cty.String,
		`uuid()`:                    cty.String,
		`bcrypt("secret")`:          cty.String,
		`bcrypt("secret", 12)`:      cty.String,
		`rsadecrypt("abc", "key")`:  cty.String,
		`pathexpand("~/.ssh/id")`:   cty.String,
		`type(1)`:                   cty.DynamicPseudoType,
		`file("x")`:                 cty.String, // zero FileScope
		`fileexists("x")`:           cty.Bool,
		`fileset(".", "*")`:         cty.Set(cty.String),
		`abspath(".")`:              cty.String,
		`templatefile("x.tpl", {})`: cty.DynamicPseudoType,
		`filemd5("x")`:              cty.String,
		`nosuchfunction(1)`:         cty.DynamicPseudoType,
		`provider::aws::arn_parse("arn:aws:s3:::b")`: cty.DynamicPseudoType,
		`list(1)`: cty.DynamicPseudoType,
	} {
		v, diags := evalOurs(ctx, src)
		if v.IsKnown() {
			t.Errorf("%s: want unknown, got %#v", src, v)
			continue
		}
		unknownFunction := strings.HasPrefix(src, "nosuch") || strings.HasPrefix(src, "provider::") || strings.HasPrefix(src, "list(")
		if why := reasonOf(v.Marks()); why == "" && !unknownFunction {
			t.Errorf("%s: the unknown value does not say why", src)
		}
		v, _ = v.Unmark()
		if !v.Type().Equals(ty) {
			t.Errorf("%s: type %s, want %s", src, v.Type().FriendlyName(), ty.FriendlyName())
		}
		if diags.HasErrors() != unknownFunction {
			t.Errorf("%s: diagnostics %v", src, diags)
		}
	}
	if v := mustEval(t, ctx, `pathexpand("a/b")`); v.AsString() != "a/b" {
		t.Errorf("pathexpand: %#v", v)
	}
	if v := mustEval(t, ctx, `issensitive(sensitive("x"))`); v.True() {
		t.Errorf("issensitive: %#v", v)
	}
}

// TestAmplifierCaps checks that inputs built to allocate without bound
// give unknown values quickly.
func TestAmplifierCaps(t *testing.T) {
	big := strings.Repeat("x", 1<<20)
	ctx := scopeCtx("", "", nil, map[string]cty.Value{
		"big":   cty.StringVal(big),
		"lines": cty.StringVal(strings.Repeat("a\n", 1<<19)),
		"list":  cty.ListVal([]cty.Value{cty.StringVal(big), cty.StringVal(big)}),
		"many":  manyStrings(50000),
		"mid":   cty.StringVal(big[:300000]),
		"csv":   cty.StringVal(strings.Repeat(strings.Repeat("a,", 1000)+"a\n", 1000)),
	})
	for _, src := range []string{
		`range(1e9)`, `range(0, 1e9, 1)`, `range(1025)`, `range(-1e9)`,
		`setproduct(range(1000), range(1000), range(1000))`,
		`setproduct(range(1024), range(1024))`,
		`format("%999999999s", "x")`, `format("%.99999999f", 1)`, `format("%[1]s%[1]s%[1]s%[1]s%[1]s%[1]s%[1]s%[1]s%[1]s%[1]s%[1]s", big)`,
		`formatlist("%s", [for i in range(1000) : big])`, `formatlist("%9999s", range(1024))`,
		`indent(1000000, lines)`, `indent(-1, "a\nb")`,
		`join(big, range(1000))`, `join("", [for i in range(1000) : big])`,
		`replace(big, "x", big)`, `replace(big, "", "yyyyyyyyyyyy")`, `replace(big, "/x/", "` + strings.Repeat("$0", 40) + `")`,
		`replace(big, "/(x+)/", "$1$1$1$1$1$1$1$1$1$1$1")`,
		`split("", join("", [for i in range(2) : big]))`, `regexall("x", mid)`,
		`parseint(join("", [for i in range(5000) : "1"]), 10)`,
		`csvdecode(csv)`,
		`jsondecode(join("", [for i in range(5) : big]))`,
	} {
		wantUnknown(t, ctx, src, true)
	}
	// Quadratic algorithms are avoided on long lists.
	many := `many`
	for src, want := range map[string]int64{
		`length(distinct(` + many + `))`:                                         50000,
		`length(distinct(concat(` + many + `, ` + many + `)))`:                   50000,
		`length(matchkeys(` + many + `, ` + many + `, ` + many + `))`:            50000,
		`length(distinct([for i in range(1000) : { a = i % 10, b = [i % 2] }]))`: 10,
	} {
		start := time.Now()
		if v := mustEval(t, ctx, src); !v.RawEquals(cty.NumberIntVal(want)) {
			t.Errorf("%s = %#v, want %d", src, v, want)
		}
		if d := time.Since(start); d > 2*time.Minute {
			t.Errorf("%s took %s: a quadratic algorithm on a long list", src, d)
		}
	}
	// Large but bounded results are computed.
	if v := mustEval(t, ctx, `length(range(1024))`); !v.RawEquals(cty.NumberIntVal(1024)) {
		t.Errorf("range(1024): %#v", v)
	}
	if v := mustEval(t, ctx, `length(setproduct(range(100), range(100)))`); !v.RawEquals(cty.NumberIntVal(10000)) {
		t.Errorf("setproduct: %#v", v)
	}
	if v := mustEval(t, ctx, `length(replace(big, "x", "yy"))`); !v.RawEquals(cty.NumberIntVal(2 << 20)) {
		t.Errorf("replace: %#v", v)
	}
}

// manyStrings is a list of n distinct strings.
func manyStrings(n int) cty.Value {
	vals := make([]cty.Value, n)
	for i := range vals {
		vals[i] = cty.StringVal(strconv.Itoa(i))
	}
	return cty.ListVal(vals)
}

// TestYAMLAliasBomb checks that a "billion laughs" document is refused
// before the YAML decoder expands it.
func TestYAMLAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 10; i++ {
		b.WriteString("a" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [")
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*a" + string(rune('0'+i-1)))
		}
		b.WriteString("]\n")
	}
	ctx := scopeCtx("", "", nil, map[string]cty.Value{"doc": cty.StringVal(b.String())})
	wantUnknown(t, ctx, `yamldecode(doc)`, true)
	for _, deep := range []string{strings.Repeat("[", 100000), strings.Repeat("{a: ", 100000), strings.Repeat("- ", 100000) + "x"} {
		c := scopeCtx("", "", nil, map[string]cty.Value{"doc": cty.StringVal(deep)})
		wantUnknown(t, c, `yamldecode(doc)`, true)
		wantUnknown(t, c, `jsondecode(doc)`, true)
	}
	if v := mustEval(t, ctx, `yamldecode("a: &x [1, 2]\nb: *x")`); !v.IsWhollyKnown() {
		t.Errorf("small aliases: %#v", v)
	}
}

// fixtureDir copies the function fixtures into a fresh tree: root/mod.
func fixtureDir(t *testing.T) (root, mod string) {
	t.Helper()
	root = t.TempDir()
	mod = filepath.Join(root, "mod")
	copyTree(t, "../../testdata/terraform/functions", mod)
	return root, mod
}

// TestFileScopeRefusals checks that no file function reads outside the
// scanned tree, through "..", absolute paths, the home directory or
// symbolic links, and that each refusal is reported.
func TestFileScopeRefusals(t *testing.T) {
	root, mod := fixtureDir(t)
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.txt")
	if err := os.WriteFile(secret, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	links := map[string]string{
		"out_file": secret,
		"out_dir":  outside,
		"in_file":  filepath.Join(mod, "hello.txt"),
		"sub/up":   root, // inside: the tree root itself
		"sub/out":  filepath.Join(root, ".."),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(mod, name)); err != nil {
			t.Skip("symbolic links unsupported:", err)
		}
	}
	var rep reports
	ctx := scopeCtx(mod, root, &rep, nil)
	for _, src := range []string{
		`file("../../../../etc/passwd")`,
		`file("/etc/passwd")`,
		`file("` + secret + `")`,
		`file("out_file")`,
		`file("out_dir/secret.txt")`,
		`file("sub/out/` + filepath.Base(outside) + `/secret.txt")`,
		`file("in_file/../../../etc/passwd")`,
		`file("~/.ssh/id_rsa")`,
		`filebase64("out_file")`, `filemd5("out_file")`, `filesha1("out_file")`, `filesha256("out_file")`,
		`filesha512("out_file")`, `filebase64sha256("out_file")`, `filebase64sha512("out_file")`,
		`fileexists("out_file")`, `fileexists("../../../../etc/passwd")`,
		`fileset("../..", "**")`, `fileset("out_dir", "*")`, `fileset(".", "../../*")`, `fileset("/", "etc/*")`,
		`templatefile("out_file", {})`, `templatefile("../../../../etc/passwd", {})`,
	} {
		rep.mu.Lock()
		before := len(rep.msgs)
		rep.mu.Unlock()
		wantUnknown(t, ctx, src, false)
		rep.mu.Lock()
		after := len(rep.msgs)
		rep.mu.Unlock()
		if after == before {
			t.Errorf("%s: refusal not reported", src)
		}
	}
	if !strings.Contains(rep.all(), `file("../../../../etc/passwd") resolves to a path outside the scanned directory`) {
		t.Errorf("reports:\n%s", rep.all())
	}
	v, _ := evalOurs(ctx, `upper(file("../../../../etc/passwd"))`)
	if why := reasonOf(v.Marks()); v.IsKnown() || !strings.Contains(why, "outside the scanned directory") {
		t.Errorf("refused value %#v says %q", v, why)
	}
	// Links and ".." that stay inside the tree are followed.
	for src, want := range map[string]string{
		`file("in_file")`:                 "Hello, World!\n",
		`file("sub/up/mod/hello.txt")`:    "Hello, World!\n",
		`file("../mod/hello.txt")`:        "Hello, World!\n",
		`file("` + mod + `/hello.txt")`:   "Hello, World!\n",
		`tostring(fileexists("in_file"))`: "true",
		`join(",", fileset(".", "in_*"))`: "in_file",
	} {
		if v := mustEval(t, ctx, src); v.AsString() != want {
			t.Errorf("%s = %#v, want %q", src, v, want)
		}
	}
}

// TestFileSizeLimit checks MaxFileSize.
func TestFileSizeLimit(t *testing.T) {
	root, mod := fixtureDir(t)
	if err := os.WriteFile(filepath.Join(mod, "big.txt"), []byte(strings.Repeat("x", 2000)), 0o644); err != nil {
		t.Fatal(err)
	}
	var rep reports
	ctx := &hcl.EvalContext{Functions: functions(FileScope{Dir: mod, Root: root, Report: rep.add, MaxFileSize: 1000})}
	wantUnknown(t, ctx, `file("big.txt")`, false)
	wantUnknown(t, ctx, `templatefile("big.txt", {})`, false)
	if !strings.Contains(rep.all(), "more than the limit of 1000") {
		t.Errorf("reports: %s", rep.all())
	}
	if v := mustEval(t, ctx, `file("hello.txt")`); v.AsString() != "Hello, World!\n" {
		t.Errorf("small file: %#v", v)
	}
	// A FIFO would block a reader forever: it is not a regular file.
	fifo := filepath.Join(mod, "fifo")
	if err := mkfifo(fifo); err == nil {
		v, diags := evalOurs(ctx, `file("fifo")`)
		if !diags.HasErrors() && v.IsKnown() {
			t.Errorf("fifo: %#v", v)
		}
	}
}

// TestTemplateLimits checks that templates cannot recurse, nest without
// bound or render without bound.
func TestTemplateLimits(t *testing.T) {
	root, mod := fixtureDir(t)
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(mod, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	chunk := strings.Repeat("x", 10000)
	write("loops.tpl", `%{for a in range(1000)}%{for b in range(1000)}`+chunk+`%{endfor}%{endfor}`)
	write("deep.tpl", "${"+strings.Repeat("(", 100000)+"1"+strings.Repeat(")", 100000)+"}")
	write("deepif.tpl", strings.Repeat("%{if true}", 5000)+"x"+strings.Repeat("%{endif}", 5000))
	write("a.tpl", `${templatefile("b.tpl", {})}`)
	write("b.tpl", `${templatefile("a.tpl", {})}`)
	write("fine.tpl", `%{for a in range(100)}%{for b in range(100)}x%{endfor}%{endfor}`)
	var rep reports
	ctx := scopeCtx(mod, root, &rep, map[string]cty.Value{
		"templ": cty.StringVal(`%{for a in range(1000)}%{for b in range(1000)}` + chunk + `%{endfor}%{endfor}`),
	})
	wantUnknown(t, ctx, `templatefile("loops.tpl", {})`, false)
	wantUnknown(t, ctx, `templatefile("deep.tpl", {})`, false)
	wantUnknown(t, ctx, `templatefile("deepif.tpl", {})`, false)
	wantUnknown(t, ctx, `templatefile("self.tpl", {})`, true)
	wantUnknown(t, ctx, `templatefile("a.tpl", {})`, true)
	wantUnknown(t, ctx, `templatestring(templ, {})`, true)
	for _, want := range []string{"renders more than", "nests more than"} {
		if !strings.Contains(rep.all(), want) {
			t.Errorf("no %q report in:\n%s", want, rep.all())
		}
	}
	if v := mustEval(t, ctx, `length(templatefile("fine.tpl", {}))`); !v.RawEquals(cty.NumberIntVal(10000)) {
		t.Errorf("fine.tpl: %#v", v)
	}
}

// TestOutputBudget checks that the outputs of one function set are
// bounded in total, not only one by one.
func TestOutputBudget(t *testing.T) {
	st := &funcState{}
	n := 0
	for st.spend(maxStringOut) {
		n++
		if n > 1000 {
			t.Fatal("budget never exhausted")
		}
	}
	if int64(n)*maxStringOut > maxTotalOut {
		t.Errorf("spent %d outputs of %d bytes", n, maxStringOut)
	}
	if !st.spend(100) {
		t.Error("small outputs must stay allowed")
	}
	if st.spend(maxStringOut + 1) {
		t.Error("one output above maxStringOut allowed")
	}
}

// TestPathModuleFallback checks that a path built from the evaluator's
// path.module, which is relative to the linter's working directory,
// resolves when nothing matches it relative to the module directory.
func TestPathModuleFallback(t *testing.T) {
	root, mod := fixtureDir(t)
	t.Chdir(root)
	ctx := scopeCtx(mod, root, nil, map[string]cty.Value{
		"path": cty.ObjectVal(map[string]cty.Value{"module": cty.StringVal("mod")}),
	})
	if v := mustEval(t, ctx, `file("${path.module}/hello.txt")`); v.AsString() != "Hello, World!\n" {
		t.Errorf("file: %#v", v)
	}
	if v := mustEval(t, ctx, `file("hello.txt")`); v.AsString() != "Hello, World!\n" {
		t.Errorf("file: %#v", v)
	}
	if v := mustEval(t, ctx, `join(",", fileset(path.module, "sub/n*.txt"))`); v.AsString() != "sub/nested.txt" {
		t.Errorf("fileset: %#v", v)
	}
	if v := mustEval(t, ctx, `templatefile("${path.module}/greeting.tpl", { name = "x" })`); v.AsString() != "Hello, x!\n" {
		t.Errorf("templatefile: %#v", v)
	}
}

// TestUnknownArguments checks that unknown arguments give unknown
// results rather than errors or panics, for every function.
func TestUnknownArguments(t *testing.T) {
	funcs := functions(FileScope{})
	for name, f := range funcs {
		var args []cty.Value
		for range f.Params() {
			args = append(args, cty.DynamicVal)
		}
		if f.VarParam() != nil && len(args) == 0 {
			args = append(args, cty.DynamicVal)
		}
		v, err := f.Call(args)
		if err != nil {
			// hcl evaluates a failed call to an unknown value too.
			continue
		}
		if v.IsWhollyKnown() && name != "can" && name != "try" && name != "length" && name != "issensitive" {
			t.Errorf("%s(unknown...) = %#v", name, v)
		}
	}
}
