package azure

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov6AnyOrigin judges a CORS origin list: Yes at the "*" entry.
func cov6AnyOrigin(path string) setting.Judge {
	a := parser.A(path, "")
	return func(res *parser.Resource) parser.Verdict {
		origins, hidden := setting.Elems(a.Of(res))
		for _, o := range origins {
			if o.IsAnyOf("*") {
				return parser.Bad(o, `allowed_origins includes "*"`)
			}
		}
		if hidden != nil {
			return parser.Unknowable(hidden, path)
		}
		return parser.Decided
	}
}

// coverage6Rules are the sixth batch of coverage rules (AZURE-140 and up).
func coverage6Rules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "AZURE-140"}, setting.Check{
			Types: []string{"azurerm_container_registry"},
			// Anonymous pull exists on the Standard and Premium tiers only.
			If:      setting.Is(parser.A("sku", ""), "", "Standard", "Premium"),
			Judge:   setting.MustBeFalse(parser.A("anonymous_pull_enabled", ""), false),
			Problem: "anyone on the internet can pull the registry's images without signing in",
		}, armAnonymousPull.Check()), // azapi26_more.go
		setting.Rule(engine.Rule{ID: "AZURE-141"}, append([]setting.Check{{
			Types:   covWebApps,
			Judge:   cov6AnyOrigin("site_config.cors.allowed_origins"),
			Problem: "browsers let scripts of any website call the app",
		}}, armAnyOrigin...)...), // azapi26_more.go
		{ID: "AZURE-142", Check: checkCov6PublicNICWithoutNSG, Reads: cov6PublicNICWithoutNSGReads},
		{ID: "AZURE-143", Check: checkCov6PlainSecretEnv, Reads: cov6PlainSecretEnvReads, Alone: true},
	}
}

// cov6NoAppAuth judges App Service authentication: Yes when neither the
// classic auth_settings nor auth_settings_v2 turns it on (both default off),
// or when the one turned on lets unauthenticated requests through to the
// app (unauthenticated_client_action / unauthenticated_action
// "AllowAnonymous"), which then signs no one in before the code runs.
var cov6NoAppAuth = setting.Both(
	setting.Either(
		setting.MustBeTrue(parser.A("auth_settings.enabled", ""), false),
		setting.MustNotBe(parser.A("auth_settings.unauthenticated_client_action", ""), "", "AllowAnonymous")),
	setting.Either(
		setting.MustBeTrue(parser.A("auth_settings_v2.auth_enabled", ""), false),
		setting.MustNotBe(parser.A("auth_settings_v2.unauthenticated_action", ""), "", "AllowAnonymous")))

// cov6DatabricksPublicIP is AZURE-107's check of Databricks workspaces:
// no_public_ip defaults to false in azurerm 3.x and true in 4.x, so only a
// written false is judged.
var cov6DatabricksPublicIP = setting.Check{
	Types:   []string{"azurerm_databricks_workspace"},
	Judge:   setting.MustBeTrue(parser.A("custom_parameters.no_public_ip", ""), true),
	Problem: "the workspace's cluster nodes get public IP addresses",
}

// cov6WritesRoles reports whether a role definition action lets its holder
// write role definitions: the action itself, or a wildcard over the
// Microsoft.Authorization provider's actions or its write actions
// ("Microsoft.Authorization/*/Write", what Contributor's not_actions
// withhold).
func cov6WritesRoles(action string) bool {
	switch strings.ToLower(strings.TrimSpace(action)) {
	case "microsoft.authorization/roledefinitions/write", "microsoft.authorization/roledefinitions/*", "microsoft.authorization/*",
		"microsoft.authorization/*/write":
		return true
	}
	return false
}

const (
	cov6SubnetNSG = "azurerm_subnet_network_security_group_association"
	cov6NICNSG    = "azurerm_network_interface_security_group_association"
)

// cov6PublicNICWithoutNSGReads are the types checkCov6PublicNICWithoutNSG reads (Rule.Reads).
var cov6PublicNICWithoutNSGReads = []string{"azapi_resource", "azurerm_monitor_diagnostic_setting", "azurerm_network_interface", "azurerm_network_interface_security_group_association", "azurerm_subnet", "azurerm_subnet_network_security_group_association"}

