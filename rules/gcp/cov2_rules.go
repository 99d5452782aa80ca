package gcp

import "github.com/soc2lint/soc2lint/engine"

// coverage2Rules are the second batch of coverage rules (GCP-122 and up):
// cells the first batch left empty in the coverage matrix.
func coverage2Rules() []*engine.Rule {
	return []*engine.Rule{
		cov2DiskCustomerKey(),
		cov2DatabaseCustomerKey(),
		cov2StoreCustomerKey(),
		// Only the google provider configurations' bodies are read: the
		// resources only for their types and providers
		// (Pass.ProvidersUsed), which reads no resource type.
		{ID: "GCP-125", Check: checkProviderCredentials, Reads: []string{}},
	}
}
