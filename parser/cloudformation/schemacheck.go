package cloudformation

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/internal/cfnschema"
	"github.com/soc2lint/soc2lint/parser"
)

// resourceAttributes are the keys a resource entry may hold besides Type.
var resourceAttributes = []string{
	"Condition", "CreationPolicy", "DeletionPolicy", "DependsOn", "Metadata",
	"Properties", "Type", "UpdatePolicy", "UpdateReplacePolicy",
}

// schemaDiagnostics warns about the names in resource entries (after
// Fn::ForEach) that CloudFormation does not know: a misspelled property
// reads as "not set" to every rule, so `Encypted: true` would leave a
// volume unencrypted without a word. It warns only when it can name what
// was likely meant (a name equal but for case, or a small edit away): the
// schema is generated from goformation and lags behind CloudFormation, and
// a name far from every known one is more likely new than a typo. Only
// AWS::* and Alexa::* types are checked; Custom::* and third-party types
// (Org::Service::Type) are registered per account and unknown here.
// Properties in both branches of Fn::If are checked; the values of other
// intrinsic functions are values, not property names.
// The properties in SAM's Globals are checked against the resource types
// they apply to.
//
// Nearly every template draws no warning, so a first pass only asks
// whether there is one, in the maps' own order and stopping at the
// first; only then does a second pass walk the names in source order
// (sourceOrder sorts every mapping's keys) to give the warnings in the
// order they have always had.
func schemaDiagnostics(raw, globals map[string]*parser.Value) parser.Diagnostics {
	c := &schemaChecker{schema: cfnschema.Default(), probe: true}
	c.run(raw, globals)
	if !c.found {
		return nil
	}
	c = &schemaChecker{schema: c.schema, seen: map[string]bool{}, suggested: c.suggested}
	c.run(raw, globals)
	sort.SliceStable(c.diags, func(i, j int) bool {
		return c.diags[i].Range.Start.Byte < c.diags[j].Range.Start.Byte
	})
	return c.diags
}

// run checks the resources raw and the SAM Globals globals.
func (c *schemaChecker) run(raw, globals map[string]*parser.Value) {
	c.each(raw, c.resource)
	c.each(globals, func(kind string, v *parser.Value) {
		typ := "AWS::Serverless::" + kind
		if obj, ok := c.schema.Resource(typ); ok {
			c.value(v, &cfnschema.Type{Kind: cfnschema.Object, Object: obj}, typ, "", 0)
		}
	})
}

// each calls f on every entry of m: in source order, or when c only
// probes, in the map's order until a warning is found.
func (c *schemaChecker) each(m map[string]*parser.Value, f func(string, *parser.Value)) {
	if c.probe {
		for k, v := range m {
			if c.found {
				return
			}
			f(k, v)
		}
		return
	}
	for _, k := range sourceOrder(m) {
		f(k, m[k])
	}
}

type schemaChecker struct {
	schema *cfnschema.Schema
	// probe makes warn only note that there is a warning (found), and
	// each walk in any order and stop there.
	probe, found bool
	diags        parser.Diagnostics
	// seen holds the warnings given, by place and text: the copies that
	// Fn::ForEach makes of one resource warn once.
	seen map[string]bool
	// suggested holds what suggest found for a name that is not a
	// property of one or two object types: a template repeats the same
	// resources, and the edit distances to every known name cost more
	// than the rest of the check.
	suggested map[suggestKey]suggestion
}

type suggestKey struct {
	a, b *cfnschema.ObjectType
	name string
}

type suggestion struct {
	s  string
	ok bool
}

// suggest returns the property name of objs that name likely misspells
// (cfnschema.Suggest over the names of every type of objs).
func (c *schemaChecker) suggest(name string, objs []*cfnschema.ObjectType) (string, bool) {
	var key suggestKey
	cache := len(objs) <= 2
	if cache {
		key.name = name
		if len(objs) > 0 {
			key.a = objs[0]
		}
		if len(objs) > 1 {
			key.b = objs[1]
		}
		if r, ok := c.suggested[key]; ok {
			return r.s, r.ok
		}
	}
	var names []string
	if len(objs) == 1 {
		names = objs[0].Names()
	} else {
		for _, o := range objs {
			names = append(names, o.Names()...)
		}
	}
	s, ok := cfnschema.Suggest(name, names)
	if cache {
		if c.suggested == nil {
			c.suggested = map[suggestKey]suggestion{}
		}
		c.suggested[key] = suggestion{s, ok}
	}
	return s, ok
}

