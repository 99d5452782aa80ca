package cloudformation

import (
	"sort"

	"github.com/soc2lint/soc2lint/parser"
)

// UndeployedStacks returns the nested stack resources whose Condition is
// false, which Resources leaves out: AWS::CloudFormation::Stack, and
// AWS::Serverless::Application whose Location is a path. The templates they
// name are still nested templates, deployed (if at all) through a parent,
// never stacks of their own. Each is returned as an AWS::CloudFormation::Stack
// whose Body holds the resolved TemplateURL, in logical id order.
func (t *Template) UndeployedStacks() []*parser.Resource {
	ids := make([]string, 0, len(t.RawResources))
	for id := range t.RawResources {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out []*parser.Resource
	for _, id := range ids {
		raw := t.RawResources[id]
		cond, ok := literal(raw.Get("Condition"))
		if !ok {
			continue
		}
		if v, known := t.Condition(cond); !known || v {
			continue
		}
		var url *parser.Value
		switch typ, _ := scalarString(raw.Get("Type")); typ {
		case "AWS::CloudFormation::Stack":
			url = raw.Path("Properties", "TemplateURL")
		case "AWS::Serverless::Application":
			url = raw.Path("Properties", "Location")
		}
		if url == nil || url.Kind == parser.Object {
			continue // none, or an application of the Serverless Application Repository
		}
		out = append(out, &parser.Resource{
			Format: parser.CloudFormation, Type: "AWS::CloudFormation::Stack", Name: id, Address: id,
			Module: t.Path, Range: raw.KeyRange, Condition: cond,
			Body: &parser.Value{Kind: parser.Object, Range: raw.Range, Attrs: map[string]*parser.Value{"TemplateURL": t.Resolve(url)}},
		})
	}
	return out
}

// transformDescription names the macro a Fn::Transform argument runs:
// "AWS::Include of snippet.yaml", "macro MyMacro", or "a macro".
func transformDescription(arg *parser.Value) string {
	name, ok := literal(arg.Get("Name"))
	if !ok {
		return "a macro"
	}
	if name == "AWS::Include" {
		if loc, ok := literal(arg.Path("Parameters", "Location")); ok {
			return "AWS::Include of " + loc
		}
		return "AWS::Include"
	}
	return "macro " + name
}
