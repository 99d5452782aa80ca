package cloudformation

import (
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// ParseParameters reads a file of stack parameter values in any of the
// forms users keep them in:
//
//   - the AWS CLI's --parameters file, a JSON list of
//     {"ParameterKey": "Env", "ParameterValue": "prod"};
//   - a CodePipeline template configuration, {"Parameters": {"Env": "prod"}};
//   - a plain JSON object {"Env": "prod"};
//   - KEY=VALUE lines (blank lines and # comments are skipped, and the
//     AWS CLI shorthand ParameterKey=Env,ParameterValue=prod is accepted).
//
// Keys may name pseudo parameters, such as AWS::Region=eu-west-1. Every
// value carries its position in the file, and a note naming the file, for
// the Via steps of the values that use it. Problems are diagnostics with
// positions; an entry that cannot be read is skipped.
func ParseParameters(src parser.Source) (map[string]ParamValue, parser.Diagnostics) {
	t := newText(src)
	out := map[string]ParamValue{}
	var diags parser.Diagnostics
	fail := func(rng parser.Range, detail string) {
		diags = append(diags, parser.Diagnostic{Severity: parser.SevError, Summary: "invalid parameters file", Detail: detail, Range: rng})
	}
	put := func(key string, val *parser.Value) {
		out[key] = ParamValue{Value: val, Note: fmt.Sprintf("parameter %s in the parameters file", key)}
	}
	if looksLikeJSON(t.b) {
		root, fatal := readJSON(t, &diags)
		if fatal != nil {
			return nil, append(diags, *fatal)
		}
		switch root.Kind {
		case parser.List:
			for _, it := range root.Elems {
				k, v := it.Get("ParameterKey"), it.Get("ParameterValue")
				key, ok := scalarText(t, k)
				if it.Kind != parser.Object || !ok || key == "" {
					fail(it.Range, `each item must be {"ParameterKey": "Name", "ParameterValue": "value"}`)
					continue
				}
				if v == nil {
					if it.Get("UsePreviousValue") == nil {
						fail(it.Range, "parameter "+key+" has no ParameterValue")
					}
					continue // the deployed value, unknown here: the default stands
				}
				if val := paramValue(t, v, fail); val != nil {
					put(key, val)
				}
			}
		case parser.Object:
			m := root
			if p := root.Get("Parameters"); p != nil {
				if p.Kind != parser.Object {
					fail(p.Range, "Parameters must be a mapping of names to values")
					return out, diags
				}
				m = p
			}
			for _, key := range sourceOrder(m.Attrs) {
				if val := paramValue(t, m.Attrs[key], fail); val != nil {
					put(key, val)
				}
			}
		default:
			fail(root.Range, "a JSON parameters file must be a list of ParameterKey/ParameterValue or an object")
		}
		return out, diags
	}
	for i := 0; i < t.lines(); i++ {
		s, e := t.start[i], t.end[i]
		line := string(t.b[s:e])
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		lead := s + len(line) - len(strings.TrimLeft(line, " \t"))
		if strings.HasPrefix(trimmed, "ParameterKey=") {
			// ParameterKey=Env,ParameterValue=prod
			rest := strings.TrimPrefix(trimmed, "ParameterKey=")
			key, val, ok := strings.Cut(rest, ",ParameterValue=")
			if !ok || key == "" {
				fail(t.rng(lead, e), "want ParameterKey=NAME,ParameterValue=VALUE")
				continue
			}
			from := lead + len("ParameterKey=") + len(key) + len(",ParameterValue=")
			put(key, parser.StringValue(val, t.rng(from, from+len(val))))
			continue
		}
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			fail(t.rng(lead, e), "want KEY=VALUE")
			continue
		}
		key := strings.TrimSpace(line[:eq])
		if key == "" {
			fail(t.rng(lead, e), "the line has no key before =")
			continue
		}
		val := line[eq+1:]
		from := s + eq + 1
		for len(val) > 0 && (val[0] == ' ' || val[0] == '\t') {
			val, from = val[1:], from+1
		}
		val = strings.TrimRight(val, " \t")
		if len(val) >= 2 && (val[0] == '"' && val[len(val)-1] == '"' || val[0] == '\'' && val[len(val)-1] == '\'') {
			put(key, parser.StringValue(val[1:len(val)-1], t.rng(from, from+len(val))))
			continue
		}
		put(key, parser.StringValue(val, t.rng(from, from+len(val))))
	}
	return out, diags
}

// paramValue converts a JSON parameter value: strings, numbers and
// booleans as their text, a list of them joined with commas (a
// CommaDelimitedList).
func paramValue(t *text, v *parser.Value, fail func(parser.Range, string)) *parser.Value {
	switch {
	case v.Kind == parser.Null:
		fail(v.Range, "a parameter value must be a string, not null")
		return nil
	case isScalar(v):
		s, _ := scalarText(t, v)
		return parser.StringValue(s, v.Range)
	case v.Kind == parser.List:
		parts := make([]string, 0, len(v.Elems))
		for _, it := range v.Elems {
			s, ok := scalarText(t, it)
			if !ok {
				fail(it.Range, "a list parameter value must hold strings")
				return nil
			}
			parts = append(parts, s)
		}
		return parser.StringValue(strings.Join(parts, ","), v.Range)
	}
	fail(v.Range, "a parameter value must be a string")
	return nil
}
