package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func cov3GKESecretsEncryption() *engine.Rule {
	return customerKeyRule(engine.Rule{ID: "GCP-131"}, setting.Check{
		Types:   []string{"google_container_cluster"},
		Judge:   setting.MustBeOneOf(parser.A("database_encryption.state", ""), "DECRYPTED", "ENCRYPTED"),
		Problem: "Kubernetes secrets are not encrypted with a customer-managed Cloud KMS key",
	})
}

func cov3NotebookPublicIP() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "GCP-132"}, append([]setting.Check{{
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
	}, setting.Check{
		// Vertex AI Workbench managed notebooks: external IPs by default.
		Types:   []string{"google_notebooks_runtime"},
		Judge:   setting.MustBeTrue(parser.A("virtual_machine.virtual_machine_config.internal_ip_only", ""), false),
		Problem: "the runtime VM has a public IP address",
	}, setting.Check{
		// Cloud TPU VMs: internal addresses only unless asked.
		Types:   []string{"google_tpu_v2_vm"},
		Judge:   setting.MustBeFalse(parser.A("network_config.enable_external_ips", ""), false),
		Problem: "the TPU VM workers have public IP addresses",
	}}, cov5PrivateWorkers...)...)
}

func cov3FunctionHTTP() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "GCP-133"}, setting.Check{
		Types: []string{"google_cloudfunctions_function"},
		If: func(res *parser.Resource) parser.Verdict {
			a := parser.A("trigger_http", "")
			return parser.NotFalse(a.Of(res), "trigger_http", false)
		},
		Judge:   setting.MustBeOneOf(parser.A("https_trigger_security_level", ""), "SECURE_OPTIONAL", "SECURE_ALWAYS"),
		Problem: "the function also answers plain HTTP",
	}, cov6AppEngineHTTP)
}
