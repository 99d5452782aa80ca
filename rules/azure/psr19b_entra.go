package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// entraAdminResources are the database servers whose Microsoft Entra
// administrator is a resource of its own, with the attribute of that
// resource that names the server.
var entraAdminResources = []struct{ server, admin, attr, engine string }{
	{"azurerm_mysql_flexible_server", "azurerm_mysql_flexible_server_active_directory_administrator", "server_id", "MySQL"},
	{"azurerm_mysql_server", "azurerm_mysql_active_directory_administrator", "server_name", "MySQL"},
	{"azurerm_postgresql_server", "azurerm_postgresql_active_directory_administrator", "server_name", "PostgreSQL"},
}

// checkEntraAdminResources is AZURE-137's check of MySQL flexible and
// single servers and PostgreSQL single servers: no administrator resource
// of the scanned code names the server. A SQL managed instance may also
// have the administrator as a block of its own.
func checkEntraAdminResources(p *engine.Pass) {
	for _, t := range entraAdminResources {
		for _, srv := range p.KnownManaged(t.server) {
			judgeEntraAdmin(p, srv, t.admin, t.attr, t.engine)
		}
	}
	for _, mi := range p.KnownManaged("azurerm_mssql_managed_instance") {
		block := mi.Body.Get("azure_active_directory_administrator")
		if setting.Undecided(p, mi, "azure_active_directory_administrator", block) || parser.Set(block) == parser.Yes {
			continue
		}
		judgeEntraAdmin(p, mi, "azurerm_mssql_managed_instance_active_directory_administrator", "managed_instance_id", "SQL")
	}
}

// judgeEntraAdmin reports srv when no resource of type admin names it in
// attr; one whose attr is unknown and may name it makes a note instead.
func judgeEntraAdmin(p *engine.Pass, srv *parser.Resource, admin, attr, engine string) {
	found, unknown := serverSettings(p, srv, admin, attr, nil)
	switch {
	case len(found) > 0:
	case unknown != nil:
		p.CannotTell(srv, unknown, parser.Unknowable(unknown, "an Entra administrator's "+attr).Detail)
	default:
		p.Report(srv, nil, "%s: no Microsoft Entra administrator: only %s logins with passwords can sign in", srv.Address, engine)
	}
}

// serverSettings returns the managed resources of type typ, in srv's root,
// whose attr names srv: by reference, by srv's literal name, or (an ID
// attribute) by a resource ID ending in it; keep, when given, narrows them (a
// configuration's parameter name). unknown is the attr of one that may name
// srv but cannot be followed (written, unknown, naming nothing scanned).
func serverSettings(p *engine.Pass, srv *parser.Resource, typ, attr string, keep func(*parser.Resource) bool) (found []*parser.Resource, unknown *parser.Value) {
	name, named := srv.Body.Get("name").AsString()
	refs := p.Referrers(srv, attr, typ)
	for _, a := range p.InRoot(srv, typ) {
		if a.Data || (keep != nil && !keep(a)) {
			continue
		}
		if covContains(refs, a) {
			found = append(found, a)
			continue
		}
		v := a.Body.Get(attr)
		if n, ok := v.AsString(); ok {
			if strings.HasSuffix(attr, "_id") {
				n = n[strings.LastIndex(n, "/")+1:]
			}
			if named && strings.EqualFold(n, name) {
				found = append(found, a)
			}
			continue
		}
		if unknown == nil && p.Unresolved(a, attr) && !covNamesOtherType(v, srv.Type) {
			unknown = v
		}
	}
	return found, unknown
}

// checkMySQLPasswordLogins is AZURE-108's check of MySQL flexible servers
// with a Microsoft Entra administrator: passwords keep signing in beside
// Entra ID unless the server parameter aad_auth_only is ON (default OFF),
// written by an azurerm_mysql_flexible_server_configuration that names the
// server. A server without an administrator is AZURE-137's.
func checkMySQLPasswordLogins(p *engine.Pass) {
	const (
		admin = "azurerm_mysql_flexible_server_active_directory_administrator"
		cfg   = "azurerm_mysql_flexible_server_configuration"
	)
	aadOnly := func(c *parser.Resource) bool { return setting.MayBe(c.Body.Get("name"), "aad_auth_only") }
	for _, srv := range p.KnownManaged("azurerm_mysql_flexible_server") {
		if admins, _ := serverSettings(p, srv, admin, "server_id", nil); len(admins) == 0 {
			continue
		}
		found, unknown := serverSettings(p, srv, cfg, "server_name", aadOnly)
		if len(found) == 0 {
			if unknown != nil {
				p.CannotTell(srv, unknown, parser.Unknowable(unknown, "an aad_auth_only configuration's server_name").Detail)
				continue
			}
			p.Report(srv, nil, "%s: MySQL password logins keep working beside Microsoft Entra ID (no aad_auth_only = ON configuration)", srv.Address)
			continue
		}
		for _, c := range found {
			name, value := c.Body.Get("name"), c.Body.Get("value")
			if setting.Undecided(p, c, "name and value", name, value) {
				continue
			}
			if v, _ := value.AsString(); !strings.EqualFold(strings.TrimSpace(v), "ON") {
				p.Report(c, value, "%s: aad_auth_only is %q: MySQL password logins keep working beside Microsoft Entra ID", c.Address, v)
			}
		}
	}
}
