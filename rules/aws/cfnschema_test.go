package aws

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/internal/cfnschema"
)

// TestCloudFormationPropertiesExist reads the rules' sources for the
// CloudFormation properties they read (the CloudFormation half of
// parser.A("tf", "Cfn.Path") and res.Body.Get("Prop") / Body.Path(...)) and
// checks each against the CloudFormation schema (package cfnschema, a
// table generated from goformation's types): the property path must exist
// on a resource type the rule names (the Types of the setting.Check it
// sits in, else the AWS:: types of its function, else of its file), and a
// setting judged as a boolean, number or string must have that type. A misspelled property reads
// nothing and so checks nothing; this test is what notices.
func TestCloudFormationPropertiesExist(t *testing.T) {
	schema := cfnschema.Default()
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var reads []cfnRead
	for _, pkg := range pkgs {
		names := make([]string, 0, len(pkg.Files))
		for name := range pkg.Files {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			reads = append(reads, cfnReads(fset, pkg.Files[name])...)
		}
	}
	if len(reads) < 50 {
		t.Fatalf("found only %d CloudFormation property reads in the rule sources: the source walk is broken", len(reads))
	}
	// Types the rules name anywhere: the fallback scope of a read whose
	// own scope (a helper shared by several rules) does not hold it.
	var everyType []string
	for _, r := range reads {
		everyType = append(everyType, r.types...)
	}
	checked := 0
	for _, r := range reads {
		checked++
		problems, found := cfnCheck(schema, r, r.types)
		if !found && len(problems) > 0 {
			var more []string
			if more, found = cfnCheck(schema, r, everyType); !found {
				problems = append(problems, more...)
			}
		}
		if !found && len(problems) > 0 {
			t.Errorf("%s: CloudFormation property %q: %s", r.pos, r.path, strings.Join(problems, "; "))
		}
	}
	t.Logf("%d property reads checked against the schema", checked)
}

// TestCfnCheck shows that the check above can fail: misspelled, misplaced
// and mistyped paths are refused.
func TestCfnCheck(t *testing.T) {
	schema := cfnschema.Default()
	for _, tc := range []struct {
		typ, path string
		want      cfnschema.Kind
		problem   string // "" when the read is fine
	}{
		{"AWS::EC2::Volume", "Encrypted", cfnschema.Bool, ""},
		{"AWS::EC2::Volume", "Encypted", cfnschema.Any, "did you mean Encrypted?"},
		{"AWS::EC2::Volume", "Encrypted", cfnschema.String, "is boolean, but the rule judges it as string"},
		{"AWS::S3::Bucket", "BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault.SSEAlgorithm", cfnschema.String, ""},
		{"AWS::S3::Bucket", "BucketEncryption.ServerSideEncryptionConfiguration.SSEAlgorithm", cfnschema.String, "no property SSEAlgorithm"},
		{"AWS::S3::Bucket", "VersioningConfiguration.Status.Enabled", cfnschema.Any, "no property Enabled below a string"},
		{"AWS::IAM::Role", "AssumeRolePolicyDocument.Statement", cfnschema.Any, ""},
		{"AWS::Serverless::Function", "CodeUri.Bucket", cfnschema.String, ""},
		{"AWS::Serverless::Function", "Policies", cfnschema.String, ""},
		{"AWS::Serverless::Function", "Tracing", cfnschema.Number, "is string"},
	} {
		problems, found := cfnCheck(schema, cfnRead{path: tc.path, types: []string{tc.typ}, want: tc.want}, []string{tc.typ})
		switch {
		case tc.problem == "" && !found:
			t.Errorf("%s %s: %v", tc.typ, tc.path, problems)
		case tc.problem != "" && (found || !strings.Contains(strings.Join(problems, "; "), tc.problem)):
			t.Errorf("%s %s: found %v, problems %v; want %q", tc.typ, tc.path, found, problems, tc.problem)
		}
	}
}

// cfnCheck looks for r's path, with the kind r judges, on the given types
// the schema knows: found when one has it, else what is wrong with each
// (none when the schema knows none of the types).
func cfnCheck(schema *cfnschema.Schema, r cfnRead, types []string) (problems []string, found bool) {
	seen := map[string]bool{}
	for _, typ := range types {
		if seen[typ] {
			continue
		}
		seen[typ] = true
		obj, ok := schema.Resource(typ)
		if !ok {
			continue
		}
		pt, problem := cfnPropertyType(obj, r.path)
		if problem != "" {
			problems = append(problems, typ+": "+problem)
			continue
		}
		if r.want != cfnschema.Any && !cfnKindMatches(pt, r.want) {
			problems = append(problems, typ+": "+r.path+" is "+cfnKindString(pt)+", but the rule judges it as "+r.want.String())
			continue
		}
		return nil, true
	}
	return problems, false
}

// cfnRead is one CloudFormation property path a rule reads, the resource
// types in scope, and the kind of value it is judged as (Invalid: any).
type cfnRead struct {
	pos   token.Position
	path  string
	types []string
	want  cfnschema.Kind // Any: any kind
}

// judgeKinds are the setting judgements that expect a value kind.
var judgeKinds = map[string]cfnschema.Kind{
	"MustBeTrue": cfnschema.Bool, "MustBeFalse": cfnschema.Bool,
	"AtLeast":   cfnschema.Number,
	"MustNotBe": cfnschema.String, "MustBeOneOf": cfnschema.String, "Is": cfnschema.String,
}

