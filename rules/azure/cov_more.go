package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covAKSLogging() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-115",
		Name:     "aks-logs-not-exported",
		Title:    "AKS cluster exports neither control-plane logs nor container logs",
		Severity: engine.Medium,
		Description: "An azurerm_kubernetes_cluster has no azurerm_monitor_diagnostic_setting naming it (which exports " +
			"the kube-apiserver and kube-audit logs) and no oms_agent block (Container Insights, azurerm 3.x/4.x; " +
			"addon_profile.oms_agent in 2.x) sending to a Log Analytics workspace: who did what in the cluster, " +
			"and what its workloads logged, is not kept. A cluster is undecided when a diagnostic setting in its " +
			"root names a target not known statically.",
		Remediation: engine.Remediation{Summary: "Add a diagnostic setting on the cluster exporting kube-audit-admin and kube-apiserver (and enable Container Insights with oms_agent)."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://learn.microsoft.com/azure/aks/monitor-aks",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster#oms_agent",
		},
		Precision: "high",
		Check: func(p *engine.Pass) {
			for _, c := range p.ResourcesOfType("azurerm_kubernetes_cluster") {
				if c.Data || !p.BodyKnown(c) {
					continue
				}
				oms := parser.A("oms_agent.log_analytics_workspace_id", "").Of(c)
				legacy := parser.A("addon_profile.oms_agent.enabled", "").Of(c)
				if parser.Set(oms) != parser.No || !legacy.IsNull() && !legacy.IsFalse() {
					continue
				}
				covRequire(p, c, covDiagnostics("managedclusters"), "the cluster's logs are not exported (no diagnostic setting, no oms_agent)")
			}
		},
	}
}

// covPGLogSettings are PostgreSQL server parameters that Azure turns on by
// default and that must stay on.
var covPGLogSettings = []string{"log_checkpoints", "log_connections", "log_disconnections", "connection_throttling",
	"connection_throttle.enable", "log_retention"}

func covPostgresLoggingOff() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-116",
		Name:     "postgresql-logging-parameter-off",
		Title:    "Azure PostgreSQL server turns a logging parameter off",
		Severity: engine.Medium,
		Description: "An azurerm_postgresql_configuration (single server) or azurerm_postgresql_flexible_server_configuration " +
			"sets log_checkpoints, log_connections, log_disconnections, connection_throttling (connection_throttle.enable " +
			"on flexible servers) or log_retention to \"off\": connections, disconnections, checkpoints or throttled " +
			"login floods are then no longer in the server logs. Azure turns these on by default, so a server " +
			"that does not write them is not reported. Values not known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Remove the configuration or set its value to \"on\"."},
		Checklist:   []string{"LOG-2"},
		Links: []string{
			"https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-logging",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_configuration",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration"},
		If:      setting.Is(parser.A("name", ""), "", covPGLogSettings...),
		Judge:   setting.MustNotBe(parser.A("value", ""), "", "off", "false", "0"),
		Problem: "a logging parameter is off",
	})
}

func covNSGUnrestrictedEgress() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-117",
		Name:     "nsg-unrestricted-egress",
		Title:    "Network security group rule allows all outbound traffic to the internet",
		Severity: engine.Medium,
		Description: "A network security group rule (azurerm_network_security_rule or an inline security_rule) " +
			"allows Outbound traffic on every port and protocol to any destination (\"*\", \"Internet\", \"Any\", " +
			"0.0.0.0/0 or ::/0). Workloads can then send data anywhere, and malware reaches its command and " +
			"control freely; egress should be limited to the destinations and ports the application needs. Azure's " +
			"built-in AllowInternetOutBound rule is not written in code and is not reported: deny it with an " +
			"explicit rule. Rules whose fields are not known statically are not reported.",
		Remediation: engine.Remediation{Summary: "Allow outbound traffic only to the address ranges, service tags and ports the workload needs, and add a lower-priority rule denying the Internet."},
		Checklist:   []string{"NET-5"},
		Links: []string{
			"https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#outbound",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule",
		},
		Precision: "high",
		Check: func(p *engine.Pass) {
			netEachNSGRule(p, func(res *parser.Resource, rule *parser.Value, name string) {
				if !res.Data {
					covCheckEgress(p, res, rule, name)
				}
			})
		},
	}
}

