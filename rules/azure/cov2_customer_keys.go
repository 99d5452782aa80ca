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

// keyAttached judges resources of types whose inline settings name no key
// (judge) and to which no resource of kind attaches one: kind's attr names
// the resource (by reference or by an id ending in /segment/<name>), and
// kindKey judges the attaching resource's own key.
func keyAttached(p *engine.Pass, types []string, judge setting.Judge, attr, kind, segment string, kindKey setting.Judge, problem string) {
	for _, res := range p.KnownManaged(types...) {
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

// withReads returns r declaring reads, and alone (engine.Rule's Reads and
// Alone): for a rule whose Check setting.WithCustomerKeyOption replaced,
// which undeclares it.
func withReads(r *engine.Rule, reads []string, alone bool) *engine.Rule {
	r.Reads, r.Alone = reads, alone
	return r
}

// cov2DiskCustomerKeyReads are the types cov2DiskCustomerKey reads (Rule.Reads).
var cov2DiskCustomerKeyReads = []string{"azurerm_kubernetes_cluster", "azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_managed_disk", "azurerm_windows_virtual_machine", "azurerm_windows_virtual_machine_scale_set"}

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
	return withReads(setting.WithCustomerKeyOption(&engine.Rule{ID: "AZURE-122"}, func(p *engine.Pass) {
		for _, c := range checks {
			c.Run(p)
		}
	}), cov2DiskCustomerKeyReads, true)
}

// cov2DatabaseCustomerKeyReads are the types cov2DatabaseCustomerKey reads (Rule.Reads).
var cov2DatabaseCustomerKeyReads = []string{"azapi_resource", "azurerm_cosmosdb_account", "azurerm_monitor_diagnostic_setting", "azurerm_mssql_server", "azurerm_mssql_server_transparent_data_encryption", "azurerm_mysql_flexible_server", "azurerm_postgresql_flexible_server", "azurerm_synapse_workspace"}

func cov2DatabaseCustomerKey() *engine.Rule {
	checks := []setting.Check{{
		Types:   []string{"azurerm_cosmosdb_account"},
		Judge:   setting.KeyNamed("key_vault_key_id", "managed_hsm_key_id"),
		Problem: "the account is encrypted with a service-managed key, not a customer-managed one",
	}, {
		Types:   []string{"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"},
		Judge:   setting.KeyNamed("customer_managed_key.key_vault_key_id"),
		Problem: "the server is encrypted with a service-managed key, not a customer-managed one",
	}, {
		Types:   []string{"azurerm_synapse_workspace"},
		Judge:   setting.KeyNamed("customer_managed_key.key_versionless_id"),
		Problem: "the workspace is encrypted with a service-managed key, not a customer-managed one",
	}}
	return withReads(setting.WithCustomerKeyOption(&engine.Rule{ID: "AZURE-123"}, func(p *engine.Pass) {
		for _, c := range checks {
			c.Run(p)
		}
		keyAttached(p, []string{"azurerm_mssql_server"}, setting.KeyNamed("transparent_data_encryption_key_vault_key_id"),
			"server_id", "azurerm_mssql_server_transparent_data_encryption", "servers",
			setting.KeyNamed("key_vault_key_id", "managed_hsm_key_id"),
			"databases are encrypted with a service-managed key, not a customer-managed one")
	}), cov2DatabaseCustomerKeyReads, false)
}

// cov2StoreCustomerKeyReads are the types cov2StoreCustomerKey reads (Rule.Reads).
var cov2StoreCustomerKeyReads = []string{"azapi_resource", "azurerm_batch_account", "azurerm_cognitive_account", "azurerm_cognitive_account_customer_managed_key", "azurerm_container_registry", "azurerm_kubernetes_cluster", "azurerm_monitor_diagnostic_setting", "azurerm_recovery_services_vault", "azurerm_servicebus_namespace", "azurerm_storage_account", "azurerm_storage_account_customer_managed_key"}

func cov2StoreCustomerKey() *engine.Rule {
	checks := []setting.Check{{
		Types:   []string{"azurerm_container_registry"},
		Judge:   setting.KeyNamed("encryption.key_vault_key_id"),
		Problem: "images are encrypted with a service-managed key, not a customer-managed one",
	}, {
		Types:   []string{"azurerm_servicebus_namespace"},
		Judge:   setting.KeyNamed("customer_managed_key.key_vault_key_id"),
		Problem: "messages are encrypted with a service-managed key, not a customer-managed one",
	}, {
		Types:   []string{"azurerm_kubernetes_cluster"},
		Judge:   setting.KeyNamed("key_management_service.key_vault_key_id"),
		Problem: "Kubernetes secrets in etcd are encrypted with a platform-managed key, not a customer-managed one",
	}}
	return withReads(setting.WithCustomerKeyOption(&engine.Rule{ID: "AZURE-124"}, func(p *engine.Pass) {
		keyAttached(p, []string{"azurerm_storage_account"},
			setting.KeyNamed("customer_managed_key.key_vault_key_id", "customer_managed_key.managed_hsm_key_id"),
			"storage_account_id", "azurerm_storage_account_customer_managed_key", "storageaccounts",
			setting.KeyNamed("key_name", "key_vault_key_id", "managed_hsm_key_id"),
			"blobs and files are encrypted with a Microsoft-managed key, not a customer-managed one")
		for _, c := range checks {
			c.Run(p)
		}
		cov3StoreKeys(p) // cov3_keys.go
	}), cov2StoreCustomerKeyReads, false)
}
