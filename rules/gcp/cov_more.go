package gcp

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// covDefaultSA matches the Compute Engine and App Engine default service
// accounts as IAM members.
var covDefaultSA = regexp.MustCompile(`^serviceAccount:([0-9]+-compute@developer\.gserviceaccount\.com|[a-z][a-z0-9-]*@appspot\.gserviceaccount\.com)$`)

func covDefaultSAGranted() *engine.Rule {
	return &engine.Rule{
		ID:       "GCP-118",
		Name:     "default-service-account-granted-role",
		Title:    "Default Compute Engine or App Engine service account is granted a role on a project, folder or organization",
		Severity: engine.Medium,
		Description: "A google_project_iam_member, _iam_binding or _iam_policy (or the folder or organization " +
			"equivalent) grants a role to the Compute Engine default service account " +
			"(NUMBER-compute@developer.gserviceaccount.com) or the App Engine default service account " +
			"(PROJECT@appspot.gserviceaccount.com). Every VM, GKE node, Cloud Function and App Engine app that " +
			"runs as the default account then holds the role: workloads should run as dedicated service accounts " +
			"with only the roles they need. Members not known statically are not reported.",
		Remediation: engine.Remediation{Summary: "Create a dedicated service account for the workload, grant it the role, and run the workload as it."},
		Checklist:   []string{"IAM-3"},
		Links: []string{
			"https://cloud.google.com/compute/docs/access/service-accounts#default_service_account",
			"https://cloud.google.com/iam/docs/best-practices-service-accounts#default-service-accounts",
		},
		Precision: "very-high",
		Check: func(p *engine.Pass) {
			packEachGrant(p, packScopeIAMTypes, func(res *parser.Resource, g packGrant) {
				for _, m := range g.members {
					if s, ok := m.AsString(); ok && covDefaultSA.MatchString(strings.TrimSpace(s)) {
						p.Report(res, m, "%s grants %s to the default service account %s%s", res.Address, g.roleName(),
							strings.TrimPrefix(s, "serviceAccount:"), g.in())
					}
				}
			})
		},
	}
}

func covRawDiskKey() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "GCP-119",
		Name:     "disk-encryption-key-in-code",
		Title:    "Customer-supplied disk encryption key is written in the configuration",
		Severity: engine.High,
		Description: "A google_compute_disk, google_compute_region_disk, image or snapshot sets " +
			"disk_encryption_key.raw_key or rsa_encrypted_key (image_encryption_key, snapshot_encryption_key), or " +
			"a google_compute_instance sets boot_disk or attached_disk disk_encryption_key_raw: the key that " +
			"protects the disk is a long-lived secret stored in the code, its history and the Terraform state, " +
			"readable by anyone who can read those. Use Cloud KMS keys (kms_key_self_link) instead.",
		Remediation: engine.Remediation{Summary: "Encrypt with a Cloud KMS key (kms_key_self_link / kms_key_name) instead of a customer-supplied raw key."},
		Checklist:   []string{"IAM-5"},
		Links: []string{
			"https://cloud.google.com/compute/docs/disks/customer-supplied-encryption",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#raw_key",
		},
		Precision: "very-high",
	}, covRawKeyChecks()...)
}

// covRawKeyChecks judge every place a raw or RSA-wrapped key can be written.
func covRawKeyChecks() []setting.Check {
	notSet := covWritten
	const problem = "a disk encryption key is written in the configuration"
	return []setting.Check{{
		Types: []string{"google_compute_disk", "google_compute_region_disk"},
		Judge: setting.Either(notSet("disk_encryption_key.raw_key"), notSet("disk_encryption_key.rsa_encrypted_key"),
			notSet("source_image_encryption_key.raw_key"), notSet("source_snapshot_encryption_key.raw_key")),
		Problem: problem,
	}, {
		Types:   []string{"google_compute_image"},
		Judge:   setting.Either(notSet("image_encryption_key.raw_key"), notSet("image_encryption_key.rsa_encrypted_key")),
		Problem: problem,
	}, {
		Types:   []string{"google_compute_snapshot"},
		Judge:   setting.Either(notSet("snapshot_encryption_key.raw_key"), notSet("snapshot_encryption_key.rsa_encrypted_key")),
		Problem: problem,
	}, {
		Types:   []string{"google_compute_instance"},
		Judge:   setting.Either(notSet("boot_disk.disk_encryption_key_raw"), notSet("attached_disk.disk_encryption_key_raw")),
		Problem: problem,
	}}
}

func covDefaultNetwork() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "GCP-120",
		Name:     "project-default-network",
		Title:    "Project is created with the default network and its open SSH and RDP firewall rules",
		Severity: engine.High,
		Description: "A google_project does not set auto_create_network = false (the default is true), so Google " +
			"creates the \"default\" VPC network with firewall rules that allow SSH (22) and RDP (3389) from " +
			"0.0.0.0/0, and ICMP from anywhere, to every VM placed in it. Values not known statically become " +
			"undecided notes.",
		Remediation: engine.Remediation{Summary: "Set auto_create_network = false and create a custom VPC with firewall rules you define (or enforce compute.skipDefaultNetworkCreation)."},
		Checklist:   []string{"NET-1"},
		Links: []string{
			"https://cloud.google.com/vpc/docs/vpc#default-network",
			"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project#auto_create_network",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"google_project"},
		Judge:   setting.MustBeFalse(parser.A("auto_create_network", ""), true),
		Problem: "the default network admits SSH and RDP from the internet",
	})
}

// covWritten judges a setting that must not be written: Yes when it holds
// a value (unknown counts: something is written there).
func covWritten(path string) setting.Judge {
	a := parser.A(path, "")
	return func(res *parser.Resource) parser.Verdict {
		v := a.Of(res)
		if parser.Set(v) == parser.No {
			return parser.Decided
		}
		return parser.Bad(v, path+" is set")
	}
}
