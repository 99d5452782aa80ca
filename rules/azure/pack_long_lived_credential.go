package azure

import (
	"strings"
	"time"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// packMaxSecretLifetime is the longest client secret lifetime accepted.
const packMaxSecretLifetime = 365 * 24 * time.Hour

// packGraphDefaultLifetime is the lifetime Microsoft Graph gives a password
// credential created without an end date.
const packGraphDefaultLifetime = 2 * 365 * 24 * time.Hour

// packLongLivedCredentialReads are the types checkPackLongLivedCredential reads (Rule.Reads).
var packLongLivedCredentialReads = []string{"azapi_resource", "azapi_update_resource", "azuread_application", "azuread_application_password", "azuread_service_principal_password", "azurerm_container_registry"}

func checkPackLongLivedCredential(p *engine.Pass) {
	now := time.Now().UTC()
	for _, res := range p.ResourcesOfType("azuread_application_password", "azuread_service_principal_password") {
		b := res.Body
		if !p.BodyKnown(res) || !b.Get("rotate_when_changed").IsNull() {
			continue
		}
		at, life, ok := packSecretLifetime(b, now)
		if !ok || setting.Undecided(p, res, "the secret's dates", at) || life <= packMaxSecretLifetime {
			continue
		}
		if at == nil {
			p.Report(res, nil, "%s sets no end date: the client secret is valid for two years", res.Address)
			continue
		}
		p.Report(res, at, "%s creates a client secret valid for %d days (more than 365)", res.Address, int(life.Hours()/24))
	}
	// An application's own password block (azuread 2.x and later) is a
	// client secret too.
	for _, res := range p.KnownResources("azuread_application") {
		blocks, u := setting.Blocks(res.Body.Get("password"))
		if u != nil {
			p.CannotTell(res, u, parser.Unknowable(u, "password").Detail)
			continue
		}
		for _, pw := range blocks {
			at, life, ok := packSecretLifetime(pw, now)
			if !ok || setting.Undecided(p, res, "the secret's dates", at) || life <= packMaxSecretLifetime {
				continue
			}
			if at == nil {
				p.Report(res, pw, "%s: its password block sets no end date: the client secret is valid for two years", res.Address)
				continue
			}
			p.Report(res, at, "%s: its password block creates a client secret valid for %d days (more than 365)", res.Address, int(life.Hours()/24))
		}
	}
	for _, res := range p.ResourcesOfType("azurerm_container_registry") {
		if v := res.Body.Get("admin_enabled"); v.IsTrue() {
			p.Report(res, v, "%s enables the registry admin user (a shared, non-expiring credential)", res.Address)
		}
	}
	// ARM: adminUserEnabled defaults to false.
	armSetting{
		Type:    "Microsoft.ContainerRegistry/registries",
		Judge:   armFalse("properties.adminUserEnabled", false),
		Problem: "enables the registry admin user (a shared, non-expiring credential)",
	}.Check().Run(p)
}

// packSecretLifetime returns how long a password credential is valid and
// the value that decides it (nil for the Graph default), or ok false when
// a date cannot be read; at is the unknown value when a date is not known
// statically.
func packSecretLifetime(b *parser.Value, now time.Time) (at *parser.Value, life time.Duration, ok bool) {
	end, rel := b.Get("end_date"), b.Get("end_date_relative")
	if end.IsNull() && rel.IsNull() {
		return nil, packGraphDefaultLifetime, true
	}
	if !end.IsNull() {
		start := b.Get("start_date")
		if u := setting.Unknown(end, start); u != nil {
			return u, 0, true
		}
		t, ok := packTime(end)
		if !ok {
			return nil, 0, false
		}
		from := now
		if !start.IsNull() {
			if from, ok = packTime(start); !ok {
				return nil, 0, false
			}
		}
		return end, t.Sub(from), true
	}
	if setting.Unknown(rel) != nil {
		return rel, 0, true
	}
	s, _ := rel.AsString()
	d, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil {
		return nil, 0, false
	}
	return rel, d, true
}

// packTime reads an RFC 3339 time.
func packTime(v *parser.Value) (time.Time, bool) {
	s, ok := v.AsString()
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339, strings.TrimSpace(s))
	return t, err == nil
}
