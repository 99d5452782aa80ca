package azure

// aliases are other scanners' public ids for the checks each rule covers
// (Trivy and tfsec AVD ids and long ids, Checkov CKV ids): their ignore
// comments silence the rule, and the reports and docs list them. Each id
// was checked against the scanners' published check indexes (see
// docs/migration.md). AVD-AZU-0047 (any port open to the internet) is left
// out: Trivy reports the administration ports it shares with AZURE-001 as
// AVD-AZU-0048 (RDP) and AVD-AZU-0050 (SSH), which are listed.
var aliases = map[string][]string{
	"AZURE-001": {"AVD-AZU-0048", "AVD-AZU-0050", "CKV_AZURE_9", "CKV_AZURE_10"},
	"AZURE-003": {"AVD-AZU-0073"},
	"AZURE-011": {"AVD-AZU-0045", "azure-security-center-enable-standard-subscription", "CKV_AZURE_19"},
	"AZURE-020": {"AVD-AZU-0022", "azure-database-no-public-access", "CKV_AZURE_113", "CKV_AZURE_68", "CKV_AZURE_53"},
	"AZURE-025": {"AVD-AZU-0011", "azure-storage-use-secure-tls-policy", "CKV_AZURE_44"},
	"AZURE-026": {"AVD-AZU-0008", "azure-storage-enforce-https", "CKV_AZURE_3"},
	"AZURE-031": {"AVD-AZU-0030", "azure-authorization-limit-role-actions", "CKV_AZURE_39"},
	"AZURE-032": {"CKV_AZURE_137"},
	"AZURE-033": {"AVD-AZU-0007", "azure-storage-no-public-access", "CKV_AZURE_34"},
	"AZURE-034": {"AVD-AZU-0013", "azure-keyvault-specify-network-acl", "CKV_AZURE_109", "AVD-AZU-0012", "CKV_AZURE_35"},
	"AZURE-035": {"AVD-AZU-0041", "azure-container-limit-authorized-ips", "CKV_AZURE_6"},
	"AZURE-038": {"AVD-AZU-0016", "azure-keyvault-no-purge", "CKV_AZURE_110"},
	"AZURE-101": {"AVD-AZU-0004", "AVD-AZU-0072"},
	"AZURE-105": {"AVD-AZU-0038", "azure-compute-enable-disk-encryption"},
	"AZURE-109": {"AVD-AZU-0042"},
	"AZURE-110": {"AVD-AZU-0043"},
	"AZURE-111": {"AVD-AZU-0027", "azure-database-enable-audit"},
	"AZURE-119": {"AVD-AZU-0014", "AVD-AZU-0017"},
	"AZURE-130": {"AVD-AZU-0009", "azure-storage-queue-services-logging-enabled"},
	"AZURE-132": {"AVD-AZU-0039", "azure-compute-disable-password-authentication"},
	"AZURE-134": {"AVD-AZU-0037"},
	"AZURE-136": {"AVD-AZU-0036", "CKV_AZURE_105", "CKV_AZURE_73"},
	"AZURE-146": {"AVD-AZU-0071"},
	"AZURE-148": {"AVD-AZU-0025", "azure-database-retention-period-set"},
	"AZURE-149": {"AVD-AZU-0049", "azure-network-retention-policy-set", "CKV_AZURE_12"},
	"AZURE-166": {"CKV2_AZURE_40"},
	"AZURE-168": {"CKV2_AZURE_41"},
}
