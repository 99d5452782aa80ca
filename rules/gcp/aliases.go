package gcp

// aliases are other scanners' public ids for the checks each rule covers
// (Trivy and tfsec AVD ids and long ids, Checkov CKV ids): their ignore
// comments silence the rule, and the reports and docs list them. Each id
// was checked against the scanners' published check indexes (see
// docs/migration.md).
var aliases = map[string][]string{
	"GCP-001": {"AVD-GCP-0027", "google-compute-no-public-ingress", "CKV_GCP_2", "CKV_GCP_3"},
	"GCP-002": {"AVD-GCP-0029", "google-compute-enable-vpc-flow-logs", "CKV_GCP_26"},
	"GCP-003": {"AVD-GCP-0031", "google-compute-no-public-ip", "CKV_GCP_40"},
	"GCP-020": {"AVD-GCP-0017", "google-sql-no-public-access", "CKV_GCP_11"},
	"GCP-025": {"AVD-GCP-0039", "google-compute-use-secure-tls-policy"},
	"GCP-026": {"AVD-GCP-0015", "google-sql-encrypt-in-transit-data", "CKV_GCP_6"},
	"GCP-031": {"CKV_GCP_31"},
	"GCP-033": {"AVD-GCP-0001", "google-storage-no-public-access", "CKV_GCP_28"},
	"GCP-035": {"AVD-GCP-0035", "google-compute-no-public-egress"},
	"GCP-036": {"AVD-GCP-0065", "google-kms-rotate-kms-keys", "CKV_GCP_43"},
	"GCP-037": {"AVD-GCP-0061", "google-gke-enable-master-networks", "CKV_GCP_20"},
	"GCP-038": {"AVD-GCP-0064", "google-gke-no-legacy-authentication", "CKV_GCP_7", "CKV_GCP_19", "CKV_GCP_13"},
	"GCP-100": {"AVD-GCP-0016", "google-sql-pg-log-connections", "CKV_GCP_52"},
	"GCP-102": {"AVD-GCP-0002"},
	"GCP-103": {"AVD-GCP-0077"},
	"GCP-107": {"AVD-GCP-0011", "AVD-GCP-0005", "google-iam-no-folder-level-service-account-impersonation", "AVD-GCP-0009"},
	"GCP-108": {"AVD-GCP-0032", "google-compute-no-serial-port"},
	"GCP-110": {"AVD-GCP-0059"},
	"GCP-111": {"AVD-GCP-0056"},
	"GCP-118": {"AVD-GCP-0006", "google-iam-no-project-level-default-service-account-assignment", "AVD-GCP-0004", "google-iam-no-folder-level-default-service-account-assignment", "AVD-GCP-0008"},
	"GCP-119": {"AVD-GCP-0037"},
	"GCP-120": {"AVD-GCP-0010", "google-iam-no-default-network"},
	"GCP-134": {"AVD-GCP-0018"},
	"GCP-136": {"AVD-GCP-0044", "AVD-GCP-0050"},
	"GCP-137": {"AVD-GCP-0026", "google-sql-mysql-no-local-infile"},
	"GCP-139": {"AVD-GCP-0068"},
	"GCP-142": {"AVD-GCP-0078"},
	"GCP-149": {"AVD-GCP-0022", "google-sql-pg-log-disconnections", "CKV_GCP_53"},
	"GCP-150": {"AVD-GCP-0020"},
	"GCP-151": {"AVD-GCP-0025", "google-sql-pg-log-checkpoints"},
	"GCP-152": {"AVD-GCP-0014"},
	"GCP-155": {"AVD-GCP-0019"},
	"GCP-156": {"AVD-GCP-0023"},
}