// covCheckEgress reports an outbound Allow rule to the internet on every
// port and protocol.
func covCheckEgress(p *engine.Pass, res *parser.Resource, rule *parser.Value, name string) {
	if !netexposure.StringIs(rule.Get("access"), "Allow") || !netexposure.StringIs(rule.Get("direction"), "Outbound") ||
		!netexposure.StringIs(rule.Get("protocol"), "*") {
		return
	}
	all := false
	for _, spec := range netStrings(rule.Get("destination_port_range"), rule.Get("destination_port_ranges")) {
		if _, a := netPortHits(spec); a {
			all = true
		}
	}
	if !all {
		return
	}
	for _, dst := range netStrings(rule.Get("destination_address_prefix"), rule.Get("destination_address_prefixes")) {
		if netIsInternetSource(dst) {
			p.Report(res, dst, "%s allows all outbound traffic to %q", name, dst.Str)
			return
		}
	}
}

func covLogProfileIncomplete() *engine.Rule {
	return &engine.Rule{
		ID:       "AZURE-118",
		Name:     "log-profile-incomplete",
		Title:    "Activity log profile does not capture every category or the global region",
		Severity: engine.Medium,
		Description: "An azurerm_monitor_log_profile (the legacy Activity Log export) lists categories without one of " +
			"Write, Delete and Action, or locations without \"global\": changes of that kind, or to global " +
			"resources such as IAM and Front Door, are then not exported. Lists not known statically become " +
			"undecided notes.",
		Remediation: engine.Remediation{Summary: "List the categories Write, Delete and Action and every region plus \"global\", or replace the log profile with a subscription diagnostic setting."},
		Checklist:   []string{"LOG-1"},
		Links: []string{
			"https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log#legacy-collection-methods",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/monitor_log_profile",
		},
		Precision: "very-high",
		Check: func(p *engine.Pass) {
			for _, lp := range p.ResourcesOfType("azurerm_monitor_log_profile") {
				if lp.Data || !p.BodyKnown(lp) {
					continue
				}
				for _, want := range []struct {
					attr string
					need []string
				}{{"categories", []string{"Action", "Delete", "Write"}}, {"locations", []string{"global"}}} {
					v := lp.Body.Get(want.attr)
					// Absent is refused by the provider; a lone string is not a list.
					if setting.Undecided(p, lp, want.attr, v) || v.IsNull() || v.Kind != parser.List {
						continue
					}
					have := map[string]bool{}
					elems, unknown := setting.Elems(v)
					for _, e := range elems {
						if s, ok := e.AsString(); ok {
							have[strings.ToLower(strings.TrimSpace(s))] = true
						}
					}
					var missing []string
					for _, n := range want.need {
						if !have[strings.ToLower(n)] {
							missing = append(missing, n)
						}
					}
					switch {
					case len(missing) == 0:
					case unknown != nil:
						p.CannotTell(lp, v, want.attr+": some elements are not known statically")
					default:
						p.Report(lp, v, "%s: the log profile's %s lack %s", lp.Address, want.attr, strings.Join(missing, ", "))
					}
				}
			}
		},
	}
}

func covKeyVaultSecretExpiry() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-119",
		Name:     "key-vault-secret-without-expiry",
		Title:    "Key Vault secret or key has no expiration date",
		Severity: engine.Low,
		Description: "An azurerm_key_vault_secret sets no expiration_date (the default is none): the secret, usually a " +
			"password, connection string or API key, stays valid forever and nothing prompts its rotation. Setting " +
			"an expiry (and rotating before it) keeps credentials short-lived. An azurerm_key_vault_key without " +
			"expiration_date is reported too, unless its rotation_policy sets expire_after (each new version then " +
			"expires). Values not known statically are set and not reported.",
		Remediation: engine.Remediation{Summary: "Set expiration_date (an RFC 3339 time, e.g. from timeadd()) and rotate the secret before it."},
		Checklist:   []string{"IAM-5"},
		Links: []string{
			"https://learn.microsoft.com/azure/key-vault/secrets/tutorial-rotation",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_secret#expiration_date",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#expiration_date",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"azurerm_key_vault_secret"},
		Judge:   setting.MustBeSet(parser.A("expiration_date", "")),
		Problem: "the secret never expires",
	}, setting.Check{
		Types:   []string{"azurerm_key_vault_key"},
		Unless:  []parser.Attr{parser.A("rotation_policy.expire_after", "")},
		Judge:   setting.MustBeSet(parser.A("expiration_date", "")),
		Problem: "the key never expires",
	})
}
