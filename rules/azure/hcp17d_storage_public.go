package azure

import "github.com/soc2lint/soc2lint/parser"

// storagePublicAccess tells whether a storage account accepts public
// network access, and names the setting that decides it. azurerm 4.x's
// public_network_access (Enabled, Disabled or SecuredByPerimeter, where a
// network security perimeter's access rules admit public traffic instead
// of the account's own) takes precedence over the older boolean
// public_network_access_enabled (default true) when it is written.
func storagePublicAccess(b *parser.Value) (parser.Truth, *parser.Value, string) {
	if v := b.Get("public_network_access"); !v.IsNull() {
		switch {
		case v.IsAnyOf("Enabled"):
			return parser.True, v, "public_network_access"
		case v.IsAnyOf("Disabled", "SecuredByPerimeter"):
			return parser.False, v, "public_network_access"
		}
		return parser.Maybe, v, "public_network_access"
	}
	v := b.Get("public_network_access_enabled")
	return v.Truth(true), v, "public_network_access_enabled"
}
