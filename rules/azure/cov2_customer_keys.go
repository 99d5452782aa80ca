package azure

import (
	"fmt"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Azure encrypts disks, databases and storage at rest with platform
// (Microsoft-managed) keys, and no setting turns that off. Customer-managed
// keys in Key Vault are a policy choice: the rules below report a resource
// that names none only when the configuration requires them, with the
// option require-customer-key (rules.options.<ID> in .soc2lint.yaml,
// setting.WithCustomerKeyOption).

// keyOptionNote closes the descriptions of the rules of this file.
func keyOptionNote(id string) string {
	return fmt.Sprintf(" Azure encrypts all of these at rest with platform-managed keys and no setting turns that "+
		"off, so the rule reports nothing unless the configuration requires customer-managed keys: set "+
		"require-customer-key: true under rules.options.%s in .soc2lint.yaml. A key named through a value not "+
		"known statically counts as a key.", id)
}

// keyAttached judges resources of types whose inline settings name no key
// (judge) and to which no resource of kind attaches one: kind's attr names
// the resource (by reference or by an id ending in /segment/<name>), and
// kindKey judges the attaching resource's own key.
func keyAttached(p *engine.Pass, types []string, judge setting.Judge, attr, kind, segment string, kindKey setting.Judge, problem string) {
	for _, res := range p.ResourcesOfType(types...) {
		if res.Data || !p.BodyKnown(res) {
			continue
		}
		v := judge(res)
		if v.Answer == parser.Yes {
			found, unresolved := covAttached(p, res, covAttachment{attr: attr, kind: kind, segment: segment})
			if unresolved {
				p.CannotTell(res, nil, fmt.Sprintf("a %s in this module names a resource not known statically", kind))
				continue
			}
			keyed := false
			for _, f := range found {
				if !f.Data && kindKey(f).Answer != parser.Yes {
					keyed = true
				}
			}
			if keyed {
				continue
			}
		}
		p.Judge(res, v, problem)
	}
}

func cov2DiskCustomerKey() *engine.Rule {
	checks := []setting.Check{{
		Types:   []string{"azurerm_managed_disk"},
		Judge:   setting.KeyNamed("disk_encryption_set_id", "secure_vm_disk_encryption_set_id"),
		Problem: "the disk is encrypted with a platform-managed key, not a customer-managed one",
	}, {
		Types: []string{"azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine",
			"azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"},
		Judge:   setting.KeyNamed("os_disk.disk_encryption_set_id", "os_disk.secure_vm_disk_encryption_set_id"),
		Problem: "the OS disk is encrypted with a platform-managed key, not a customer-managed one",
	}, {
		Types:   []string{"azurerm_kubernetes_cluster"},
		Judge:   setting.KeyNamed("disk_encryption_set_id"),
		Problem: "the nodes' OS disks are encrypted with a platform-managed key, not a customer-managed one",
	}}
	return setting.WithCustomerKeyOption(&engine.Rule{
		ID:       "AZURE-122",
		Name:     "managed-disk-without-customer-managed-key",
		Title:    "Managed disk, VM OS disk or AKS node disk is not encrypted with a customer-managed key (when required)",
		Severity: engine.Low,
		Description: "A managed disk, the OS disk of a virtual machine or scale set, or the node OS disks of an AKS " +
			"cluster name no disk encryption set (disk_encryption_set_id, secure_vm_disk_encryption_set_id), so " +
			"they are encrypted with a platform-managed key that the organisation cannot disable, rotate or " +
			"audit on its own. Azure Disk Encryption turned off is AZURE-105, encryption at host AZURE-106." +
			keyOptionNote("AZURE-122"),
		Remediation: engine.Remediation{Summary: "Create a disk encryption set over a Key Vault key and name it in disk_encryption_set_id (os_disk.disk_encryption_set_id for VMs)."},
		Checklist:   []string{"DATA-2"},
		Links: []string{
			"https://learn.microsoft.com/azure/virtual-machines/disk-encryption",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/managed_disk#disk_encryption_set_id",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/disk_encryption_set",
		},
		Precision: "high",
	}, func(p *engine.Pass) {
		for _, c := range checks {
			c.Run(p)
		}
	})
}

func cov2DatabaseCustomerKey() *engine.Rule {
	checks := []setting.Check{{
		Types:   []string{"azurerm_cosmosdb_account"},
		Judge:   setting.KeyNamed("key_vault_key_id", "managed_hsm_key_id"),
		Problem: "the account is encrypted with a service-managed key, not a customer-managed one",
	}, {
		Types:   []string{"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"},
		Judge:   setting.KeyNamed("customer_managed_key.key_vault_key_id"),
		Problem: "the server is encrypted with a service-managed key, not a customer-managed one",
	}}
	return setting.WithCustomerKeyOption(&engine.Rule{
		ID:       "AZURE-123",
		Name:     "azure-database-without-customer-managed-key",
		Title:    "Azure SQL server, Cosmos DB account or PostgreSQL/MySQL flexible server is not encrypted with a customer-managed key (when required)",
		Severity: engine.Low,
		Description: "A Cosmos DB account (key_vault_key_id, managed_hsm_key_id), a PostgreSQL or MySQL flexible " +
			"server (customer_managed_key) or an Azure SQL server (transparent_data_encryption_key_vault_key_id, " +
			"or an azurerm_mssql_server_transparent_data_encryption naming a key) names no customer-managed key, " +
			"so its data is encrypted with a service-managed key. Transparent data encryption turned off is " +
			"AZURE-104." + keyOptionNote("AZURE-123"),
		Remediation: engine.Remediation{Summary: "Name a Key Vault key: key_vault_key_id (Cosmos DB), customer_managed_key (flexible servers), transparent_data_encryption_key_vault_key_id (SQL)."},
		Checklist:   []string{"DATA-3"},
		Links: []string{
			"https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-byok-overview",
			"https://learn.microsoft.com/azure/cosmos-db/how-to-setup-customer-managed-keys",
			"https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-data-encryption",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_transparent_data_encryption",
		},
		Precision: "high",
	}, func(p *engine.Pass) {
		for _, c := range checks {
			c.Run(p)
		}
		keyAttached(p, []string{"azurerm_mssql_server"}, setting.KeyNamed("transparent_data_encryption_key_vault_key_id"),
			"server_id", "azurerm_mssql_server_transparent_data_encryption", "servers",
			setting.KeyNamed("key_vault_key_id", "managed_hsm_key_id"),
			"databases are encrypted with a service-managed key, not a customer-managed one")
	})
}

func cov2StoreCustomerKey() *engine.Rule {
	checks := []setting.Check{{
		Types:   []string{"azurerm_container_registry"},
		Judge:   setting.KeyNamed("encryption.key_vault_key_id"),
		Problem: "images are encrypted with a service-managed key, not a customer-managed one",
	}, {
		Types:   []string{"azurerm_servicebus_namespace"},
		Judge:   setting.KeyNamed("customer_managed_key.key_vault_key_id"),
		Problem: "messages are encrypted with a service-managed key, not a customer-managed one",
	}}
	return setting.WithCustomerKeyOption(&engine.Rule{
		ID:       "AZURE-124",
		Name:     "azure-storage-without-customer-managed-key",
		Title:    "Storage account, container registry, Service Bus namespace, backup vault or AI services account is not encrypted with a customer-managed key (when required)",
		Severity: engine.Low,
		Description: "A storage account (customer_managed_key, or an azurerm_storage_account_customer_managed_key " +
			"attached to it), a container registry (encryption.key_vault_key_id) or a Service Bus namespace " +
			"(customer_managed_key), a Recovery Services vault (encryption key_id) or an Azure AI services account " +
			"(customer_managed_key, or an azurerm_cognitive_account_customer_managed_key attached to it) " +
			"names no customer-managed key, so its data is encrypted with a " +
			"Microsoft-managed key." + keyOptionNote("AZURE-124"),
		Remediation: engine.Remediation{Summary: "Name a Key Vault key in customer_managed_key (or attach one with azurerm_storage_account_customer_managed_key)."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#customer_managed_key",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account_customer_managed_key",
			"https://learn.microsoft.com/azure/backup/encryption-at-rest-with-cmk",
			"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/recovery_services_vault#encryption",
		},
		Precision: "high",
	}, func(p *engine.Pass) {
		keyAttached(p, []string{"azurerm_storage_account"},
			setting.KeyNamed("customer_managed_key.key_vault_key_id", "customer_managed_key.managed_hsm_key_id"),
			"storage_account_id", "azurerm_storage_account_customer_managed_key", "storageaccounts",
			setting.KeyNamed("key_name", "key_vault_key_id", "managed_hsm_key_id"),
			"blobs and files are encrypted with a Microsoft-managed key, not a customer-managed one")
		for _, c := range checks {
			c.Run(p)
		}
		cov3StoreKeys(p) // cov3_keys.go
	})
}