// checkCov6PublicNICWithoutNSG reports network interfaces with a public IP
// address that no network security group filters: none is associated with
// the interface, nor with any subnet of the scan it sits in. Interfaces
// whose subnet is not a resource of the scan are given the benefit of the
// doubt.
func checkCov6PublicNICWithoutNSG(p *engine.Pass) {
	for _, nic := range p.KnownManaged("azurerm_network_interface") {
		var public *parser.Value
		for _, ipc := range nic.Body.Get("ip_configuration").Items() {
			if v := ipc.Get("public_ip_address_id"); parser.Set(v) == parser.Yes || parser.Set(v) == parser.CannotTell && len(v.Refs()) > 0 {
				public = v
			}
		}
		if public == nil || len(p.Referrers(nic, "network_interface_id", cov6NICNSG)) > 0 {
			continue
		}
		subnets := p.Referenced(nic, "subnet_id", "azurerm_subnet")
		if len(subnets) == 0 {
			continue
		}
		filtered := false
		for _, sn := range subnets {
			filtered = filtered || cov6SubnetFiltered(p, sn)
		}
		if !filtered {
			p.Report(nic, public, "%s has a public IP address and no network security group filters it: none on the interface or on %s", nic.Address, subnets[0].Address)
		}
	}
}

// cov6SubnetFiltered reports whether a network security group is, or may
// be, associated with the subnet: by reference or literal id, or by an
// association in its module that names a subnet not known statically.
func cov6SubnetFiltered(p *engine.Pass, sn *parser.Resource) bool {
	found, unresolved := covAttached(p, sn, covAttachment{"subnet_id", cov6SubnetNSG, "subnets", ""})
	return len(found) > 0 || unresolved
}

// cov6SecretName matches an environment variable name that says it holds a
// secret; cov6ReferenceName one that says it holds where the secret is.
var (
	cov6SecretName    = regexp.MustCompile(`(?i)(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CONNECTION_?STRING|CONN_?STR)`)
	cov6ReferenceName = regexp.MustCompile(`(?i)[_.-](ID|NAME|URI|URL|ARN|PATH|FILE|REF|VERSION|ENDPOINT)$`)
)

func cov6IsSecretName(name string) bool {
	return cov6SecretName.MatchString(name) && !cov6ReferenceName.MatchString(name)
}

// cov6PlainSecretEnvReads are the types checkCov6PlainSecretEnv reads (Rule.Reads).
var cov6PlainSecretEnvReads = []string{"azurerm_container_app", "azurerm_container_group"}

// checkCov6PlainSecretEnv reports secrets passed to containers in plain
// environment variables: a container group's environment_variables (not
// secure_environment_variables), a Container App env with a value (not a
// secret_name).
func checkCov6PlainSecretEnv(p *engine.Pass) {
	for _, cg := range p.KnownManaged("azurerm_container_group") {
		containers, hidden := setting.Blocks(cg.Body.Get("container"))
		if setting.Undecided(p, cg, "container", hidden) {
			continue
		}
		for _, c := range containers {
			env := c.Get("environment_variables")
			if setting.Undecided(p, cg, "environment_variables", env) || env == nil || env.Kind != parser.Object {
				continue
			}
			for _, k := range env.Keys() {
				if cov6IsSecretName(k) && parser.Set(env.Get(k)) != parser.No {
					p.Report(cg, env.Get(k), "%s passes %s in a plain environment variable, readable by everyone who can read the container group; use secure_environment_variables", cg.Address, k)
				}
			}
		}
	}
	for _, app := range p.KnownManaged("azurerm_container_app") {
		for _, c := range app.Body.Get("template").Items() {
			for _, ct := range c.Get("container").Items() {
				for _, e := range ct.Get("env").Items() {
					name, ok := e.Get("name").AsString()
					if ok && cov6IsSecretName(name) && parser.Set(e.Get("value")) != parser.No && parser.Set(e.Get("secret_name")) == parser.No {
						p.Report(app, e.Get("value"), "%s passes %s in a plain environment variable value, readable by everyone who can read the app; reference a secret with secret_name", app.Address, name)
					}
				}
			}
		}
	}
}

