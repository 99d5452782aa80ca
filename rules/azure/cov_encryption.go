package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covSQLTDEDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-104",
		Name:     "sql-database-tde-disabled",
		Title:    "Azure SQL database has transparent data encryption turned off",
		Severity: engine.High,
		Description: "An azurerm_mssql_database sets transparent_data_encryption_enabled = false: its data files, " +
			"logs and backups are stored unencrypted. TDE is on by default (with a service-managed key), so a " +
			"database that does not write the setting is not reported; neither is a value not known statically " +
			"(an undecided note). Azure refuses to turn TDE off for some SKUs (Hyperscale), but the configuration " +
			"still states the intent.",
		Remediation: engine.Remediation{Summary: "Remove transparent_data_encryption_enabled = false (or set it to true)."},
		Checklist:   []string{"DATA-3"},
		Links: []string{
			"https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_database#transparent_data_encryption_enabled",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"azurerm_mssql_database"},
		Judge:   setting.MustBeTrue(parser.A("transparent_data_encryption_enabled", ""), true),
		Problem: "the database is stored unencrypted",
	})
}

func covManagedDiskUnencrypted() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AZURE-105",
		Name:     "managed-disk-encryption-disabled",
		Title:    "Managed disk turns Azure Disk Encryption off",
		Severity: engine.Medium,
		Description: "An azurerm_managed_disk has an encryption_settings block with enabled = false (azurerm 2.x), " +
			"which turns Azure Disk Encryption off for the disk. Managed disks are always encrypted at rest by " +
			"the platform (server-side encryption), so a disk without encryption_settings is not reported; " +
			"this finds disks whose configuration explicitly opts out of the guest-level encryption that was " +
			"asked for. Values not known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Remove encryption_settings with enabled = false, or enable it with a Key Vault secret and key; for customer-managed keys use disk_encryption_set_id."},
		Checklist:   []string{"DATA-2"},
		Links: []string{
			"https://learn.microsoft.com/azure/virtual-machines/disk-encryption-overview",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk#encryption_settings",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"azurerm_managed_disk"},
		Judge:   setting.MustBeTrue(parser.A("encryption_settings.enabled", ""), true),
		Problem: "disk encryption is turned off",
	})
}

func covVMHostEncryption() *engine.Rule {
	const problem = "temporary disks and disk caches are not encrypted on the host"
	return setting.Rule(engine.Rule{
		ID:       "AZURE-106",
		Name:     "vm-encryption-at-host-disabled",
		Title:    "Virtual machine, scale set or AKS node pool does not encrypt at host",
		Severity: engine.Low,
		Description: "A Linux or Windows virtual machine, a virtual machine scale set or an AKS node pool does not " +
			"set encryption at host (encryption_at_host_enabled, or host_encryption_enabled / " +
			"enable_host_encryption for AKS node pools; the default is false). Managed disks are encrypted at " +
			"rest in storage, but the VM's temporary disk and the OS and data disk caches on the host are not, " +
			"so data written there is stored unencrypted. Values not known statically become undecided notes.",
		Remediation: engine.Remediation{Summary: "Set encryption_at_host_enabled = true (register the EncryptionAtHost feature on the subscription first)."},
		Checklist:   []string{"DATA-2"},
		Links: []string{
			"https://learn.microsoft.com/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_virtual_machine#encryption_at_host_enabled",
			"https://learn.microsoft.com/azure/aks/enable-host-encryption",
		},
		Precision: "medium",
	}, setting.Check{
		Types: []string{"azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine",
			"azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"},
		Judge:   setting.MustBeTrue(parser.A("encryption_at_host_enabled", ""), false),
		Problem: problem,
	}, setting.Check{
		Types: []string{"azurerm_kubernetes_cluster"},
		// azurerm 4.x names it host_encryption_enabled, 3.x enable_host_encryption.
		Judge: setting.Both(
			setting.MustBeTrue(parser.A("default_node_pool.host_encryption_enabled", ""), false),
			setting.MustBeTrue(parser.A("default_node_pool.enable_host_encryption", ""), false)),
		Problem: problem,
	}, setting.Check{
		Types: []string{"azurerm_kubernetes_cluster_node_pool"},
		Judge: setting.Both(
			setting.MustBeTrue(parser.A("host_encryption_enabled", ""), false),
			setting.MustBeTrue(parser.A("enable_host_encryption", ""), false)),
		Problem: problem,
	})
}
