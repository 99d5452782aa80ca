// Package cfnschema is the schema of CloudFormation: every resource type
// (SAM's AWS::Serverless::* included) with its properties, their types and
// the property types nested in them. It is a compact table generated from
// goformation's types (github.com/awslabs/goformation/v7, the version
// go.mod requires) by `go generate`; the linter reads the table, and never
// links goformation itself, which would double the binary.
//
// The table, schema.txt.gz, is gzip-compressed text, one line per entry:
//
//	goformation VERSION           the version it was generated from
//	R AWS::EC2::Volume ec2.Volume a resource type and its object type
//	T ec2.Volume Encrypted=b ...  an object type and its properties
//	U serverless.X s @serverless.Y a union: a value of any of the types
//
// A property's type is s (string), b (boolean), n (number), j (any JSON:
// the specification does not type it), [X (a list of X), {X (a map of X)
// or @name (an object or union type).
package cfnschema

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

//go:generate go run ./gen

//go:embed schema.txt.gz
var compressed []byte

// Kind is the kind of a property's value.
type Kind uint8

// Kinds of values.
const (
	// Any is a value the schema does not type (JSON such as a policy
	// document): anything below it goes.
	Any Kind = iota
	String
	Bool
	Number
	List   // of Type.Elem
	Map    // of Type.Elem, keys chosen by the user
	Object // with the properties of Type.Object
	Union  // any one of Type.Alternatives
)

var kindNames = [...]string{"any", "string", "boolean", "number", "list", "map", "object", "union"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Type is the type of a property.
type Type struct {
	Kind Kind
	// Elem is the type of the elements of a List or the values of a Map.
	Elem *Type
	// Object is the object type of an Object.
	Object *ObjectType
	// Alternatives are the types a Union may take.
	Alternatives []*Type
}

// ObjectType is a resource type's properties or a nested property type.
type ObjectType struct {
	// Name is the generated name of the type, such as
	// "s3.Bucket_BucketEncryption".
	Name  string
	props map[string]*Type
	names []string // sorted
}

// Property returns the type of the property name (case matters, as in
// CloudFormation).
func (o *ObjectType) Property(name string) (*Type, bool) {
	if o == nil {
		return nil, false
	}
	t, ok := o.props[name]
	return t, ok
}

// Names returns the property names in sorted order.
func (o *ObjectType) Names() []string {
	if o == nil {
		return nil
	}
	return o.names
}

// Schema is the table of resource types.
type Schema struct {
	version   string
	resources map[string]*ObjectType
	types     []string // sorted resource type names
}

// Version returns the goformation version the schema was generated from.
func (s *Schema) Version() string {
	if s == nil {
		return ""
	}
	return s.version
}

// Resource returns the properties of a resource type.
func (s *Schema) Resource(typ string) (*ObjectType, bool) {
	if s == nil {
		return nil, false
	}
	o, ok := s.resources[typ]
	return o, ok
}

// ResourceTypes returns every resource type name, sorted.
func (s *Schema) ResourceTypes() []string {
	if s == nil {
		return nil
	}
	return s.types
}

// decoded holds the embedded schema once read, until Release.
var decoded struct {
	mu     sync.Mutex
	schema *Schema
	err    error
	read   bool
}

// load reads the embedded table on first use, or first use since Release.
func load() (*Schema, error) {
	decoded.mu.Lock()
	defer decoded.mu.Unlock()
	if !decoded.read {
		decoded.schema, decoded.err = Decode(compressed)
		decoded.read = true
	}
	return decoded.schema, decoded.err
}

// Default returns the schema embedded in the binary, read on first use.
// It is never nil; when the table cannot be read (a broken build, which
// the package's tests rule out) it is empty and knows no type.
func Default() *Schema {
	s, err := load()
	if err != nil {
		return &Schema{}
	}
	return s
}

// Err returns the error of reading the embedded table, if any.
func Err() error {
	_, err := load()
	return err
}

// Release lets go of the schema read by Default, about 4.5 MB live: a
// scan calls it once every template is parsed, so that the Terraform
// evaluation that follows runs without it. Schemas already handed out
// stay valid; a later Default reads the table again.
func Release() {
	decoded.mu.Lock()
	defer decoded.mu.Unlock()
	decoded.schema, decoded.err, decoded.read = nil, nil, false
}

// Decode reads a gzip-compressed table.
func Decode(gz []byte) (*Schema, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("schema table: %w", err)
	}
	text, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("schema table: %w", err)
	}
	return Parse(text)
}

