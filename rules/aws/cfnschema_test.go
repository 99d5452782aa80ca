package aws

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/awslabs/goformation/v7/cloudformation"
)

// TestCloudFormationPropertiesExist reads the rules' sources for the
// CloudFormation properties they read (the CloudFormation half of
// parser.A("tf", "Cfn.Path") and res.Body.Get("Prop") / Body.Path(...)) and
// checks each against goformation's generated types, a complete schema of
// CloudFormation: the property path must exist on a resource type the rule
// names (the Types of the setting.Check it sits in, else the AWS:: types of
// its function, else of its file), and a setting judged as a boolean,
// number or string must have that type. A misspelled property reads
// nothing and so checks nothing; this test is what notices.
func TestCloudFormationPropertiesExist(t *testing.T) {
	schema := cloudformation.AllResources()
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

// cfnCheck looks for r's path, with the kind r judges, on the given types
// goformation knows: found when one has it, else what is wrong with each
// (none when goformation knows none of the types).
func cfnCheck(schema map[string]cloudformation.Resource, r cfnRead, types []string) (problems []string, found bool) {
	seen := map[string]bool{}
	for _, typ := range types {
		if seen[typ] {
			continue
		}
		seen[typ] = true
		if _, ok := schema[typ]; !ok {
			continue
		}
		ft, problem := cfnPropertyType(reflect.TypeOf(schema[typ]), r.path)
		if problem != "" {
			problems = append(problems, typ+": "+problem)
			continue
		}
		if r.want != reflect.Invalid && !cfnKindMatches(ft, r.want) {
			problems = append(problems, typ+": "+r.path+" is "+ft.String()+", but the rule judges it as "+r.want.String())
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
	want  reflect.Kind
}

// judgeKinds are the setting judgements that expect a value kind.
var judgeKinds = map[string]reflect.Kind{
	"MustBeTrue": reflect.Bool, "MustBeFalse": reflect.Bool,
	"AtLeast":   reflect.Int,
	"MustNotBe": reflect.String, "MustBeOneOf": reflect.String, "Is": reflect.String,
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
				r := cfnRead{pos: fset.Position(call.Pos()), path: path, types: scope, want: reflect.Invalid}
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

// cfnPropertyType follows path through a goformation resource type: struct
// fields by their JSON names, list and map elements entered as the model
// enters them. It returns the type at the end of the path, or what is
// wrong.
func cfnPropertyType(t reflect.Type, path string) (reflect.Type, string) {
	for _, name := range strings.Split(path, ".") {
		t = cfnElem(t)
		if t.Kind() == reflect.Interface || t.Kind() == reflect.Struct && cfnOpaque(t) {
			return t, "" // untyped in the schema: anything below it goes
		}
		if t.Kind() != reflect.Struct {
			return nil, "no property " + name + " below a " + t.String()
		}
		field, ok := cfnField(t, name)
		if !ok {
			return nil, "no property " + name + " in " + t.Name() + cfnSuggest(t, name)
		}
		t = field
	}
	return cfnElem(t), ""
}

// cfnOpaque reports whether a schema struct declares no property: the
// specification leaves its content out (Glue's S3Encryptions is one).
func cfnOpaque(t reflect.Type) bool {
	for i := 0; i < t.NumField(); i++ {
		if tag, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); tag != "-" && tag != "" {
			return false
		}
	}
	return true
}

// cfnElem strips pointers, and enters slices (a list of blocks) and maps.
func cfnElem(t reflect.Type) reflect.Type {
	for {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map:
			t = t.Elem()
		default:
			return t
		}
	}
}

// cfnField returns the type of the field serialised as name.
func cfnField(t reflect.Type, name string) (reflect.Type, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == name {
			return f.Type, true
		}
	}
	return nil, false
}

// cfnSuggest names the property closest to name, ignoring case.
func cfnSuggest(t reflect.Type, name string) string {
	for i := 0; i < t.NumField(); i++ {
		tag, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if tag != "-" && strings.EqualFold(tag, name) {
			return " (did you mean " + tag + "?)"
		}
	}
	return ""
}

// cfnKindMatches reports whether a schema type can hold a value judged as
// want. Untyped (interface) properties hold anything.
func cfnKindMatches(t reflect.Type, want reflect.Kind) bool {
	switch {
	case t.Kind() == reflect.Interface, t.Kind() == reflect.Struct && cfnOpaque(t):
		return true
	case t.Kind() == reflect.Bool:
		return want == reflect.Bool
	case t.Kind() == reflect.String:
		return want == reflect.String
	case t.Kind() == reflect.Int, t.Kind() == reflect.Int64, t.Kind() == reflect.Float64:
		return want == reflect.Int
	}
	return false
}
