package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// left26Rules are session 26's Azure rules (left26): a compute resource's
// managed identity that can grant access on a resource group.
func left26Rules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AZURE-198", Check: checkWorkloadIdentityGrantsAccess, Reads: left26WorkloadReads},
	}
}

// workloadComputeTypes run code (a VM's or scale set's processes, a
// function's or web app's handlers, runbooks, containers, workflows,
// pipelines) that can take a token for their managed identity from the
// platform's identity endpoint: whoever controls that code acts as the
// identity.
var workloadComputeTypes = []string{
	"azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_virtual_machine",
	"azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set",
	"azurerm_orchestrated_virtual_machine_scale_set", "azurerm_virtual_machine_scale_set",
	"azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app",
	"azurerm_linux_function_app_slot", "azurerm_windows_function_app_slot", "azurerm_function_app_flex_consumption",
	"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service",
	"azurerm_linux_web_app_slot", "azurerm_windows_web_app_slot",
	"azurerm_automation_account", "azurerm_container_group", "azurerm_container_app", "azurerm_container_app_job",
	"azurerm_logic_app_workflow", "azurerm_logic_app_standard", "azurerm_kubernetes_cluster",
	"azurerm_spring_cloud_app", "azurerm_batch_pool", "azurerm_data_factory",
	"azurerm_machine_learning_compute_instance", "azurerm_machine_learning_compute_cluster",
}

// left26AssignmentTypes are the standing role assignments AZURE-198 judges.
var left26AssignmentTypes = []string{"azurerm_role_assignment", "azurerm_pim_active_role_assignment"}

var left26WorkloadReads = append(append([]string{"azurerm_user_assigned_identity", "azurerm_resource_group", "azurerm_role_definition"},
	left26AssignmentTypes...), workloadComputeTypes...)

// left26GrantingRole reports whether role is one of the shared privileged
// built-in roles (packPrivilegedRoles) that may write role assignments
// (Microsoft.Authorization/roleAssignments/write): all of them but
// Contributor, whose NotActions exclude it.
func left26GrantingRole(role string) bool {
	if role == "" || role == "Contributor" {
		return false
	}
	for _, name := range packPrivilegedRoles {
		if name == role {
			return true
		}
	}
	return false
}

// checkWorkloadIdentityGrantsAccess is AZURE-198: a standing assignment of
// Owner, User Access Administrator or Role Based Access Control
// Administrator on a resource group to the managed identity of a resource
// that runs code (its system-assigned identity, or a user-assigned
// identity the resource carries). Code running there (or anyone who takes
// it over through the instance metadata endpoint) can grant itself or any
// principal any role on the group and everything in it. Subscription and
// wider scopes are AZURE-030's; a scope narrower than a resource group, an
// access-administration role restricted by an ABAC condition, Contributor
// (which cannot write role assignments) and identities that no resource
// of the root runs with are not reported.
func checkWorkloadIdentityGrantsAccess(p *engine.Pass) {
	for _, res := range p.KnownResources(left26AssignmentTypes...) {
		if res.Data {
			continue
		}
		group := left26ResourceGroupScope(p, res)
		if group == "" {
			continue
		}
		role, at, _ := packAssignedRole(p, res)
		if !left26GrantingRole(role) {
			continue
		}
		if packAccessAdminRoles[role] && !res.Body.Get("condition").IsNull() {
			continue
		}
		workload := left26Workload(p, res)
		if workload == "" {
			continue
		}
		p.Report(res, at, "%s assigns %s on %s to %s: code running there can grant itself or anyone any role on the resource group",
			res.Address, role, group, workload)
	}
}

// left26Workload names the resource that runs with the identity an
// assignment's principal_id names, or "".
func left26Workload(p *engine.Pass, res *parser.Resource) string {
	for _, c := range p.Referenced(res, "principal_id", workloadComputeTypes...) {
		if !c.Data {
			return "the system-assigned identity of " + c.Address
		}
	}
	for _, id := range p.Referenced(res, "principal_id", "azurerm_user_assigned_identity") {
		if id.Data {
			continue
		}
		for _, attr := range []string{"identity_ids", "user_assigned_identity_id"} {
			for _, c := range p.Referrers(id, attr, workloadComputeTypes...) {
				if !c.Data {
					return id.Address + ", which " + c.Address + " runs with"
				}
			}
		}
	}
	return ""
}

// left26ResourceGroupScope describes an assignment's scope when it is a
// whole resource group: a literal /subscriptions/<id>/resourceGroups/<name>
// id, or exactly the id of a resource group (managed or a data source).
// It returns "" for any other scope, and for one not known statically.
func left26ResourceGroupScope(p *engine.Pass, res *parser.Resource) string {
	v := res.Body.Get("scope")
	if s, ok := v.AsString(); ok {
		parts := strings.Split(strings.Trim(strings.TrimSpace(s), "/"), "/")
		if len(parts) == 4 && strings.EqualFold(parts[0], "subscriptions") && strings.EqualFold(parts[2], "resourceGroups") {
			return "resource group " + parts[3]
		}
		return ""
	}
	if parts := v.KnownParts(); parts != nil {
		// "${data.azurerm_subscription.x.id}/resourceGroups/${var.group}"
		// or "/subscriptions/${var.subscription_id}/resourceGroups/app":
		// each unknown piece a single segment.
		segs := strings.Split(strings.Trim(strings.Join(parts, "\x00"), "/"), "/")
		if len(segs) == 3 && segs[0] == "\x00" {
			segs = append([]string{"subscriptions"}, segs...)
		}
		if len(segs) != 4 || !strings.EqualFold(segs[0], "subscriptions") || !strings.EqualFold(segs[2], "resourceGroups") {
			return ""
		}
		if segs[3] == "\x00" {
			return "a resource group"
		}
		return "resource group " + strings.ReplaceAll(segs[3], "\x00", "…")
	}
	if v == nil || v.Kind != parser.Unknown || len(v.Refs()) == 0 {
		return ""
	}
	isGroup := func(addr string) bool {
		return parser.ResourceType(addr) == "azurerm_resource_group" || strings.Contains(addr, "data.azurerm_resource_group.") ||
			strings.HasPrefix(addr, "local.")
	}
	if !parser.ComputedFrom(v, isGroup) {
		return ""
	}
	if groups := p.Referenced(res, "scope", "azurerm_resource_group"); len(groups) > 0 {
		return groups[0].Address
	}
	return ""
}
