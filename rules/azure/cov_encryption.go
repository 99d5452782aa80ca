package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func covSQLTDEDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-104"}, setting.Check{
		Types:   []string{"azurerm_mssql_database"},
		Judge:   setting.MustBeTrue(parser.A("transparent_data_encryption_enabled", ""), true),
		Problem: "the database is stored unencrypted",
	}, setting.Check{
		// Synapse dedicated SQL pools leave TDE off unless data_encrypted is set.
		Types:   []string{"azurerm_synapse_sql_pool"},
		Judge:   setting.MustBeTrue(parser.A("data_encrypted", ""), false),
		Problem: "the database is stored unencrypted",
	}, armTDEOff.Check()) // azapi26_more.go
}

func covManagedDiskUnencrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AZURE-105"}, setting.Check{
		Types:   []string{"azurerm_managed_disk"},
		Judge:   setting.MustBeTrue(parser.A("encryption_settings.enabled", ""), true),
		Problem: "disk encryption is turned off",
	})
}

func covVMHostEncryption() *engine.Rule {
	const problem = "temporary disks and disk caches are not encrypted on the host"
	checks := []setting.Check{{
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
	}, setting.Check{
		// Data Explorer: azurerm 4.x disk_encryption_enabled, 3.x enable_disk_encryption.
		Types: []string{"azurerm_kusto_cluster"},
		Judge: setting.Both(
			setting.MustBeTrue(parser.A("disk_encryption_enabled", ""), false),
			setting.MustBeTrue(parser.A("enable_disk_encryption", ""), false)),
		Problem: "the cluster's disks and caches are not encrypted",
	}}
	// The same settings on azapi resources (gap28_azapi.go).
	return setting.Rule(engine.Rule{ID: "AZURE-106"}, append(checks, gap28ArmHostEncryption...)...)
}
