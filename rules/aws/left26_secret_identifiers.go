package aws

import (
	"regexp"
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// tfSecretHoldsIdentifiers is secretHoldsIdentifiers for Terraform: every
// aws_secretsmanager_secret_version of the root that writes the secret
// (by reference to it, its id or ARN) writes a secret_string built only
// from identifiers the provider computes for the root's own resources
// (a bucket's id, a key's ARN, a database's endpoint) or reads from the
// caller identity, region or partition, with literal text and keys that
// are not named like a credential, and at least one such identifier. It
// holds no credential: rotating it would only overwrite what the
// configuration writes. Not such a secret: one without a version in its
// root (something else writes its value), a binary or write-only value,
// a variable, local or module output (it may be a password given at apply
// time), another data source, a resource that generates or holds a credential
// (random_password, tls_private_key, an access key, a login profile, an
// API key, an SSM parameter, another secret's version, any resource
// whose configuration writes an attribute named like a credential), and
// text or a key named like a credential ("password", "token", "api_key").
func tfSecretHoldsIdentifiers(p *engine.Pass, s *parser.Resource) bool {
	versions := p.Referrers(s, "secret_id", "aws_secretsmanager_secret_version")
	if len(versions) == 0 {
		return false
	}
	for _, ver := range versions {
		if ver.Data || !p.BodyKnown(ver) {
			return false
		}
		b := ver.Body
		if b.Get("secret_binary") != nil || b.Get("secret_string_wo") != nil {
			return false
		}
		v := b.Get("secret_string")
		if v == nil || !tfIdentifierSources(p, ver, v) {
			return false
		}
		if identifiers, ok := tfIdentifierLeaves(v); !ok || identifiers == 0 {
			return false
		}
	}
	return true
}

// tfCredentialName matches a key, a literal text or a configured
// attribute named like a credential.
var tfCredentialName = regexp.MustCompile(`(?i)secret|passw|pwd|(^|[^a-z])pw([^a-z]|$)|token|credential|private|api.?key|auth|signing|cert`)

// tfIdentityData are the data sources whose attributes identify the
// account, region or partition a configuration runs in.
var tfIdentityData = []string{"aws_caller_identity", "aws_region", "aws_partition", "aws_organizations_organization", "aws_availability_zones"}

// tfCredentialType matches the resource types that generate or hold a
// credential in an attribute the provider computes.
var tfCredentialType = regexp.MustCompile(`^(random_|tls_)|secret|password|credential|token|key_pair|access_key|api_key|certificate|login_profile|ssh_key|^aws_ssm_(parameter|activation)|^aws_kms_ciphertext|^aws_cognito_user_pool_client|^aws_instance$`)

// tfIdentifierSources reports whether every resource and data source a
// secret's value is computed from holds identifiers only (see
// tfSecretHoldsIdentifiers): managed resources and the identity data
// sources, written directly.
func tfIdentifierSources(p *engine.Pass, ver *parser.Resource, v *parser.Value) bool {
	for _, addr := range append(slices.Clone(v.Refs()), v.Uses()...) {
		if data, ok := strings.CutPrefix(tfLocalAddress(addr), "data."); ok {
			typ, _, _ := strings.Cut(data, ".")
			if !slices.Contains(tfIdentityData, typ) {
				return false
			}
			continue
		}
		// A variable, local or module output may hold anything (a
		// password given at apply time), and a template's one unknown
		// value names only its first reason.
		if typ := parser.ResourceType(addr); typ == "" || tfCredentialType.MatchString(typ) {
			return false
		}
	}
	for _, r := range p.Referenced(ver, "secret_string") {
		if r.Data {
			continue // data sources: judged by address above
		}
		if tfCredentialType.MatchString(r.Type) || !p.BodyKnown(r) {
			return false
		}
		for _, k := range r.Body.Keys() {
			if tfCredentialName.MatchString(k) {
				return false
			}
		}
	}
	return true
}

// tfLocalAddress strips the module path of an address.
func tfLocalAddress(addr string) string {
	for strings.HasPrefix(addr, "module.") {
		rest := addr[len("module."):]
		i := strings.IndexByte(rest, '.')
		if i < 0 {
			return addr
		}
		addr = rest[i+1:]
		if strings.HasPrefix(addr, "[") { // module.x["k"].aws_...
			if j := strings.Index(addr, "]."); j >= 0 {
				addr = addr[j+2:]
			}
		}
	}
	return addr
}

// tfIdentifierLeaves walks a secret's value (a string, or the structure
// jsonencode keeps of a partly unknown object) and counts the unknown
// leaves the provider computes (or that the identity data sources give);
// ok is false when a key or literal text is named like a credential, or
// a leaf is unknown for another reason.
func tfIdentifierLeaves(v *parser.Value) (identifiers int, ok bool) {
	switch {
	case v == nil:
		return 0, true
	case v.Kind == parser.Object:
		for k, e := range v.Attrs {
			if tfCredentialName.MatchString(k) {
				return 0, false
			}
			n, ok := tfIdentifierLeaves(e)
			if !ok {
				return 0, false
			}
			identifiers += n
		}
		return identifiers, true
	case v.Kind == parser.List:
		for _, e := range v.Elems {
			n, ok := tfIdentifierLeaves(e)
			if !ok {
				return 0, false
			}
			identifiers += n
		}
		return identifiers, true
	case v.Kind == parser.String:
		return 0, !tfCredentialName.MatchString(v.Str)
	case v.Kind == parser.Unknown:
		why := v.Why()
		if why != parser.WhyComputed && !slices.ContainsFunc(tfIdentityData, func(t string) bool { return why == parser.WhyDataSource(t) }) {
			return 0, false
		}
		for _, part := range v.Parts() {
			if tfCredentialName.MatchString(part) {
				return 0, false
			}
		}
		return 1, true
	}
	return 0, true // numbers, booleans, null
}
