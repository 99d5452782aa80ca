package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
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
// of the scanned code names the server.
func checkEntraAdminResources(p *engine.Pass) {
	for _, t := range entraAdminResources {
		for _, srv := range p.KnownManaged(t.server) {
			judgeEntraAdmin(p, srv, t.admin, t.attr, t.engine)
		}
	}
}

// judgeEntraAdmin reports srv when no resource of type admin names it in
// attr, by reference, by its literal name, or (server_id) by a resource ID
// ending in its name; an admin whose attr is unknown and may name it makes
// a note instead.
func judgeEntraAdmin(p *engine.Pass, srv *parser.Resource, admin, attr, engine string) {
	if len(p.Referrers(srv, attr, admin)) > 0 {
		return
	}
	name, named := srv.Body.Get("name").AsString()
	var unknown *parser.Value
	for _, a := range p.InRoot(srv, admin) {
		if a.Data {
			continue
		}
		v := a.Body.Get(attr)
		if n, ok := v.AsString(); ok {
			if attr == "server_id" {
				n = n[strings.LastIndex(n, "/")+1:]
			}
			if named && strings.EqualFold(n, name) {
				return
			}
			continue
		}
		if unknown == nil && p.Unresolved(a, attr) && !covNamesOtherType(v, srv.Type) {
			unknown = v
		}
	}
	if unknown != nil {
		p.CannotTell(srv, unknown, parser.Unknowable(unknown, "an Entra administrator's "+attr).Detail)
		return
	}
	p.Report(srv, nil, "%s: no Microsoft Entra administrator: only %s logins with passwords can sign in", srv.Address, engine)
}
