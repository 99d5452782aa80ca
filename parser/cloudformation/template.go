// Package cloudformation reads CloudFormation templates, YAML or JSON, into
// the format-neutral model of package parser: every resource's Properties
// become a positioned parser.Value with the intrinsic functions that can be
// decided statically (parameter defaults, Fn::Sub, Fn::Join, Fn::FindInMap,
// Fn::If over decidable conditions, ...) resolved.
package cloudformation

import (
	"bytes"
	"fmt"
	"path"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/parser"
)

// Template is a parsed CloudFormation template.
type Template struct {
	Path string
	// Resources holds the resources in source order, Properties resolved
	// with the options the template was parsed with. A resource whose
	// Condition is false is left out. A resource whose properties hold
	// Fn::If over conditions that cannot be decided appears once per
	// combination of their truth values (see parser.Resource.Assumptions),
	// and AWS::Serverless::* resources appear as the resources the SAM
	// transform deploys.
	Resources []*parser.Resource

	FormatVersion string
	Description   string
	// Transform lists the macros named by the top-level Transform, such as
	// "AWS::Serverless-2016-10-31".
	Transform []string
	// Parameters, Mappings, Conditions, Outputs and Rules are kept as written:
	// intrinsic functions in long form ({"Fn::Sub": ...}), nothing resolved.
	Parameters map[string]*Parameter
	Mappings   map[string]*parser.Value
	// Conditions maps a condition name to its expression; the expression's
	// KeyRange is the name.
	Conditions map[string]*parser.Value
	Outputs    map[string]*parser.Value
	Rules      map[string]*parser.Value
	// Globals is the SAM Globals section as written, by resource kind
	// ("Function", "Api", "HttpApi", "SimpleTable", "StateMachine", ...).
	Globals map[string]*parser.Value
	// ResourceConditions maps a logical id to the name of the condition in
	// its Condition attribute.
	ResourceConditions map[string]string
	// RawResources maps a logical id to the whole resource entry as written
	// (Type, Properties, DependsOn, Condition, DeletionPolicy, Metadata,
	// ...), unresolved except for Fn::ForEach, which is expanded; resolve
	// parts of it with Resolve.
	RawResources map[string]*parser.Value

	// section is the Resources section as written, nil when there is none.
	section *parser.Value
	// parameters is the Parameters section as written, nil when there is
	// none (parser.Resource.Parameters).
	parameters *parser.Value
	// main is the instance built with the options of ParseWithOptions.
	main *instance
	// noForEach says that no value of the template holds a Fn::ForEach
	// key: its text holds no "ForEach" nor an escape that could spell it
	// (mayHold), and no AWS::Include brought in another file's. The
	// evaluation then skips looking for one in every mapping.
	noForEach bool
}

// Parameter is one entry of the Parameters section.
type Parameter struct {
	Name string
	Type string
	// Default is the Default value as written, nil when there is none.
	Default *parser.Value
	// Range is the parameter's name.
	Range parser.Range
	// Raw is the whole declaration as written.
	Raw *parser.Value
}

// Options tunes parsing.
type Options struct {
	// Parameters gives parameter values that replace the defaults, as a
	// stack deployment (a parameters file, or a parent stack) would. Keys
	// that the template does not declare are ignored, except the pseudo
	// parameters (AWS::Region, AWS::AccountId, AWS::Partition, ...), which
	// are otherwise unknown.
	Parameters map[string]ParamValue
	// Include lets AWS::Include read snippets that are local files in the
	// scanned tree; the zero scope reads none. Only Parse and
	// ParseWithOptions read snippets (Instantiate uses the template as
	// they spliced it).
	Include IncludeScope
	// readOnly stops after reading the file's values and the template
	// test (ReadOnly): no template is built or evaluated.
	readOnly bool
}

// ParamValue is a parameter value given from outside the template.
type ParamValue struct {
	// Value is the value: a string (a list for a CommaDelimitedList may
	// also be given as a list), or whatever a parent stack passes, which
	// may be Unknown. Its Range is where the value is written (in a
	// parameters file or a parent template); zero when it has no place.
	Value *parser.Value
	// Note says where the value comes from, for the Via step of every
	// value that uses it: "parameter Env in params.json".
	Note string
}

// StringParam returns a ParamValue holding the string s written at rng.
func StringParam(s string, rng parser.Range, note string) ParamValue {
	return ParamValue{Value: parser.StringValue(s, rng), Note: note}
}

// Parse reads one YAML or JSON file. It returns (nil, nil) when the file is
// valid YAML or JSON but not a CloudFormation template. A file that looks
// like CloudFormation (or is named *.template) but cannot be read returns
// error diagnostics and, where possible, a partial template.
func Parse(src parser.Source) (*Template, parser.Diagnostics) {
	return ParseWithOptions(src, Options{})
}

