package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Helpers shared by the pack rules (pack_*.go).

// Scope kinds of an Azure RBAC scope.
const (
	packScopeSubscription    = "subscription"
	packScopeManagementGroup = "management group"
	packScopeRoot            = "tenant root"
)

// packBroadScope returns the kind of a broad RBAC scope (a subscription, a
// management group or the tenant root "/"), or "" when the scope is
// narrower or not known. A scope is known when it is a known string, or
// an expression that is exactly `data.azurerm_subscription.X.id`,
// `data.azurerm_management_group.X.id` or `azurerm_management_group.X.id`
// written in place: the evaluator leaves such ids unknown, and a template
// that appends a resource group to them must not count as the
// subscription itself.
func packBroadScope(v *parser.Value) string {
	if v == nil {
		return ""
	}
	if s, ok := v.AsString(); ok {
		return packScopeOfString(s)
	}
	// A scope built from one unknown id at its end, such as
	// "/subscriptions/${var.subscription_id}": the unknown piece stands for
	// that id.
	if parts := v.KnownParts(); len(parts) == 2 && (parts[1] == "" || parts[1] == "/") && strings.HasSuffix(parts[0], "/") {
		return packScopeOfString(parts[0] + "id")
	}
	if setting.Unknown(v) == nil || len(v.Refs()) != 1 || len(v.Uses()) != 1 || v.Uses()[0] != v.Refs()[0] {
		return ""
	}
	ref := v.Refs()[0]
	local := packLocalRef(ref)
	// The expression must be the reference followed by ".id" and nothing
	// else: a traversal holds no spaces, so its width tells.
	r := v.Range
	if r.Start.Line != r.End.Line || int(r.End.Column-r.Start.Column) != len(local)+len(".id") {
		return ""
	}
	switch {
	case strings.HasPrefix(local, "data.azurerm_subscription."):
		return packScopeSubscription
	case strings.HasPrefix(local, "data.azurerm_management_group."), strings.HasPrefix(local, "azurerm_management_group."):
		return packScopeManagementGroup
	}
	return ""
}

// packMayBeBroadScope reports whether a scope that packBroadScope does not
// find broad may still be: it cannot be told statically, its known text
// does not name a resource group or a resource below the subscription, and
// the resources it is built from include a subscription or management
// group, or are not known (a variable without a value).
func packMayBeBroadScope(v *parser.Value) bool {
	if setting.Unknown(v) == nil {
		return false
	}
	known := strings.ToLower(strings.Join(v.KnownParts(), "*"))
	if strings.Contains(known, "/resourcegroups/") || strings.Contains(known, "/providers/") &&
		!strings.Contains(known, "/providers/microsoft.management/managementgroups/") {
		return false
	}
	if len(v.Refs()) == 0 {
		return true
	}
	for _, ref := range v.Refs() {
		switch local := packLocalRef(ref); {
		case strings.HasPrefix(local, "data.azurerm_subscription."), strings.HasPrefix(local, "azurerm_subscription."),
			strings.HasPrefix(local, "data.azurerm_subscriptions."),
			strings.HasPrefix(local, "data.azurerm_management_group."), strings.HasPrefix(local, "azurerm_management_group."),
			strings.HasPrefix(local, "data.azurerm_client_config."):
			return true
		}
	}
	// Built from the ids of narrower resources (a resource group, a
	// storage account, a key vault).
	return false
}

// packLocalRef strips the module path from a reference:
// "module.m.data.azurerm_subscription.x" becomes "data.azurerm_subscription.x".
func packLocalRef(ref string) string {
	parts := strings.Split(ref, ".")
	n := 2
	if len(parts) >= 3 && parts[len(parts)-3] == "data" {
		n = 3
	}
	if len(parts) < n {
		return ref
	}
	return strings.Join(parts[len(parts)-n:], ".")
}

// packScopeOfString classifies a literal scope id.
func packScopeOfString(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "/" {
		return packScopeRoot
	}
	s = strings.TrimSuffix(s, "/")
	parts := strings.Split(strings.TrimPrefix(s, "/"), "/")
	switch {
	case len(parts) == 2 && parts[0] == "subscriptions" && parts[1] != "":
		return packScopeSubscription
	case len(parts) == 4 && parts[0] == "providers" && parts[1] == "microsoft.management" &&
		parts[2] == "managementgroups" && parts[3] != "":
		return packScopeManagementGroup
	}
	return ""
}
