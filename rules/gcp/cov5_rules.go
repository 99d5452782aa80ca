package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// standardGKE limits a check to clusters that are not Autopilot: Autopilot
// turns Workload Identity and intranode visibility on by itself.
var standardGKE = setting.MustBeTrue(parser.A("enable_autopilot", ""), false)

// cov5GKEIntranodeVisibility extends GCP-002: traffic between pods of one
// node never reaches the VPC, so its flow logs miss it unless intranode
// visibility is on (default false).
var cov5GKEIntranodeVisibility = setting.Check{
	Types:   []string{"google_container_cluster"},
	If:      standardGKE,
	Judge:   setting.MustBeTrue(parser.A("enable_intranode_visibility", ""), false),
	Problem: "traffic between pods on the same node is not in the VPC Flow Logs (intranode visibility off)",
}

// cov5PrivateWorkers extend GCP-132 to the managed workers of data
// services, which get external IP addresses unless told otherwise.
var cov5PrivateWorkers = []setting.Check{{
	Types:   []string{"google_dataflow_job", "google_dataflow_flex_template_job"},
	Judge:   setting.MustNotBe(parser.A("ip_configuration", ""), "WORKER_IP_PUBLIC", "WORKER_IP_PUBLIC"),
	Problem: "the job's worker VMs have public IP addresses",
}, {
	Types:   []string{"google_data_fusion_instance"},
	Judge:   setting.MustBeTrue(parser.A("private_instance", ""), false),
	Problem: "the instance's nodes have public IP addresses",
}, {
	Types:   []string{"google_cloudbuild_worker_pool"},
	Judge:   setting.MustBeTrue(parser.A("worker_config.no_external_ip", ""), false),
	Problem: "the pool's build workers have public IP addresses",
}}

// cov5ProjectOSLogin extends GCP-109: project metadata that does not turn
// OS Login on leaves every VM of the project to metadata SSH keys, unless
// an organization policy requires OS Login. enabled says OS Login is set
// (either way) or enabled by a metadata item of the root.
func cov5ProjectOSLogin(p *engine.Pass, res *parser.Resource, enabled bool) {
	if res.Type != "google_compute_project_metadata" || enabled || packOrgPolicyEnforced(p, res, "compute.requireOsLogin") {
		return
	}
	p.Report(res, nil, "%s: OS Login is not enabled for the project (no enable-oslogin = TRUE in project metadata)", res.Address)
}
