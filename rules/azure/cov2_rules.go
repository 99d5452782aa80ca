package azure

import "github.com/soc2lint/soc2lint/engine"

// coverage2Rules are the second batch of coverage rules (AZURE-121 and
// up): services and settings the first batch left empty in the coverage
// matrix.
func coverage2Rules() []*engine.Rule {
	return []*engine.Rule{
		cov2PaaSPublicNetwork(),
		cov2DiskCustomerKey(),
		cov2DatabaseCustomerKey(),
		cov2StoreCustomerKey(),
		// Only the provider configurations' bodies are read: the
		// resources only for their types and providers
		// (Pass.ProvidersUsed), which reads no resource type.
		{ID: "AZURE-125", Check: checkProviderClientSecret, Reads: []string{}},
	}
}
