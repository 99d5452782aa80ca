package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covAKSLoggingReads are the types covAKSLogging reads (Rule.Reads).
var covAKSLoggingReads = []string{"azapi_resource", "azurerm_kubernetes_cluster", "azurerm_monitor_diagnostic_setting"}

func covAKSLogging() *engine.Rule {
	return &engine.Rule{
		ID:    "AZURE-115",
		Reads: covAKSLoggingReads,
		Check: func(p *engine.Pass) {
			for _, c := range p.KnownManaged("azurerm_kubernetes_cluster") {
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

// covPGLogSettings are PostgreSQL server parameters that must stay on; Azure
// turns them on by default, except log_duration, which is reported only
// when written off.
var covPGLogSettings = []string{"log_checkpoints", "log_connections", "log_disconnections", "connection_throttling",
	"connection_throttle.enable", "log_retention", "log_duration"}

func covPostgresLoggingOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-116"}, setting.Check{
		Types:   []string{"azurerm_postgresql_configuration", "azurerm_postgresql_flexible_server_configuration"},
		If:      setting.Is(parser.A("name", ""), "", covPGLogSettings...),
		Judge:   setting.MustNotBe(parser.A("value", ""), "", "off", "false", "0"),
		Problem: "a logging parameter is off",
	}, cov6MySQLAuditLogOff, cov6MySQLAuditNoConnections)
}

// covNSGUnrestrictedEgressReads are the types covNSGUnrestrictedEgress reads (Rule.Reads).
var covNSGUnrestrictedEgressReads = []string{"azurerm_network_security_group", "azurerm_network_security_rule"}

func covNSGUnrestrictedEgress() *engine.Rule {
	return &engine.Rule{
		ID:    "AZURE-117",
		Reads: covNSGUnrestrictedEgressReads,
		Alone: true,
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

// covLogProfileIncompleteReads are the types covLogProfileIncomplete reads (Rule.Reads).
var covLogProfileIncompleteReads = []string{"azurerm_monitor_diagnostic_setting", "azurerm_monitor_log_profile"}

func covLogProfileIncomplete() *engine.Rule {
	return &engine.Rule{
		ID:    "AZURE-118",
		Reads: covLogProfileIncompleteReads,
		Alone: true,
		Check: func(p *engine.Pass) {
			for _, lp := range p.KnownManaged("azurerm_monitor_log_profile") {
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
			checkSubscriptionDiagnosticCategories(p)
		},
	}
}

func covKeyVaultSecretExpiry() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-119"}, setting.Check{
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
