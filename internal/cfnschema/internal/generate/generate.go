// Package generate writes the CloudFormation schema table of package
// cfnschema from goformation's generated Go types, by reflection over its
// registry of resource types (cloudformation.AllResources). Only the
// generator and the tests import it: the linter's binary carries the table,
// never goformation.
package generate

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"github.com/awslabs/goformation/v7/cloudformation"
)

// Module is the module path of goformation, as go.mod names it.
const Module = "github.com/awslabs/goformation/v7"

// Table returns the schema table as text (the format is described in
// package cfnschema), headed by the goformation version it was made from.
func Table(version string) ([]byte, error) {
	g := &gen{names: map[reflect.Type]string{}, owner: map[string]reflect.Type{}}
	all := cloudformation.AllResources()
	types := make([]string, 0, len(all))
	for name := range all {
		types = append(types, name)
	}
	sort.Strings(types)
	var out bytes.Buffer
	fmt.Fprintf(&out, "goformation %s\n", version)
	for _, name := range types {
		t := reflect.TypeOf(all[name])
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return nil, fmt.Errorf("%s: %s is not a struct", name, t)
		}
		ref, err := g.ref(t)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		fmt.Fprintf(&out, "R %s %s\n", name, strings.TrimPrefix(ref, "@"))
	}
	for len(g.queue) > 0 {
		t := g.queue[0]
		g.queue = g.queue[1:]
		line, err := g.define(t)
		if err != nil {
			return nil, err
		}
		g.defs = append(g.defs, line)
	}
	sort.Strings(g.defs)
	for _, d := range g.defs {
		out.WriteString(d)
		out.WriteByte('\n')
	}
	return out.Bytes(), nil
}

// errata are properties goformation's types lack or misname, by the
// generated type name, with their type expression. Its SAM types are
// written by hand and lag behind the SAM specification; only names a real
// template could be warned about (near a name goformation has) need to be
// here, and each one names its source.
var errata = map[string]map[string]string{
	// SAM specification, AWS::Serverless::HttpApi: the property is
	// AccessLogSettings (goformation: AccessLogSetting, the name on
	// AWS::Serverless::Api).
	"serverless.HttpApi": {"AccessLogSettings": "@serverless.HttpApi_AccessLogSetting"},
	// SAM specification, AWS::Serverless::StateMachine: the property is
	// PermissionsBoundary (goformation: PermissionsBoundaries).
	"serverless.StateMachine": {"PermissionsBoundary": "s"},
}

type gen struct {
	names map[reflect.Type]string
	owner map[string]reflect.Type
	queue []reflect.Type
	defs  []string
}

// jsonName returns the name a struct field is serialised as, "" for none.
func jsonName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if tag == "-" {
		return ""
	}
	return tag
}

// isUnion reports whether a struct is one of goformation's "one of
// several types" helpers (SAM's CodeUri, Policies, event Properties): no
// JSON-named field, exported fields holding the alternatives.
func isUnion(t reflect.Type) bool {
	exported := 0
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if jsonName(f) != "" {
			return false
		}
		if f.IsExported() && f.Tag.Get("json") != "-" {
			exported++
		}
	}
	return exported > 0
}

// isOpaque reports whether a struct declares nothing: the specification
// leaves its content out.
func isOpaque(t reflect.Type) bool {
	for i := 0; i < t.NumField(); i++ {
		if jsonName(t.Field(i)) != "" {
			return false
		}
	}
	return !isUnion(t)
}

// ref names a struct type, queueing its definition on first sight.
func (g *gen) ref(t reflect.Type) (string, error) {
	if n, ok := g.names[t]; ok {
		return "@" + n, nil
	}
	n := path.Base(t.PkgPath()) + "." + t.Name()
	if t.Name() == "" {
		return "", fmt.Errorf("anonymous struct type %s", t)
	}
	if other, ok := g.owner[n]; ok && other != t {
		return "", fmt.Errorf("two types named %s", n)
	}
	g.owner[n] = t
	g.names[t] = n
	g.queue = append(g.queue, t)
	return "@" + n, nil
}

// expr writes the type expression of t: s string, b boolean, n number,
// j any JSON, [X a list of X, {X a map of X, @name a named object or
// union.
func (g *gen) expr(t reflect.Type) (string, error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "s", nil
	case reflect.Bool:
		return "b", nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return "n", nil
	case reflect.Interface:
		return "j", nil
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return "j", nil // raw JSON
		}
		e, err := g.expr(t.Elem())
		return "[" + e, err
	case reflect.Map:
		e, err := g.expr(t.Elem())
		return "{" + e, err
	case reflect.Struct:
		if isOpaque(t) {
			return "j", nil
		}
		return g.ref(t)
	}
	return "", fmt.Errorf("type %s of kind %s has no schema form", t, t.Kind())
}

// define writes the definition line of a named struct: "T name
// Prop=expr ..." for an object, "U name expr ..." for a union.
func (g *gen) define(t reflect.Type) (string, error) {
	var parts []string
	union := isUnion(t)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		var name string
		if union {
			if !f.IsExported() || f.Tag.Get("json") == "-" {
				continue
			}
		} else if name = jsonName(f); name == "" {
			continue
		}
		if strings.ContainsAny(name, " =\n") {
			return "", fmt.Errorf("%s: property name %q cannot be written", g.names[t], name)
		}
		e, err := g.expr(f.Type)
		if err != nil {
			return "", fmt.Errorf("%s.%s: %w", g.names[t], f.Name, err)
		}
		if union {
			parts = append(parts, e)
		} else {
			parts = append(parts, name+"="+e)
		}
	}
	if !union {
		for name, expr := range errata[g.names[t]] {
			for _, p := range parts {
				if strings.HasPrefix(p, name+"=") {
					return "", fmt.Errorf("%s.%s: goformation has it now: drop the erratum", g.names[t], name)
				}
			}
			parts = append(parts, name+"="+expr)
		}
	}
	sort.Strings(parts)
	if union {
		return "U " + g.names[t] + " " + strings.Join(parts, " "), nil
	}
	return "T " + g.names[t] + " " + strings.Join(parts, " "), nil
}

// ModuleVersion returns the version of goformation that the go.mod found
// in dir or its nearest parent requires.
func ModuleVersion(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		f, err := os.Open(filepath.Join(dir, "go.mod"))
		if err == nil {
			defer f.Close()
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				fields := strings.Fields(strings.TrimPrefix(strings.TrimSpace(sc.Text()), "require "))
				if len(fields) >= 2 && fields[0] == Module {
					return fields[1], nil
				}
			}
			return "", fmt.Errorf("%s does not require %s", filepath.Join(dir, "go.mod"), Module)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
		dir = parent
	}
}