func (c *schemaChecker) warn(rng parser.Range, summary, detail string) {
	if c.probe {
		c.found = true
		return
	}
	key := fmt.Sprintf("%d:%d:%s", rng.Start.Line, rng.Start.Column, detail)
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	c.diags = append(c.diags, parser.Diagnostic{Severity: parser.SevWarning, Summary: summary, Detail: detail, Range: rng})
}

func (c *schemaChecker) resource(id string, raw *parser.Value) {
	if raw == nil || raw.Kind != parser.Object {
		return
	}
	c.each(raw.Attrs, func(k string, v *parser.Value) {
		if !strings.HasPrefix(k, "Fn::") && !slices.Contains(resourceAttributes, k) {
			if s, ok := cfnschema.Suggest(k, resourceAttributes); ok {
				c.warn(v.KeyRange, "unknown resource attribute",
					fmt.Sprintf("resource %s has no attribute %q; did you mean %q?", id, k, s))
			}
		}
	})
	tv := raw.Get("Type")
	typ, ok := literal(tv)
	if !ok || !strings.HasPrefix(typ, "AWS::") && !strings.HasPrefix(typ, "Alexa::") {
		return
	}
	obj, ok := c.schema.Resource(typ)
	if !ok {
		if s, ok := cfnschema.Suggest(typ, c.schema.ResourceTypes()); ok {
			c.warn(tv.Range, "unknown resource type", fmt.Sprintf("%s is not a CloudFormation resource type; did you mean %q?", typ, s))
		}
		return
	}
	c.value(raw.Get("Properties"), &cfnschema.Type{Kind: cfnschema.Object, Object: obj}, typ, "", 0)
}

// value checks the property names in v, a value of type t written at
// path (dotted, "" for the Properties) of a resource of type typ.
func (c *schemaChecker) value(v *parser.Value, t *cfnschema.Type, typ, path string, depth int) {
	if v == nil || t == nil || depth > maxDepth {
		return
	}
	switch t.Kind {
	case cfnschema.List, cfnschema.Map, cfnschema.Object, cfnschema.Union:
	default:
		// A string, number, boolean or untyped value holds no property
		// names, whatever is written there (the branches of an Fn::If
		// have the same type): most values, and most intrinsic functions'
		// places, need no look at their map.
		return
	}
	if fn, args, ok := intrinsic(v); ok {
		if fn == "Fn::If" && args != nil && args.Kind == parser.List && len(args.Elems) == 3 {
			c.value(args.Elems[1], t, typ, path, depth+1)
			c.value(args.Elems[2], t, typ, path, depth+1)
		}
		return
	}
	switch t.Kind {
	case cfnschema.List:
		if v.Kind == parser.List {
			for _, el := range v.Elems {
				c.value(el, t.Elem, typ, path, depth+1)
			}
		}
	case cfnschema.Map:
		if v.Kind == parser.Object {
			c.each(v.Attrs, func(_ string, a *parser.Value) {
				c.value(a, t.Elem, typ, path, depth+1)
			})
		}
	case cfnschema.Object, cfnschema.Union:
		if v.Kind != parser.Object {
			return
		}
		objs, open := t.Objects()
		if open || len(objs) == 0 {
			return
		}
		c.object(v, objs, typ, path, depth)
	}
}

// object checks the keys of a mapping that is one of the object types
// objs.
func (c *schemaChecker) object(v *parser.Value, objs []*cfnschema.ObjectType, typ, path string, depth int) {
	c.each(v.Attrs, func(k string, a *parser.Value) {
		if strings.HasPrefix(k, "Fn::") {
			return // Fn::ForEach::Name and other macros' keys
		}
		var pt *cfnschema.Type
		for _, o := range objs {
			if t, ok := o.Property(k); ok {
				pt = t
				break
			}
		}
		if pt != nil {
			sub := k
			if c.probe {
				sub = "" // only a warning's text names the path
			} else if path != "" {
				sub = path + "." + k
			}
			c.value(a, pt, typ, sub, depth+1)
			return
		}
		s, ok := c.suggest(k, objs)
		if !ok {
			return
		}
		owner := typ
		if path != "" {
			owner = typ + " property " + path
		}
		c.warn(a.KeyRange, "unknown property", fmt.Sprintf("%s has no property %q; did you mean %q?", owner, k, s))
	})
}
