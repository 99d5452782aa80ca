package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// A diagnostic setting can be written with the azapi provider as well as
// with azurerm_monitor_diagnostic_setting: an azapi_resource of type
// Microsoft.Insights/diagnosticSettings@<api version> whose parent_id is
// the resource it exports the logs of, and whose body lists them as
// properties.logs[] ({category or categoryGroup, enabled}). Azure Verified
// Modules' interfaces and hand-written azapi code use it next to azurerm
// resources (fp25b). The rules that look for a resource's diagnostic
// settings read both.

// azapiDiagnosticType is the ARM type an azapi diagnostic setting names,
// in lower case, before the "@<api version>".
const azapiDiagnosticType = "microsoft.insights/diagnosticsettings@"

// isAzapiDiagnostic reports whether r is an azapi_resource whose type is
// known to be a diagnostic setting.
func isAzapiDiagnostic(r *parser.Resource) bool {
	if r.Type != "azapi_resource" || r.Data {
		return false
	}
	t, ok := r.Body.Get("type").AsString()
	return ok && strings.HasPrefix(strings.ToLower(strings.TrimSpace(t)), azapiDiagnosticType)
}

// diagTargetAttr is the attribute of the diagnostic setting d that names
// the resource whose logs it exports.
func diagTargetAttr(d *parser.Resource) string {
	if d.Type == "azapi_resource" {
		return "parent_id"
	}
	return "target_resource_id"
}

// azapiDiagnosticsOf returns the azapi diagnostic settings of target's
// root that name it in parent_id: by reference, or by a literal Azure id
// ending in "/<segment>/<target's name>". maybe is true when one names
// something not known statically that may be target.
func azapiDiagnosticsOf(p *engine.Pass, target *parser.Resource, segment string) (found []*parser.Resource, maybe bool) {
	for _, r := range p.Referrers(target, "parent_id", "azapi_resource") {
		if isAzapiDiagnostic(r) {
			found = append(found, r)
		}
	}
	name, named := target.Body.Get("name").AsString()
	for _, r := range p.InRoot(target, "azapi_resource") {
		if !isAzapiDiagnostic(r) || covContains(found, r) {
			continue
		}
		if id, ok := r.Body.Get("parent_id").AsString(); ok {
			if named && strings.HasSuffix(strings.ToLower(strings.TrimSuffix(id, "/")), "/"+segment+"/"+strings.ToLower(name)) {
				found = append(found, r)
			}
			continue
		}
		if p.Unresolved(r, "parent_id") && !covNamesOtherType(r.Body.Get("parent_id"), target.Type) {
			maybe = true
		}
	}
	return found, maybe
}

// azapiLogCategories is covLogCategories for an azapi diagnostic setting:
// the categories its properties.logs enable, whether one enables the
// allLogs or audit category group, and why when that cannot be told. A
// log entry is on unless enabled = false.
func azapiLogCategories(d *parser.Resource) (cats map[string]bool, group bool, hidden *parser.Verdict) {
	body := azapiBody(d)
	if u := setting.Unknown(body); u != nil {
		v := parser.Unknowable(u, "body")
		return nil, false, &v
	}
	logs, unknown := setting.Elems(body.Path("properties", "logs"))
	if unknown != nil {
		v := parser.Unknowable(unknown, "body.properties.logs")
		return nil, false, &v
	}
	cats = map[string]bool{}
	for _, l := range logs {
		on := l.Get("enabled")
		if setting.Unknown(on) != nil {
			v := parser.Unknowable(on, "body.properties.logs enabled")
			return nil, false, &v
		}
		if on.Truth(true) == parser.False {
			continue
		}
		cat, grp := l.Get("category"), l.Get("categoryGroup")
		if u := setting.Unknown(cat, grp); u != nil {
			v := parser.Unknowable(u, "body.properties.logs category")
			return nil, false, &v
		}
		if grp.IsAnyOf("allLogs", "audit") {
			return cats, true, nil
		}
		if s, ok := cat.AsString(); ok {
			cats[strings.ToLower(strings.TrimSpace(s))] = true
		}
	}
	return cats, false, nil
}

// cov7DiagnosticSettings returns the managed diagnostic settings of the
// scan whose bodies are known, azurerm's and azapi's.
func cov7DiagnosticSettings(p *engine.Pass) []*parser.Resource {
	out := append([]*parser.Resource{}, p.KnownManaged(cov7Diagnostics)...)
	for _, r := range p.KnownManaged("azapi_resource") {
		if isAzapiDiagnostic(r) {
			out = append(out, r)
		}
	}
	return out
}
