// Package cloudformation reads CloudFormation templates, YAML or JSON, into
// the format-neutral model of package parser: every resource's Properties
// become a positioned parser.Value with the intrinsic functions that can be
// decided statically (parameter defaults, Fn::Sub, Fn::Join, Fn::FindInMap,
// Fn::If over decidable conditions, ...) resolved.
package cloudformation

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/parser"
)

// Template is a parsed CloudFormation template.
type Template struct {
	Path string
	// Resources holds the resources in source order, Properties resolved.
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
	// ResourceConditions maps a logical id to the name of the condition in
	// its Condition attribute.
	ResourceConditions map[string]string
	// RawResources maps a logical id to the whole resource entry as written
	// (Type, Properties, DependsOn, Condition, DeletionPolicy, Metadata,
	// ...), unresolved; resolve parts of it with Resolve.
	RawResources map[string]*parser.Value

	opts     Options
	resNames map[string]bool
	conds    map[string]tri // every condition's value, set once by build
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
	// stack deployment (or a parameters file) would.
	Parameters map[string]string
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
		var jd parser.Diagnostics
		root, fatal := readJSON(t, &jd)
		if fatal == nil {
			if !isTemplateNode(root) {
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
	docs, err := yamlDocs(src.Bytes)
	return fromYAML(t, docs, err, plausible, opts)
}

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
func isTemplateNode(root *node) bool {
	if root == nil || root.kind != mapNode {
		return false
	}
	if root.get("AWSTemplateFormatVersion") != nil {
		return true
	}
	res := root.get("Resources")
	if res == nil || res.kind != mapNode {
		return false
	}
	for _, p := range res.pairs {
		if s, ok := p.val.get("Type").str(); ok && isResourceType(s) {
			return true
		}
	}
	return false
}

// build turns the node tree of a template into a Template.
func build(t *text, root *node, opts Options) (*Template, parser.Diagnostics) {
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
		ResourceConditions: map[string]string{},
		RawResources:       map[string]*parser.Value{},
		opts:               opts,
		resNames:           map[string]bool{},
		conds:              map[string]tri{},
	}
	if root == nil || root.kind != mapNode {
		return tmpl, diags
	}
	section := func(name string) *node {
		n := root.get(name)
		if n == nil || (n.kind == scalarNode && n.typ == tNull) {
			return nil
		}
		if n.kind != mapNode {
			warn(n.rng, "invalid "+name, "the "+name+" section must be a mapping; it is ignored")
			return nil
		}
		return n
	}
	tmpl.FormatVersion, _ = root.get("AWSTemplateFormatVersion").str()
	tmpl.Description, _ = root.get("Description").str()
	if tr := root.get("Transform"); tr != nil {
		if s, ok := tr.str(); ok {
			tmpl.Transform = []string{s}
		}
		for _, it := range tr.items {
			if s, ok := it.str(); ok {
				tmpl.Transform = append(tmpl.Transform, s)
			}
		}
	}
	if ps := section("Parameters"); ps != nil {
		for _, p := range ps.pairs {
			raw := toValue(p.val)
			raw.KeyRange = p.key.rng
			prm := &Parameter{Name: p.key.val, Range: p.key.rng, Raw: raw}
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
	}{{"Mappings", tmpl.Mappings}, {"Conditions", tmpl.Conditions}, {"Outputs", tmpl.Outputs}, {"Rules", tmpl.Rules}} {
		name, dst := sec.name, sec.dst
		if s := section(name); s != nil {
			for _, p := range s.pairs {
				v := toValue(p.val)
				v.KeyRange = p.key.rng
				dst[p.key.val] = v
			}
		}
	}
	res := section("Resources")
	if res != nil {
		for _, p := range res.pairs {
			tmpl.resNames[p.key.val] = true
		}
	}
	ev := newEvaluator(tmpl, &diags)
	names := make([]string, 0, len(tmpl.Conditions))
	for name := range tmpl.Conditions {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		tmpl.conds[name] = ev.condition(name, tmpl.Conditions[name].KeyRange)
	}
	if res == nil {
		return tmpl, diags
	}
	for _, p := range res.pairs {
		id := p.key.val
		if strings.HasPrefix(id, "Fn::ForEach") {
			warn(p.key.rng, "unsupported Fn::ForEach", "resources generated by "+id+" (AWS::LanguageExtensions) are not read")
			continue
		}
		if p.val.kind != mapNode {
			warn(p.key.rng, "invalid resource", "resource "+id+" must be a mapping; it is skipped")
			continue
		}
		typ, ok := p.val.get("Type").str()
		if !ok || typ == "" {
			warn(p.key.rng, "invalid resource", "resource "+id+" has no Type string; it is skipped")
			continue
		}
		raw := toValue(p.val)
		raw.KeyRange = p.key.rng
		tmpl.RawResources[id] = raw
		r := &parser.Resource{
			Format:  parser.CloudFormation,
			Type:    typ,
			Name:    id,
			Address: id,
			Module:  t.path,
			Range:   p.key.rng,
		}
		if c := raw.Get("Condition"); c != nil {
			if s, ok := c.AsString(); ok && c.Kind == parser.String {
				tmpl.ResourceConditions[id] = s
				if _, ok := tmpl.Conditions[s]; !ok {
					warn(c.Range, "undefined condition", fmt.Sprintf("resource %s uses condition %q, which is not defined", id, s))
				}
			} else {
				warn(c.Range, "invalid Condition", "the Condition of resource "+id+" must be a condition name")
			}
		}
		if d := raw.Get("DependsOn"); d != nil {
			switch d.Kind {
			case parser.String:
				r.DependsOn = []string{d.Str}
			case parser.List:
				for _, e := range d.Elems {
					if e.Kind == parser.String {
						r.DependsOn = append(r.DependsOn, e.Str)
					} else {
						warn(e.Range, "invalid DependsOn", "DependsOn must list logical ids")
					}
				}
			default:
				warn(d.Range, "invalid DependsOn", "DependsOn must be a logical id or a list of them")
			}
			for _, dep := range r.DependsOn {
				if !tmpl.resNames[dep] {
					warn(d.Range, "undefined DependsOn", fmt.Sprintf("resource %s depends on %q, which is not a resource of this template", id, dep))
				}
			}
		}
		props := raw.Get("Properties")
		switch {
		case props == nil:
			r.Body = &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{}, Range: p.key.rng}
		case props.Kind == parser.Null:
			r.Body = &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{}, Range: props.Range, KeyRange: props.KeyRange}
		default:
			body := ev.eval(props)
			if body == nil || body.Kind != parser.Object {
				if body == nil || body.Kind != parser.Unknown {
					warn(props.Range, "invalid Properties", "the Properties of resource "+id+" must be a mapping")
				}
				body = &parser.Value{Kind: parser.Object, Attrs: map[string]*parser.Value{}, Range: props.Range, KeyRange: props.KeyRange}
			}
			r.Body = body
		}
		tmpl.Resources = append(tmpl.Resources, r)
	}
	return tmpl, diags
}

// Resolve evaluates the intrinsic functions in a value as written (from
// RawResources, Outputs, ...) with the template's parameters and options.
// It is safe to call from several goroutines.
func (t *Template) Resolve(v *parser.Value) *parser.Value {
	var diags parser.Diagnostics
	return newEvaluator(t, &diags).eval(v)
}

// Condition returns the value of a named condition and whether it could be
// decided.
func (t *Template) Condition(name string) (value, known bool) {
	switch t.conds[name] {
	case triTrue:
		return true, true
	case triFalse:
		return false, true
	}
	return false, false
}