// cfnReads collects the CloudFormation property reads of one file.
func cfnReads(fset *token.FileSet, f *ast.File) []cfnRead {
	fileTypes := awsTypes(f)
	var out []cfnRead
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil {
			continue
		}
		funcTypes := append(awsTypes(fn), fileTypes...)
		var stack []ast.Node
		ast.Inspect(fn, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			scope := funcTypes
			for i := len(stack) - 1; i >= 0; i-- {
				if lit, ok := stack[i].(*ast.CompositeLit); ok {
					if ts := checkTypes(lit); len(ts) > 0 {
						scope = ts
						break
					}
				}
			}
			for _, path := range propertyPaths(call) {
				r := cfnRead{pos: fset.Position(call.Pos()), path: path, types: scope, want: cfnschema.Any}
				if len(stack) >= 2 {
					if outer, ok := stack[len(stack)-2].(*ast.CallExpr); ok && len(outer.Args) > 0 && outer.Args[0] == call {
						if sel, ok := outer.Fun.(*ast.SelectorExpr); ok {
							if x, ok := sel.X.(*ast.Ident); ok && x.Name == "setting" {
								if k, ok := judgeKinds[sel.Sel.Name]; ok {
									r.want = k
								}
							}
						}
					}
				}
				out = append(out, r)
			}
			return true
		})
	}
	return out
}

// propertyPaths returns the CloudFormation paths a call reads:
// parser.A(tf, cfn) and A(tf, cfn) give cfn; X.Body.Get("P") gives P and
// X.Body.Path("P", "Q") gives P.Q. Paths that are not literals, are empty
// or are not PascalCase (Terraform names) are left out.
func propertyPaths(call *ast.CallExpr) []string {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	var name string
	switch {
	case ok:
		name = sel.Sel.Name
	default:
		if id, ok := call.Fun.(*ast.Ident); ok {
			name = id.Name
		}
	}
	lit := func(e ast.Expr) (string, bool) {
		b, ok := e.(*ast.BasicLit)
		if !ok || b.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(b.Value)
		return s, err == nil
	}
	pascal := func(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }
	switch {
	case name == "A" && len(call.Args) == 2 && (!ok || isIdent(sel.X, "parser")):
		if s, ok := lit(call.Args[1]); ok && pascal(s) {
			return []string{s}
		}
	case ok && (name == "Get" || name == "Path") && isBody(sel.X):
		var parts []string
		for _, a := range call.Args {
			s, ok := lit(a)
			if !ok || !pascal(s) {
				return nil
			}
			parts = append(parts, s)
		}
		if len(parts) > 0 {
			return []string{strings.Join(parts, ".")}
		}
	}
	return nil
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// isBody reports whether e is X.Body, a resource's properties.
func isBody(e ast.Expr) bool {
	sel, ok := e.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Body"
}

// checkTypes returns the AWS:: types of a composite literal's Types field
// (a setting.Check).
func checkTypes(lit *ast.CompositeLit) []string {
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok || !isIdent(kv.Key, "Types") {
			continue
		}
		return awsTypes(kv.Value)
	}
	return nil
}

// awsTypes returns the CloudFormation resource type literals under n.
func awsTypes(n ast.Node) []string {
	var out []string
	ast.Inspect(n, func(n ast.Node) bool {
		if b, ok := n.(*ast.BasicLit); ok && b.Kind == token.STRING {
			if s, err := strconv.Unquote(b.Value); err == nil && strings.HasPrefix(s, "AWS::") && strings.Count(s, "::") == 2 && !strings.ContainsAny(s, " .*") {
				out = append(out, s)
			}
		}
		return true
	})
	return out
}

// cfnPropertyType follows path through a resource type's properties,
// entering list elements and map values as the model enters them. It
// returns the type at the end of the path (nil when the schema leaves a
// value on the way untyped: anything below it goes), or what is wrong.
func cfnPropertyType(obj *cfnschema.ObjectType, path string) (*cfnschema.Type, string) {
	objs := []*cfnschema.ObjectType{obj}
	var t *cfnschema.Type
	for i, name := range strings.Split(path, ".") {
		if i > 0 {
			t = cfnElem(t)
			var open bool
			if objs, open = t.Objects(); open {
				return nil, ""
			}
			if len(objs) == 0 {
				return nil, "no property " + name + " below a " + t.Kind.String()
			}
		}
		var names []string
		t = nil
		for _, o := range objs {
			if pt, ok := o.Property(name); ok {
				t = pt
				break
			}
			names = append(names, o.Names()...)
		}
		if t == nil {
			problem := "no property " + name + " in " + objs[0].Name
			if s, ok := cfnschema.Suggest(name, names); ok {
				problem += " (did you mean " + s + "?)"
			}
			return nil, problem
		}
	}
	return cfnElem(t), ""
}

// cfnElem enters lists (a list of blocks) and maps.
func cfnElem(t *cfnschema.Type) *cfnschema.Type {
	for t != nil && (t.Kind == cfnschema.List || t.Kind == cfnschema.Map) {
		t = t.Elem
	}
	return t
}

// cfnKindString names a schema type's kind for a message.
func cfnKindString(t *cfnschema.Type) string {
	if t == nil {
		return "untyped"
	}
	return t.Kind.String()
}

// cfnKindMatches reports whether a schema type can hold a value judged as
// want. Untyped properties hold anything, a union what any of its
// alternatives holds.
func cfnKindMatches(t *cfnschema.Type, want cfnschema.Kind) bool {
	if t == nil {
		return true
	}
	switch t.Kind {
	case cfnschema.Any:
		return true
	case cfnschema.Union:
		for _, alt := range t.Alternatives {
			if cfnKindMatches(alt, want) {
				return true
			}
		}
		return false
	}
	return t.Kind == want
}
