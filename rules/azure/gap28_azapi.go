package azure

// gap28ArmHostEncryption is AZURE-106's ARM settings (the azapi provider):
// encryption at host is off unless the property says true, as azurerm's
// encryption_at_host_enabled (ARM reference: Microsoft.Compute
// virtualMachines and virtualMachineScaleSets securityProfile,
// Microsoft.ContainerService managedClusters/agentPools,
// Microsoft.Kusto clusters). An AKS cluster's inline agentPoolProfiles
// list is not judged here.
var gap28ArmHostEncryption = armChecks(armSetting{
	Type:    "Microsoft.Compute/virtualMachines",
	Judge:   armTrue("properties.securityProfile.encryptionAtHost", false),
	Problem: "temporary disks and disk caches are not encrypted on the host",
}, armSetting{
	Type:    "Microsoft.Compute/virtualMachineScaleSets",
	Judge:   armTrue("properties.virtualMachineProfile.securityProfile.encryptionAtHost", false),
	Problem: "temporary disks and disk caches are not encrypted on the host",
}, armSetting{
	Type:    "Microsoft.ContainerService/managedClusters/agentPools",
	Judge:   armTrue("properties.enableEncryptionAtHost", false),
	Problem: "temporary disks and disk caches are not encrypted on the host",
}, armSetting{
	Type:    "Microsoft.Kusto/clusters",
	Judge:   armTrue("properties.enableDiskEncryption", false),
	Problem: "the cluster's disks and caches are not encrypted",
})

// gap28ArmPostgresEntra is AZURE-137's ARM setting for a PostgreSQL
// flexible server (azapi): properties.authConfig.activeDirectoryAuth left
// out means Disabled, as azurerm's
// authentication.active_directory_auth_enabled (ARM reference:
// Microsoft.DBforPostgreSQL flexibleServers AuthConfig).
var gap28ArmPostgresEntra = armSetting{
	Type:    "Microsoft.DBforPostgreSQL/flexibleServers",
	Judge:   armOneOf("properties.authConfig.activeDirectoryAuth", "Disabled", "Enabled"),
	Problem: "Microsoft Entra authentication is off: only PostgreSQL passwords can sign in",
}.Check()

// gap28ArmNodePublicIP is AZURE-107's ARM setting for an AKS agent pool
// (azapi): properties.enableNodePublicIP, false when left out, as
// azurerm's node_public_ip_enabled (ARM reference:
// Microsoft.ContainerService managedClusters/agentPools).
var gap28ArmNodePublicIP = armSetting{
	Type:    "Microsoft.ContainerService/managedClusters/agentPools",
	Judge:   armFalse("properties.enableNodePublicIP", false),
	Problem: "each node of the pool gets a public IP address",
}.Check()
