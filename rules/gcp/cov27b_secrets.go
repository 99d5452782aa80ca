package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/secrettext"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov27bRules are the rules added from the unseen Azure and GCP cases of
// session 27 (helper cov27b, GCP-191 and up).
func cov27bRules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "GCP-191"}, setting.Check{
			Types:   cov27bCredentials.Types(),
			Judge:   cov27bCredentials.Judge(),
			Problem: "a password or secret is written in the configuration",
		}),
	}
}

// cov27bCredentials are the settings that hold a database user's password
// or a Secret Manager secret's value, by resource type. The write-only
// forms (_wo) stay out of the state, but a literal there is still in the
// code and its history. A value of 6 characters or more is taken for a
// credential; a Secret Manager secret version may hold configuration.
var cov27bCredentials = secrettext.Literal{
	Paths: map[string][]string{
		"google_sql_user":                               {"password", "password_wo"},
		"google_sql_database_instance":                  {"root_password"},
		"google_alloydb_user":                           {"password"},
		"google_alloydb_cluster":                        {"initial_user.password"},
		"google_bigquery_connection":                    {"cloud_sql.credential.password"},
		"google_secret_manager_secret_version":          {"secret_data", "secret_data_wo"},
		"google_secret_manager_regional_secret_version": {"secret_data", "secret_data_wo"},
	},
	MinLength: 6,
	Stores: map[string]bool{
		"google_secret_manager_secret_version":          true,
		"google_secret_manager_regional_secret_version": true,
	},
}