// cov6FabricEntra and cov6ManagedFabricEntra are AZURE-137's checks of
// Service Fabric clusters: without Microsoft Entra ID, clients sign in
// with certificates only.
var (
	cov6FabricEntra = setting.Check{
		Types:   []string{"azurerm_service_fabric_cluster"},
		Judge:   setting.MustBeSet(parser.A("azure_active_directory", "")),
		Problem: "no Microsoft Entra ID for client sign-in: only certificates are accepted",
	}
	// cov6AKSEntra is AZURE-137's check of AKS clusters: without the
	// Microsoft Entra integration (azure_active_directory_role_based_access_control,
	// or role_based_access_control.azure_active_directory on azurerm 2.x)
	// users sign in with the cluster's client certificates.
	cov6AKSEntra = setting.Check{
		Types: []string{"azurerm_kubernetes_cluster"},
		Judge: setting.Both(
			setting.MustBeSet(parser.A("azure_active_directory_role_based_access_control", "")),
			setting.MustBeSet(parser.A("role_based_access_control.azure_active_directory", ""))),
		Problem: "no Microsoft Entra ID integration: users sign in to Kubernetes with the cluster's client certificates",
	}
	cov6ManagedFabricEntra = setting.Check{
		Types:   []string{"azurerm_service_fabric_managed_cluster"},
		Judge:   setting.MustBeSet(parser.A("authentication.active_directory", "")),
		Problem: "no Microsoft Entra ID for client sign-in: only certificates are accepted",
	}
)

// cov6MySQLAuditLogOff is AZURE-116's check of MySQL servers: the audit
// log is off by default and reported only when a configuration writes it
// off.
var cov6MySQLAuditLogOff = setting.Check{
	Types:   []string{"azurerm_mysql_flexible_server_configuration", "azurerm_mysql_configuration"},
	If:      setting.Is(parser.A("name", ""), "", "audit_log_enabled"),
	Judge:   setting.MustNotBe(parser.A("value", ""), "", "off", "false", "0"),
	Problem: "the MySQL audit log is off",
}

// cov6MySQLAuditNoConnections is AZURE-116's check of the MySQL audit log's
// event classes: audit_log_events defaults to CONNECTION, and a list that
// leaves out CONNECTION (and CONNECTION_V2) stops auditing sign-ins and
// failed logins even while the audit log is on.
var cov6MySQLAuditNoConnections = setting.Check{
	Types: []string{"azurerm_mysql_flexible_server_configuration", "azurerm_mysql_configuration"},
	If:    setting.Is(parser.A("name", ""), "", "audit_log_events"),
	Judge: func(res *parser.Resource) parser.Verdict {
		v := res.Body.Get("value")
		if v == nil {
			return parser.Decided
		}
		s, ok := v.AsString()
		if !ok {
			if setting.Unknown(v) != nil {
				return parser.Unknowable(v, "value")
			}
			return parser.Decided
		}
		for _, class := range strings.Split(s, ",") {
			switch strings.ToUpper(strings.TrimSpace(class)) {
			case "CONNECTION", "CONNECTION_V2":
				return parser.Decided
			}
		}
		return parser.Bad(v, "audit_log_events = "+strconv.Quote(s)+", without CONNECTION")
	},
	Problem: "the MySQL audit log does not record connections",
}

// cov6AKSHTTPRouting is AZURE-131's check of AKS clusters: the HTTP
// application routing add-on (off by default, retired) publishes ingresses
// over plain HTTP on public DNS names.
var cov6AKSHTTPRouting = setting.Check{
	Types:   []string{"azurerm_kubernetes_cluster"},
	Judge:   setting.MustBeFalse(parser.A("http_application_routing_enabled", ""), false),
	Problem: "the HTTP application routing add-on publishes apps over plain HTTP",
}
