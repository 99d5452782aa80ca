package gcp

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov27bRules are the rules added from the unseen Azure and GCP cases of
// session 27 (helper cov27b, GCP-191 and up).
func cov27bRules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "GCP-191"}, setting.Check{
			Types:   cov27bCredentialTypes(),
			Judge:   cov27bLiteralCredential,
			Problem: "a password or secret is written in the configuration",
		}),
	}
}

// cov27bCredentials are the settings that hold a database user's password
// or a Secret Manager secret's value, by resource type. The write-only
// forms (_wo) stay out of the state, but a literal there is still in the
// code and its history.
var cov27bCredentials = map[string][]string{
	"google_sql_user":                               {"password", "password_wo"},
	"google_sql_database_instance":                  {"root_password"},
	"google_alloydb_user":                           {"password"},
	"google_alloydb_cluster":                        {"initial_user.password"},
	"google_bigquery_connection":                    {"cloud_sql.credential.password"},
	"google_secret_manager_secret_version":          {"secret_data", "secret_data_wo"},
	"google_secret_manager_regional_secret_version": {"secret_data", "secret_data_wo"},
}

func cov27bCredentialTypes() []string {
	var types []string
	for t := range cov27bCredentials {
		types = append(types, t)
	}
	return types
}

// cov27bSecretShape is a literal that may be a real password or secret:
// no white space, at least 6 characters.
var cov27bSecretShape = regexp.MustCompile(`^\S{6,}$`)

// cov27bPlaceholder matches values written to stand for the credential,
// not to be it: <password>, ${...} left from a template, xxxx, ****, and
// words that say so (changeme, example, dummy, not-a-real-password).
var cov27bPlaceholder = regexp.MustCompile(`(?i)^(<.*>|\$\{.*\}|x+|\*+|.*(mock|dummy|placeholder|example|sample|changeme|change-me|replace[-_]?me|redacted|fake|not[-_ ]?a[-_ ]?real).*)$`)

// cov27bNotSecret matches secret values that are configuration kept beside
// the secrets rather than a credential: a GUID, a number, true or false.
var cov27bNotSecret = regexp.MustCompile(`(?i)^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9.]+|true|false)$`)

// cov27bLiteralCredential is Yes when a credential setting of res is a
// literal string (in the resource, a variable default or a tfvars file)
// that is not a placeholder. A value not known statically (a variable
// without a value, random_password, a data source) is not judged: the code
// does not hold it.
func cov27bLiteralCredential(res *parser.Resource) parser.Verdict {
	secretManager := strings.HasPrefix(res.Type, "google_secret_manager_")
	for _, path := range cov27bCredentials[res.Type] {
		v := parser.A(path, "").Of(res)
		if v == nil || v.Kind != parser.String {
			continue
		}
		s := strings.TrimSpace(v.Str)
		if !cov27bSecretShape.MatchString(s) || cov27bPlaceholder.MatchString(s) {
			continue
		}
		if secretManager && (cov27bNotSecret.MatchString(s) || cov27bURLWithoutPassword(s)) {
			continue
		}
		if via := v.Via(); len(via) > 0 && via[len(via)-1].Note != "" {
			return parser.Bad(v, path+" comes from "+via[len(via)-1].Note)
		}
		return parser.Bad(v, path+" is a literal")
	}
	return parser.Decided
}

// cov27bURLWithoutPassword reports a URL whose authority holds no user
// information: an endpoint kept in Secret Manager, not a credential.
func cov27bURLWithoutPassword(s string) bool {
	i := strings.Index(s, "://")
	if i <= 0 {
		return false
	}
	rest := s[i+3:]
	if j := strings.IndexAny(rest, "/?#"); j >= 0 {
		rest = rest[:j]
	}
	return !strings.Contains(rest, "@")
}