// ParseWithOptions is Parse with options.
func ParseWithOptions(src parser.Source, opts Options) (tmpl *Template, diags parser.Diagnostics) {
	defer func() {
		// The readers are written not to panic; this is the last line of
		// defence, so that one odd file cannot stop a whole run.
		if r := recover(); r != nil {
			tmpl = nil
			diags = append(diags, parser.Diagnostic{
				Severity: parser.SevError,
				Summary:  "internal error reading template",
				Detail:   fmt.Sprint(r),
				Range:    parser.Range{File: src.Path, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}},
			})
		}
	}()
	t := newText(src)
	plausible := strings.HasSuffix(strings.ToLower(src.Path), ".template") ||
		bytes.Contains(t.b, []byte("AWSTemplateFormatVersion")) || bytes.Contains(t.b, []byte("AWS::"))
	if !plausible && !bytes.Contains(t.b, []byte("Resources")) {
		// A template needs an AWSTemplateFormatVersion or a Resources key.
		return nil, nil
	}
	if looksLikeJSON(t.b) {
		var root *parser.Value
		var jd parser.Diagnostics
		var fatal *parser.Diagnostic
		ok := false
		if fastReaders {
			root, jd, ok = readJSONFast(t)
		}
		if !ok {
			jd = nil
			root, fatal = readJSON(t, &jd)
		}
		if fatal == nil {
			if !isTemplateNode(t, root) {
				return nil, nil
			}
			tmpl, diags := build(t, root, opts)
			return tmpl, append(jd, diags...)
		}
		// Not JSON after all (or broken JSON): YAML is a superset of JSON
		// and may still read it. When it cannot, the JSON error is the
		// better message.
		docs, err := yamlDocs(src.Bytes)
		if err != nil {
			if plausible {
				return nil, parser.Diagnostics{*fatal}
			}
			return nil, nil
		}
		return fromYAML(t, docs, nil, plausible, opts)
	}
	if fastReaders {
		if root, r, ok := readYAMLFast(t); ok {
			if is, known := fastIsTemplate(root); known {
				if !is {
					return nil, nil
				}
				tmpl, more := build(t, root, opts)
				return tmpl, append(r.diags, more...)
			}
		}
	}
	docs, err := yamlDocs(src.Bytes)
	return fromYAML(t, docs, err, plausible, opts)
}

// ReadOnly reads one YAML or JSON file as Parse does up to the values as
// read (the plausibility gate, the fast readers, yaml.v3 or encoding/json
// where they give up, the template test) and stops there: no template is
// built, evaluated or checked against the schema. It reports whether the
// file is a template. It is the parse-only floor bench/floor measures.
func ReadOnly(src parser.Source) bool {
	t, _ := ParseWithOptions(src, Options{readOnly: true})
	return t != nil
}

// fastReaders reads YAML and JSON with the fast readers where they can
// (yamlfast.go, jsonfast.go); tests turn them off to compare.
var fastReaders = true

// fromYAML builds the template from the first document that is one. err is
// the syntax error that ended the stream, if any.
func fromYAML(t *text, docs []*yaml.Node, err error, plausible bool, opts Options) (*Template, parser.Diagnostics) {
	var diags parser.Diagnostics
	if err != nil && plausible {
		diags = append(diags, yamlError(t, err, "invalid YAML"))
	}
	for _, doc := range docs {
		if !isTemplateYAML(doc) {
			continue
		}
		r := newYAMLReader(t)
		root := r.conv(doc, 0, -1)
		if r.fatal != nil {
			return nil, append(diags, *r.fatal)
		}
		tmpl, more := build(t, root, opts)
		return tmpl, append(append(diags, r.diags...), more...)
	}
	if len(diags) == 0 {
		return nil, nil
	}
	return nil, diags
}

// isTemplateNode reports whether a JSON document is a template.
func isTemplateNode(t *text, root *parser.Value) bool {
	if root == nil || root.Kind != parser.Object {
		return false
	}
	if root.Get("AWSTemplateFormatVersion") != nil {
		return true
	}
	res := root.Get("Resources")
	if res == nil || res.Kind != parser.Object {
		return false
	}
	for _, r := range res.Attrs {
		if s, ok := scalarText(t, r.Get("Type")); ok && isResourceType(s) {
			return true
		}
	}
	return false
}

