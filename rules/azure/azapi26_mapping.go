package azure

import (
	"maps"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// The azapi provider writes any ARM resource: azapi_resource creates one of
// the type its `type` names ("Microsoft.Storage/storageAccounts@2023-05-01")
// with the properties its `body` holds (an HCL object, or a JSON string from
// jsonencode), and azapi_update_resource patches an existing one with the
// properties its body writes. Azure Verified Modules and platform teams
// write storage accounts, vaults, clusters and databases this way, beside
// (or instead of) the azurerm resources the Azure rules judge.
//
// An armSetting declares, next to a rule's azurerm setting.Check, the same
// concept on the ARM type: the property's path in the body
// ("properties.minimumTlsVersion") and the ARM API's default when the
// property is left out. The ARM default is not always the azurerm
// provider's: azurerm sends its own defaults (allowBlobPublicAccess = true,
// minimumTlsVersion = TLS1_2) where the bare API interprets an absent
// property otherwise. The verdicts are the setting package's, on a view of
// the azapi resource whose body is the decoded ARM document, so a finding
// names the property as written ("body.properties.minimumTlsVersion =
// TLS1_0") and points at it.
//
// What the layer decides for every rule alike:
//   - an azapi_resource whose type (before the "@") is not the setting's is
//     not judged, nor one whose type is not known (some other ARM type);
//   - an azapi_resource without a body, or whose body is not known or not a
//     JSON document, cannot be told (an undecided note);
//   - an azapi_update_resource changes only what its body writes: a
//     property it leaves out keeps what the resource had, so only written
//     values are judged, never the ARM default;
//   - a child type whose name says what it configures (sites/config "web",
//     a server parameter) is judged only under that name.
type armSetting struct {
	// Type is the ARM resource type, without the API version.
	Type string
	// Names, when set, limits the setting to child resources of one of
	// these names (compared case-insensitively).
	Names []string
	// Judge decides a resource from its ARM properties.
	Judge armJudge
	// Problem says what is wrong, as setting.Check's Problem.
	Problem string
	// If, when set, limits the setting to the resources for which it
	// answers Yes (an AKS cluster's AAD profile, a site's kind).
	If armJudge
}

// armJudge builds the judgement of one ARM property: update is true for an
// azapi_update_resource, whose absent properties are left as they are.
type armJudge func(update bool) setting.Judge

// armAttr names an ARM property by its path in the body
// ("properties.minimumTlsVersion").
func armAttr(path string) parser.Attr { return parser.A("body."+path, "") }

// armTrue judges a boolean property that must be true; def is the ARM
// API's value when it is left out.
func armTrue(path string, def bool) armJudge {
	a := armAttr(path)
	return func(update bool) setting.Judge {
		if update {
			return setting.MustBeTrue(a, true)
		}
		return setting.MustBeTrue(a, def)
	}
}

// armFalse judges a boolean property that must be false; def is the ARM
// API's value when it is left out.
func armFalse(path string, def bool) armJudge {
	a := armAttr(path)
	return func(update bool) setting.Judge {
		if update {
			return setting.MustBeFalse(a, false)
		}
		return setting.MustBeFalse(a, def)
	}
}

// armNot judges a string property whose values bad are insecure; def is
// the ARM API's value when it is left out ("" when absence is fine).
func armNot(path, def string, bad ...string) armJudge {
	a := armAttr(path)
	return func(update bool) setting.Judge {
		if update {
			return setting.MustNotBe(a, "", bad...)
		}
		return setting.MustNotBe(a, def, bad...)
	}
}

// armOneOf judges a string property whose only secure values are good;
// def is the ARM API's value when it is left out ("" when absence is
// fine).
func armOneOf(path, def string, good ...string) armJudge {
	a := armAttr(path)
	return func(update bool) setting.Judge {
		if update {
			return setting.MustBeOneOf(a, "", good...)
		}
		return setting.MustBeOneOf(a, def, good...)
	}
}

// armEither is insecure when any of js is (setting.Either).
func armEither(js ...armJudge) armJudge {
	return func(update bool) setting.Judge {
		built := make([]setting.Judge, len(js))
		for i, j := range js {
			built[i] = j(update)
		}
		return setting.Either(built...)
	}
}

// armBoth is insecure only when all of js are (setting.Both).
func armBoth(js ...armJudge) armJudge {
	return func(update bool) setting.Judge {
		built := make([]setting.Judge, len(js))
		for i, j := range js {
			built[i] = j(update)
		}
		return setting.Both(built...)
	}
}

// Check returns the setting as a setting.Check on the azapi resources, to
// stand beside the rule's azurerm checks.
func (s armSetting) Check() setting.Check {
	return setting.Check{
		Types: azapiTypes,
		If: func(res *parser.Resource) parser.Verdict {
			if v := armIs(res, s.Type, s.Names); v.Answer != parser.Yes || s.If == nil {
				return v
			}
			view, v := armView(res)
			if view == nil {
				return v
			}
			return s.If(res.Type == "azapi_update_resource")(view)
		},
		Judge: func(res *parser.Resource) parser.Verdict {
			view, v := armView(res)
			if view == nil {
				return v
			}
			return armPoint(view, s.Judge(res.Type == "azapi_update_resource")(view))
		},
		Problem: s.Problem,
	}
}

// armChecks returns the checks of settings, for a rule's list of checks.
func armChecks(settings ...armSetting) []setting.Check {
	out := make([]setting.Check, len(settings))
	for i, s := range settings {
		out[i] = s.Check()
	}
	return out
}

// armType returns the ARM type res names before its "@<api version>", in
// lower case, and whether it is known: a type whose API version only is
// computed ("Microsoft.Web/sites@${local.api}") is known.
func armType(res *parser.Resource) (string, bool) {
	tv := res.Body.Get("type")
	t, ok := tv.AsString()
	if !ok {
		prefix, partly := tv.KnownPrefix()
		if !partly || !strings.Contains(prefix, "@") {
			return "", false
		}
		t = prefix
	}
	t, _, _ = strings.Cut(strings.TrimSpace(t), "@")
	return strings.ToLower(t), true
}

// armIs answers whether res is an azapi resource of ARM type typ and, for
// a child named by names, of one of those names. A resource whose type is
// not known is some other ARM resource (No); one of the type whose name is
// not known cannot be told.
func armIs(res *parser.Resource, typ string, names []string) parser.Verdict {
	t, ok := armType(res)
	if !ok || t != strings.ToLower(typ) {
		return parser.Decided
	}
	if len(names) == 0 {
		return parser.Verdict{Answer: parser.Yes}
	}
	for _, attr := range []string{"name", "resource_id"} {
		v := res.Body.Get(attr)
		if v.IsNull() {
			continue
		}
		s, ok := v.AsString()
		if !ok {
			suffix, partly := v.KnownSuffix()
			if !partly || !strings.Contains(suffix, "/") {
				return parser.Unknowable(v, attr)
			}
			s = suffix
		}
		s = s[strings.LastIndex(s, "/")+1:]
		for _, n := range names {
			if strings.EqualFold(s, n) {
				return parser.Verdict{Answer: parser.Yes}
			}
		}
		return parser.Decided
	}
	return parser.Decided
}

// armView returns res with its body as an object, the JSON string a
// jsonencode body holds decoded, for the ARM attributes to read; or nil and
// the verdict when the body cannot be read: an azapi_resource without a
// body, or with a string that is not a JSON document, cannot be told; an
// azapi_update_resource without one changes nothing. An unknown body is
// returned as it is: the judgement says it cannot tell.
func armView(res *parser.Resource) (*parser.Resource, parser.Verdict) {
	body := res.Body.Get("body")
	switch {
	case body.IsNull() && azapiSensitiveBody(res) == nil:
		if res.Type == "azapi_update_resource" {
			return nil, parser.Decided
		}
		return nil, parser.Verdict{Answer: parser.CannotTell, Detail: "body is not written: the ARM properties the resource is created with are not known"}
	case body != nil && body.Kind == parser.String:
		doc, ok := setting.DecodedJSON(body)
		if !ok || doc.Kind != parser.Object {
			return nil, parser.Unreadable(body, "body", "not a JSON object")
		}
		body = doc
	}
	merged := azapiMergeSensitive(res, body)
	if merged == res.Body.Get("body") {
		return res, parser.Decided
	}
	view := *res
	b := *res.Body
	b.Attrs = maps.Clone(res.Body.Attrs)
	b.Attrs["body"] = merged
	view.Body = &b
	return &view, parser.Decided
}

// azapiSensitiveBody returns an azapi resource's sensitive_body as an
// object (a jsonencode string decoded), or nil when it is not written or
// is not an object known statically.
func azapiSensitiveBody(res *parser.Resource) *parser.Value {
	s := res.Body.Get("sensitive_body")
	if s != nil && s.Kind == parser.String {
		s, _ = setting.DecodedJSON(s)
	}
	if s == nil || s.Kind != parser.Object {
		return nil
	}
	return s
}

// azapiMergeSensitive returns body (an object, or not written) with the
// resource's sensitive_body merged in, as the azapi provider merge-patches
// it into the request body it sends: objects merge key by key, any other
// value of sensitive_body replaces body's. A sensitive_body that is not
// written or not known statically as a whole leaves body as it is: it holds
// write-only secrets by convention, and reading it as unknown would make
// every judgement of the resource undecided. An unknown body is returned
// as it is.
func azapiMergeSensitive(res *parser.Resource, body *parser.Value) *parser.Value {
	s := azapiSensitiveBody(res)
	switch {
	case s == nil:
		return body
	case body.IsNull():
		return s
	case body.Kind != parser.Object:
		return body
	}
	return mergePatch(body, s)
}

// mergePatch merges the object patch into the object v (RFC 7386 without
// deletions: a null in patch is ignored).
func mergePatch(v, patch *parser.Value) *parser.Value {
	out := *v
	out.Attrs = maps.Clone(v.Attrs)
	if out.Attrs == nil {
		out.Attrs = map[string]*parser.Value{}
	}
	for k, pv := range patch.Attrs {
		if pv.IsNull() {
			continue
		}
		if cur := out.Attrs[k]; cur != nil && cur.Kind == parser.Object && pv.Kind == parser.Object {
			out.Attrs[k] = mergePatch(cur, pv)
			continue
		}
		out.Attrs[k] = pv
	}
	return &out
}

// armPoint makes a finding about properties left out point at the body's
// properties object (or the body) when the judgement names no value.
func armPoint(view *parser.Resource, v parser.Verdict) parser.Verdict {
	if v.Answer != parser.Yes || v.At != nil {
		return v
	}
	for _, at := range []*parser.Value{armAttr("properties").Of(view), view.Body.Get("body")} {
		if at != nil && at.Kind == parser.Object {
			v.At = at
			return v
		}
	}
	return v
}
