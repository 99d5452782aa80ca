package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func cov3GKESecretsEncryption() *engine.Rule {
	return customerKeyRule(engine.Rule{
		ID:       "GCP-131",
		Name:     "gke-secrets-not-encrypted-with-kms",
		Title:    "GKE cluster does not encrypt Kubernetes secrets with a Cloud KMS key (when required)",
		Severity: engine.Low,
		Description: "A google_container_cluster has no database_encryption block with state = \"ENCRYPTED\" " +
			"(the default is DECRYPTED): Kubernetes Secrets are not encrypted in etcd at the application " +
			"layer with a Cloud KMS key the organisation controls, whose use is audited and whose access can " +
			"be revoked. Autopilot clusters are judged too (the setting applies to them)." +
			keyOptionNote("GCP-131"),
		Remediation: engine.Remediation{Summary: "Add database_encryption { state = \"ENCRYPTED\", key_name = <Cloud KMS key id> } and grant the GKE service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on the key."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#database_encryption",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"google_container_cluster"},
		Judge:   setting.MustBeOneOf(parser.A("database_encryption.state", ""), "DECRYPTED", "ENCRYPTED"),
		Problem: "Kubernetes secrets are not encrypted with a customer-managed Cloud KMS key",
	})
}

func cov3NotebookPublicIP() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "GCP-132",
		Name:     "notebook-or-dataproc-public-ip",
		Title:    "Vertex AI Workbench, user-managed notebook, Cloud Workstations or Dataproc VMs get public IP addresses",
		Severity: engine.Medium,
		Description: "The VMs of a data science or analytics environment get external IP addresses: a " +
			"google_workbench_instance without gce_setup.disable_public_ip = true, a google_notebooks_instance " +
			"without no_public_ip = true, or a google_workstations_workstation_config without " +
			"host.gce_instance.disable_public_ip_addresses = true (each defaults to a public IP), or a " +
			"google_dataproc_cluster that sets cluster_config.gce_cluster_config.internal_ip_only = false. These " +
			"VMs hold data and credentials and run arbitrary code, and a public address makes them reachable " +
			"from the internet past one firewall rule. A Dataproc cluster that leaves internal_ip_only unset is " +
			"not reported (internal-only is the default from image 2.2). Values not known statically become " +
			"undecided notes.",
		Remediation: engine.Remediation{Summary: "Turn off public IPs (disable_public_ip, no_public_ip, disable_public_ip_addresses, internal_ip_only = true) and reach the internet through Cloud NAT and Google APIs through Private Google Access."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://cloud.google.com/vertex-ai/docs/workbench/instances/create",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/workbench_instance#disable_public_ip",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/notebooks_instance#no_public_ip",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/workstations_workstation_config#disable_public_ip_addresses",
			"https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/network#create_a_cluster_that_uses_internal_ip_addresses_only",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"google_workbench_instance"},
		Judge:   setting.MustBeTrue(parser.A("gce_setup.disable_public_ip", ""), false),
		Problem: "the notebook VM has a public IP address",
	}, setting.Check{
		Types:   []string{"google_notebooks_instance"},
		Judge:   setting.MustBeTrue(parser.A("no_public_ip", ""), false),
		Problem: "the notebook VM has a public IP address",
	}, setting.Check{
		Types:   []string{"google_workstations_workstation_config"},
		Judge:   setting.MustBeTrue(parser.A("host.gce_instance.disable_public_ip_addresses", ""), false),
		Problem: "the workstation VMs have public IP addresses",
	}, setting.Check{
		Types:   []string{"google_dataproc_cluster"},
		Judge:   setting.MustBeTrue(parser.A("cluster_config.gce_cluster_config.internal_ip_only", ""), true),
		Problem: "the cluster's VMs have public IP addresses",
	})
}

func cov3FunctionHTTP() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "GCP-133",
		Name:     "cloud-function-allows-http",
		Title:    "HTTP-triggered Cloud Function (1st gen) answers plain HTTP requests",
		Severity: engine.Medium,
		Description: "A google_cloudfunctions_function with trigger_http = true does not set " +
			"https_trigger_security_level = \"SECURE_ALWAYS\". When it is left out, the Cloud Functions API " +
			"uses SECURE_OPTIONAL, which serves requests over plain HTTP as well as HTTPS, so request data " +
			"and tokens can cross the internet unencrypted. 2nd gen functions (google_cloudfunctions2_function) " +
			"and Cloud Run only serve HTTPS and are not judged. Values not known statically become undecided " +
			"notes.",
		Remediation: engine.Remediation{Summary: "Set https_trigger_security_level = \"SECURE_ALWAYS\" so that HTTP requests are redirected to HTTPS."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://cloud.google.com/functions/1stgendocs/writing/write-http-functions#security_levels",
			"https://cloud.google.com/functions/docs/reference/rest/v1/projects.locations.functions#securitylevel",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions_function#https_trigger_security_level",
		},
		Precision: "very-high",
	}, setting.Check{
		Types: []string{"google_cloudfunctions_function"},
		If: func(res *parser.Resource) parser.Verdict {
			a := parser.A("trigger_http", "")
			return parser.NotFalse(a.Of(res), "trigger_http", false)
		},
		Judge:   setting.MustBeOneOf(parser.A("https_trigger_security_level", ""), "SECURE_OPTIONAL", "SECURE_ALWAYS"),
		Problem: "the function also answers plain HTTP",
	})
}