// build turns a template as read into a Template. The sections keep the
// values as read: nothing else holds them.
func build(t *text, root *parser.Value, opts Options) (*Template, parser.Diagnostics) {
	if opts.readOnly {
		return &Template{Path: t.path}, nil
	}
	var diags parser.Diagnostics
	warn := func(rng parser.Range, summary, detail string) {
		diags = append(diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: summary, Detail: detail, Range: rng})
	}
	tmpl := &Template{
		Path:               t.path,
		Parameters:         map[string]*Parameter{},
		Mappings:           map[string]*parser.Value{},
		Conditions:         map[string]*parser.Value{},
		Outputs:            map[string]*parser.Value{},
		Rules:              map[string]*parser.Value{},
		Globals:            map[string]*parser.Value{},
		ResourceConditions: map[string]string{},
		RawResources:       map[string]*parser.Value{},
		noForEach:          !mayHold(t.b, "ForEach"),
	}
	finish := func() (*Template, parser.Diagnostics) {
		in := tmpl.instantiate(opts)
		tmpl.main = in
		tmpl.Resources = in.resources
		tmpl.RawResources = in.raw
		tmpl.ResourceConditions = in.resConds
		return tmpl, append(append(diags, in.diags...), schemaDiagnostics(in.raw, tmpl.Globals)...)
	}
	if root == nil || root.Kind != parser.Object {
		return finish()
	}
	section := func(name string) *parser.Value {
		n := root.Get(name)
		if n == nil || n.Kind == parser.Null {
			return nil
		}
		if n.Kind != parser.Object {
			warn(n.Range, "invalid "+name, "the "+name+" section must be a mapping; it is ignored")
			return nil
		}
		return n
	}
	tmpl.FormatVersion, _ = scalarText(t, root.Get("AWSTemplateFormatVersion"))
	tmpl.Description, _ = scalarText(t, root.Get("Description"))
	if tr := root.Get("Transform"); tr != nil {
		if s, ok := scalarText(t, tr); ok {
			tmpl.Transform = []string{s}
		}
		if tr.Kind == parser.List {
			for _, it := range tr.Elems {
				if s, ok := scalarText(t, it); ok {
					tmpl.Transform = append(tmpl.Transform, s)
				}
			}
		}
	}
	if ps := section("Parameters"); ps != nil {
		tmpl.parameters = ps
		for name, raw := range ps.Attrs {
			prm := &Parameter{Name: name, Range: raw.KeyRange, Raw: raw}
			prm.Type, _ = raw.Get("Type").AsString()
			if d := raw.Get("Default"); d != nil && d.Kind != parser.Null {
				prm.Default = d
			}
			tmpl.Parameters[prm.Name] = prm
		}
	}
	for _, sec := range []struct {
		name string
		dst  map[string]*parser.Value
	}{{"Mappings", tmpl.Mappings}, {"Conditions", tmpl.Conditions}, {"Outputs", tmpl.Outputs}, {"Rules", tmpl.Rules}, {"Globals", tmpl.Globals}} {
		name, dst := sec.name, sec.dst
		if s := section(name); s != nil {
			for k, v := range s.Attrs {
				dst[k] = v
			}
		}
	}
	if res := section("Resources"); res != nil {
		sec := res
		if !sec.KeyRange.IsZero() {
			c := *sec // the section as a whole is stored under no key
			c.KeyRange = parser.Range{}
			sec = &c
		}
		// Most templates include nothing: their text, or else a walk that
		// neither sorts nor allocates, says so before expand walks them in
		// source order.
		if mayHold(t.b, "Transform") && holdsKey(sec, "Fn::Transform", 0) {
			if inc := newIncluder(opts.Include, &diags); inc != nil {
				sec = inc.expand(sec, path.Dir(t.path), inc.scope.Dir, 0)
				tmpl.noForEach = false // the snippets' text is not t's
			}
		}
		tmpl.section = sec
	}
	return finish()
}

// Resolve evaluates the intrinsic functions in a value as written (from
// RawResources, Outputs, ...) with the template's parameters and options.
// It is safe to call from several goroutines.
func (t *Template) Resolve(v *parser.Value) *parser.Value {
	var diags parser.Diagnostics
	e := newEvaluator(t.main, &diags)
	e.b = &budget{} // its own: Resolve may run in several goroutines
	return e.eval(v)
}

// Condition returns the value of a named condition and whether it could be
// decided.
func (t *Template) Condition(name string) (value, known bool) {
	switch t.main.conds[name] {
	case triTrue:
		return true, true
	case triFalse:
		return false, true
	}
	return false, false
}

// Instantiate builds the template's resources again with other options,
// such as the parameters a parent stack passes to a nested one. The
// template is not changed; it is safe to call from several goroutines.
func (t *Template) Instantiate(opts Options) ([]*parser.Resource, parser.Diagnostics) {
	in := t.instantiate(opts)
	return in.resources, in.diags
}