// Parse reads the table as text.
func Parse(text []byte) (*Schema, error) {
	s := &Schema{resources: map[string]*ObjectType{}}
	named := map[string]*Type{}
	get := func(name string) *Type {
		t := named[name]
		if t == nil {
			t = &Type{}
			named[name] = t
		}
		return t
	}
	defined := map[string]bool{}
	// Types are never changed once read: one expression, one Type.
	exprs := map[string]*Type{}
	var parse func(expr string) (*Type, error)
	parse = func(expr string) (*Type, error) {
		if t, ok := exprs[expr]; ok {
			return t, nil
		}
		t, err := parseExpr(expr, parse, get)
		if err == nil {
			exprs[expr] = t
		}
		return t, err
	}
	resources := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if line == 1 {
			if len(fields) != 2 || fields[0] != "goformation" {
				return nil, fmt.Errorf("schema table: line 1: no goformation version")
			}
			s.version = fields[1]
			continue
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("schema table: line %d: too short", line)
		}
		switch fields[0] {
		case "R":
			if len(fields) != 3 {
				return nil, fmt.Errorf("schema table: line %d: bad resource entry", line)
			}
			resources[fields[1]] = fields[2]
		case "T", "U":
			name := fields[1]
			if defined[name] {
				return nil, fmt.Errorf("schema table: line %d: %s defined twice", line, name)
			}
			defined[name] = true
			t := get(name)
			if fields[0] == "U" {
				t.Kind = Union
				for _, f := range fields[2:] {
					alt, err := parse(f)
					if err != nil {
						return nil, fmt.Errorf("schema table: line %d: %w", line, err)
					}
					t.Alternatives = append(t.Alternatives, alt)
				}
				continue
			}
			o := &ObjectType{Name: name, props: make(map[string]*Type, len(fields)-2)}
			for _, f := range fields[2:] {
				prop, expr, ok := strings.Cut(f, "=")
				if !ok || prop == "" {
					return nil, fmt.Errorf("schema table: line %d: bad property %q", line, f)
				}
				pt, err := parse(expr)
				if err != nil {
					return nil, fmt.Errorf("schema table: line %d: %s: %w", line, prop, err)
				}
				o.props[prop] = pt
				o.names = append(o.names, prop)
			}
			sort.Strings(o.names)
			t.Kind, t.Object = Object, o
		default:
			return nil, fmt.Errorf("schema table: line %d: unknown entry %q", line, fields[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("schema table: %w", err)
	}
	if s.version == "" {
		return nil, fmt.Errorf("schema table: empty")
	}
	for name := range named {
		if !defined[name] {
			return nil, fmt.Errorf("schema table: type %s is used but not defined", name)
		}
	}
	for typ, obj := range resources {
		t := named[obj]
		if t == nil || t.Kind != Object {
			return nil, fmt.Errorf("schema table: resource %s: %s is not an object type", typ, obj)
		}
		s.resources[typ] = t.Object
		s.types = append(s.types, typ)
	}
	sort.Strings(s.types)
	return s, nil
}

// parseExpr reads one type expression; parse reads the element types and
// get the named ones.
func parseExpr(expr string, parse func(string) (*Type, error), get func(string) *Type) (*Type, error) {
	switch {
	case expr == "s":
		return &Type{Kind: String}, nil
	case expr == "b":
		return &Type{Kind: Bool}, nil
	case expr == "n":
		return &Type{Kind: Number}, nil
	case expr == "j":
		return &Type{Kind: Any}, nil
	case strings.HasPrefix(expr, "["), strings.HasPrefix(expr, "{"):
		e, err := parse(expr[1:])
		if err != nil {
			return nil, err
		}
		k := List
		if expr[0] == '{' {
			k = Map
		}
		return &Type{Kind: k, Elem: e}, nil
	case strings.HasPrefix(expr, "@") && len(expr) > 1:
		return get(expr[1:]), nil
	}
	return nil, fmt.Errorf("bad type expression %q", expr)
}

// Objects returns the object types a value of t may be when it is a
// mapping, and whether the schema leaves its keys open (t or one of its
// alternatives is Any or a Map): then any key goes.
func (t *Type) Objects() (objs []*ObjectType, open bool) {
	if t == nil {
		return nil, true
	}
	switch t.Kind {
	case Any, Map:
		return nil, true
	case Object:
		return []*ObjectType{t.Object}, false
	case Union:
		for _, alt := range t.Alternatives {
			switch alt.Kind {
			case Any, Map:
				return nil, true
			case Object:
				objs = append(objs, alt.Object)
			}
		}
	}
	return objs, false
}
