package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// cov5PolicyAssignments are the resource types that assign an Azure Policy
// definition or initiative to a scope.
var cov5PolicyAssignments = []string{
	"azurerm_management_group_policy_assignment", "azurerm_subscription_policy_assignment",
	"azurerm_resource_group_policy_assignment", "azurerm_resource_policy_assignment", "azurerm_policy_assignment",
}

// cov5RequireDiagnostics reports target when no diagnostic setting names it
// (as covRequire does) and no policy assignment of its root deploys
// diagnostic settings. Landing zones export gateway and Key Vault logs
// through DeployIfNotExists policies, which create the diagnostic setting
// after deployment; an assignment whose definition is not known statically
// may be one, so the target is then undecided instead of reported.
func cov5RequireDiagnostics(p *engine.Pass, target *parser.Resource, segment, problem string) {
	a := covDiagnostics(segment)
	found, unresolved := covAttached(p, target, a)
	switch {
	case len(found) > 0:
		return
	case unresolved:
		p.CannotTell(target, nil, a.unresolved)
		return
	}
	switch cov5DiagnosticsPolicy(p, target) {
	case parser.Yes:
		return
	case parser.CannotTell:
		p.CannotTell(target, nil, "a policy assignment in this module, whose definition is not known statically, may deploy its diagnostic setting")
		return
	}
	p.Report(target, nil, "%s: %s", target.Address, problem)
}

// cov5DiagnosticsPolicy answers whether a policy assignment in res's root
// deploys diagnostic settings: Yes when one assigns a definition (or an
// initiative holding one) whose rule has a deployIfNotExists effect on
// Microsoft.Insights/diagnosticSettings, or a definition named as a
// diagnostics deployment ("Deploy-Diagnostics-..."); CannotTell when an
// assignment's definition is not known statically; No otherwise.
func cov5DiagnosticsPolicy(p *engine.Pass, res *parser.Resource) parser.Answer {
	answer := parser.No
	for _, asg := range p.InRoot(res, cov5PolicyAssignments...) {
		if asg.Data {
			continue
		}
		switch cov5DeploysDiagnostics(p, asg, asg.Body.Get("policy_definition_id"), 0) {
		case parser.Yes:
			return parser.Yes
		case parser.CannotTell:
			answer = parser.CannotTell
		}
	}
	return answer
}

// cov5DeploysDiagnostics judges the definition or initiative id v of
// from (an assignment or initiative): by the definitions it refers to, or
// by its name when written literally.
func cov5DeploysDiagnostics(p *engine.Pass, from *parser.Resource, v *parser.Value, depth int) parser.Answer {
	answer := parser.No
	if depth <= 2 {
		for _, def := range p.Referenced(from, "", "azurerm_policy_definition", "azurerm_policy_set_definition") {
			switch a := cov5DefinitionDeploysDiagnostics(p, def, depth); a {
			case parser.Yes:
				return a
			case parser.CannotTell:
				answer = a
			}
		}
	}
	if len(v.Refs()) > 0 || v.IsNull() {
		return answer
	}
	s, ok := v.AsString()
	if !ok {
		return parser.CannotTell
	}
	name := strings.ToLower(s[strings.LastIndex(s, "/")+1:])
	if strings.HasPrefix(name, "deploy-diag") || strings.Contains(name, "diagnostic") {
		return parser.Yes
	}
	return answer
}

// cov5DefinitionDeploysDiagnostics judges a policy definition by its rule,
// an initiative by the definitions it references.
func cov5DefinitionDeploysDiagnostics(p *engine.Pass, def *parser.Resource, depth int) parser.Answer {
	if !p.BodyKnown(def) {
		return parser.CannotTell
	}
	if def.Type == "azurerm_policy_definition" {
		rule := def.Body.Get("policy_rule")
		switch {
		case rule.IsNull():
			return parser.No
		case !rule.IsKnown():
			return parser.CannotTell
		case cov5Mentions(rule, "deployifnotexists") && cov5Mentions(rule, "microsoft.insights/diagnosticsettings"):
			return parser.Yes
		}
		return parser.No
	}
	answer := parser.No
	for _, ref := range def.Body.Get("policy_definition_reference").Items() {
		switch a := cov5DeploysDiagnostics(p, def, ref.Get("policy_definition_id"), depth+1); a {
		case parser.Yes:
			return a
		case parser.CannotTell:
			answer = a
		}
	}
	return answer
}

// cov5Mentions reports whether needle occurs, case-insensitively, in a
// string, key or element of v.
func cov5Mentions(v *parser.Value, needle string) bool {
	if v == nil {
		return false
	}
	if strings.Contains(strings.ToLower(v.Str), needle) {
		return true
	}
	for k, a := range v.Attrs {
		if strings.Contains(strings.ToLower(k), needle) || cov5Mentions(a, needle) {
			return true
		}
	}
	for _, e := range v.Elems {
		if cov5Mentions(e, needle) {
			return true
		}
	}
	return false
}
