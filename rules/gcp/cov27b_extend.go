package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/secrettext"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// cov27bEnvSecrets extend GCP-138 to two more places a workload's
// configuration carries clear-text settings, missed on session 27's unseen
// GCP cases: a Cloud Composer environment's Airflow environment variables
// (config.software_config.env_variables, AIRFLOW_VAR_... included), which
// anyone with composer.environments.get reads and every Airflow worker
// sees, and the metadata of a Dataproc cluster's VMs
// (cluster_config.gce_cluster_config.metadata: startup-script and the
// like), which is instance metadata as a VM's is.
var cov27bEnvSecrets = []setting.Check{{
	Types:   []string{"google_composer_environment"},
	Judge:   envMapSecret("config.software_config.env_variables"),
	Problem: "an environment variable of the Airflow environment holds a credential in clear text",
}, {
	Types:   []string{"google_dataproc_cluster"},
	Judge:   secrettext.In("cluster_config.gce_cluster_config.metadata"),
	Problem: "the metadata of the cluster's VMs holds a credential",
}}

// cov27bAppEngineSASuffix ends the App Engine default service account
// (PROJECT_ID@appspot.gserviceaccount.com), which 1st gen Cloud Functions
// run as when they name none.
const cov27bAppEngineSASuffix = "@appspot.gserviceaccount.com"

// cov27bServerless are the serverless workloads that run as a default
// service account when they name none: where the account is set, and
// which default they get (Cloud Run and 2nd gen functions: the Compute
// Engine default account; 1st gen functions: the App Engine one).
var cov27bServerless = []struct {
	typ, path string
	appEngine bool
}{
	{"google_cloud_run_service", "template.spec.service_account_name", false},
	{"google_cloud_run_v2_service", "template.service_account", false},
	{"google_cloud_run_v2_job", "template.template.service_account", false},
	{"google_cloudfunctions2_function", "service_config.service_account_email", false},
	{"google_cloudfunctions_function", "service_account_email", true},
}

// checkCov27bServerlessDefaultSA is GCP-136 for Cloud Run services and
// jobs and Cloud Functions: one that names no service account, or names a
// default one, runs with the default account's roles (Editor on the
// project unless iam.automaticIamGrantsForDefaultServiceAccounts is
// enforced), shared with every other workload that does the same.
func checkCov27bServerlessDefaultSA(p *engine.Pass) {
	for _, s := range cov27bServerless {
		for _, res := range p.KnownManaged(s.typ) {
			v := parser.A(s.path, "").Of(res)
			if !s.appEngine {
				p.Judge(res, cov3DefaultSA(p, res, v, s.path), cov3DefaultSAProblem)
				continue
			}
			p.Judge(res, cov27bAppEngineDefaultSA(p, res, v, s.path), "runs as the App Engine default service account")
		}
	}
}

// cov27bAppEngineDefaultSA is cov3DefaultSA for 1st gen Cloud Functions,
// whose default is the App Engine default service account.
func cov27bAppEngineDefaultSA(p *engine.Pass, res *parser.Resource, v *parser.Value, name string) parser.Verdict {
	switch parser.Set(v) {
	case parser.No:
		return parser.Bad(nil, name+" is not set, so the App Engine default service account is used")
	case parser.CannotTell:
		if len(p.Referenced(res, "", "google_service_account")) > 0 {
			return parser.Decided
		}
		if suffix, ok := v.KnownSuffix(); ok && strings.HasSuffix(suffix, cov27bAppEngineSASuffix) {
			return parser.Bad(v, name+" = "+v.Shown())
		} else if ok && suffix != "" && !strings.HasSuffix(cov27bAppEngineSASuffix, suffix) {
			return parser.Decided
		}
		return parser.Unknowable(v, name)
	}
	s, _ := v.AsString()
	if s = strings.TrimSpace(s); strings.HasSuffix(s, cov27bAppEngineSASuffix) || strings.HasSuffix(s, cov3DefaultSASuffix) {
		return parser.Bad(v, name+" = "+s)
	}
	return parser.Decided
}
